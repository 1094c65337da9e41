/*
 * The reminder preferences page: each switch saves its kind through the REST API at once, without a
 * reload, and says so in the status line; a refused change puts the switch back and shows why. The
 * stop link's button stops its kind the same way and then says that it is stopped.
 */
(function ($) {
    'use strict';

    var PATH = '/rest/mentoring/1.0/notifications/preferences';

    function save($page, kind, enabled) {
        var macros = window.MentoringMacros;
        macros.clearError($page);
        return macros.send('PUT', PATH, {kinds: [{kind: kind, enabled: enabled}]}).fail(function (xhr) {
            macros.showError($page, xhr);
        });
    }

    function status($page, text) {
        $page.find('.mentoring-notifications-status').text(text);
    }

    $(function () {
        var $page = $('.mentoring-notifications');
        if (!$page.length) {
            return;
        }
        $page.on('change', 'input[data-kind]', function () {
            var $switch = $(this);
            var enabled = $switch.prop('checked');
            window.MentoringMacros.busy($switch, true);
            save($page, $switch.attr('data-kind'), enabled).done(function () {
                var label = $page.find('label[for="' + $switch.attr('id') + '"]').text();
                // Confluence's i18n transformer replaces only calls that name their key literally
                status($page, enabled ? AJS.I18n.getText('mentoring.notifications.js.on', label)
                    : AJS.I18n.getText('mentoring.notifications.js.off', label));
            }).fail(function () {
                $switch.prop('checked', !enabled);
            }).always(function () {
                window.MentoringMacros.busy($switch, false);
            });
        });
        $page.on('click', '.mentoring-stop-confirm', function () {
            var $button = $(this);
            var $stop = $button.closest('.mentoring-stop');
            var kind = $stop.attr('data-kind');
            window.MentoringMacros.busy($button, true);
            save($page, kind, false).done(function () {
                $page.find('input[data-kind="' + kind + '"]').prop('checked', false);
                $stop.removeClass('aui-message-warning').addClass('aui-message-confirmation');
                $stop.find('.mentoring-stop-question').text(AJS.I18n.getText('mentoring.notifications.js.stopped',
                    $page.find('label[for="mentoring-notice-' + kind + '"]').text()));
                $button.remove();
            }).fail(function () {
                window.MentoringMacros.busy($button, false);
            });
        });
    });
}(AJS.$));
