/*
 * The checklist macro: ticking and unticking items from view mode. When an item is no longer on
 * the checklist (the page changed meanwhile), the checklist is re-read before the error is shown.
 */
(function ($, macros) {
    'use strict';

    $(document).on('change', '.mentoring-checklist .mentoring-tick', function () {
        var $box = $(this);
        var $checklist = $box.closest('.mentoring-checklist');
        var path = $checklist.data('restPath');
        var done = $box.prop('checked');
        var $boxes = $checklist.find('.mentoring-tick');
        macros.busy($boxes, true);
        macros.clearError($checklist);
        macros.send('PUT', path + '/items/' + encodeURIComponent($box.val()), {done: done}).done(function (reply) {
            macros.replace($checklist, reply.html);
        }).fail(function (xhr) {
            if (xhr.status === 404) {
                macros.send('GET', path).done(function (reply) {
                    macros.showError(macros.replace($checklist, reply.html), xhr);
                }).fail(function () {
                    macros.showError($checklist, xhr);
                });
                return;
            }
            $box.prop('checked', !done);
            macros.busy($boxes, false);
            macros.showError($checklist, xhr);
        });
    });
}(AJS.$, window.MentoringMacros));
