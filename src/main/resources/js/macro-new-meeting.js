/*
 * The button for the next meeting page: Confluence's Create dialog on the meeting blueprint, with the
 * space's Meetings page as the new page's parent. The dialog opens on a blueprint by its id, which the
 * create-content plugin gives with the Create dialog's items of the space.
 */
(function ($) {
    'use strict';

    function fail($button) {
        $button.prop('disabled', false);
        $button.siblings('.mentoring-new-meeting-error').text(AJS.I18n.getText('mentoring.macro.new.meeting.error'));
    }

    $(document).on('click', '.mentoring-new-meeting', function () {
        var $button = $(this);
        var spaceKey = String($button.attr('data-space-key'));
        var blueprintKey = String($button.attr('data-blueprint-key'));
        $button.prop('disabled', true);
        $button.siblings('.mentoring-new-meeting-error').text('');
        $.ajax({
            url: AJS.contextPath() + '/rest/create-dialog/1.0/blueprints/web-items',
            data: {spaceKey: spaceKey},
            dataType: 'json'
        }).done(function (items) {
            var item = $.grep(items || [], function (candidate) {
                return candidate.blueprintModuleCompleteKey === blueprintKey;
            })[0];
            if (!item || !window.Confluence || !Confluence.Blueprint) {
                fail($button);
                return;
            }
            $button.prop('disabled', false);
            Confluence.Blueprint.loadDialogAndOpenTemplate({
                spaceKey: spaceKey,
                contentBlueprintId: item.contentBlueprintId,
                initContext: {parentPageId: String($button.attr('data-parent-page-id'))}
            });
        }).fail(function () {
            fail($button);
        });
    });
}(AJS.$));
