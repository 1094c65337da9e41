/*
 * The activity macro: the plan's mentee or mentor changes an activity's status from view mode; the
 * activity is answered re-rendered.
 */
(function ($, macros) {
    'use strict';

    $(document).on('change', '.mentoring-activity .mentoring-activity-status', function () {
        var $select = $(this);
        var $activity = $select.closest('.mentoring-activity');
        var before = $select.find('option[selected]').val();
        macros.busy($select, true);
        macros.clearError($activity);
        macros.send('PUT', $activity.data('restPath'), {status: $select.val()}).done(function (reply) {
            macros.replace($activity, reply.html);
        }).fail(function (xhr) {
            $select.val(before);
            macros.busy($select, false);
            macros.showError($activity, xhr);
        });
    });
}(AJS.$, window.MentoringMacros));
