/*
 * The invitation banner of a mentoring space: the mentor accepts or declines (with an optional reason),
 * the mentee names another mentor after a decline (the user picker of the space wizard). Each answer is
 * sent as JSON to the REST API; the server's re-rendered banner replaces the old one (nothing once the
 * mentor accepted), without a reload.
 */
(function ($) {
    'use strict';

    var macros = window.MentoringMacros;

    function bannerOf(element) {
        return $(element).closest('.mentoring-invitation');
    }

    function bindPicker($banner) {
        if (AJS.Confluence && AJS.Confluence.Binder && AJS.Confluence.Binder.autocompleteUser) {
            AJS.Confluence.Binder.autocompleteUser($banner);
        }
    }

    function send($banner, $control, method, path, body) {
        macros.busy($control, true);
        macros.clearError($banner);
        $banner.find('.mentoring-field-error').text('');
        $banner.find('[aria-invalid]').removeAttr('aria-invalid');
        macros.send(method, $banner.data('restPath') + path, body).done(function (reply) {
            var $fresh = macros.replace($banner, reply.html || '');
            bindPicker($fresh);
            $fresh.find('.mentoring-invitation-message').trigger('focus');
        }).fail(function (xhr) {
            macros.busy($control, false);
            var reply = xhr && xhr.responseJSON;
            var $field = reply && reply.field ? $banner.find('[name="' + reply.field + '"]') : $();
            if ($field.length) {
                $field.attr('aria-invalid', 'true').trigger('focus');
                $banner.find('#' + $field.attr('id') + '-error').text(reply.message);
            } else {
                macros.showError($banner, xhr);
            }
        });
    }

    $(document).on('click', '.mentoring-invitation .mentoring-invitation-accept', function () {
        send(bannerOf(this), $(this), 'POST', '/accept', {});
    });

    $(document).on('click', '.mentoring-invitation .mentoring-invitation-decline', function () {
        var $banner = bannerOf(this);
        send($banner, $(this), 'POST', '/decline', {reason: $banner.find('textarea[name="reason"]').val()});
    });

    $(document).on('submit', '.mentoring-invitation-rename', function (event) {
        event.preventDefault();
        var $banner = bannerOf(this);
        send($banner, $(this).find('button[type="submit"]'), 'PUT', '/mentor',
            {mentor: $(this).find('input[name="mentor"]').val()});
    });

    $(function () {
        $('.mentoring-invitation').each(function () {
            bindPicker($(this));
        });
    });
}(AJS.$));
