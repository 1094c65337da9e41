/*
 * The action-items macro: ticking an open action item of an earlier meeting completes the Confluence
 * task in its page; the list is answered re-rendered, without the completed item.
 */
(function ($, macros) {
    'use strict';

    $(document).on('change', '.mentoring-action-items .mentoring-action-tick', function () {
        var $box = $(this);
        var $list = $box.closest('.mentoring-action-items');
        var $boxes = $list.find('.mentoring-action-tick');
        macros.busy($boxes, true);
        macros.clearError($list);
        macros.send('PUT', $list.data('restPath') + '/' + $box.val().split('/').map(encodeURIComponent).join('/'),
            {done: $box.prop('checked')}).done(function (reply) {
            macros.replace($list, reply.html);
        }).fail(function (xhr) {
            $box.prop('checked', false);
            macros.busy($boxes, false);
            macros.showError($list, xhr);
        });
    });
}(AJS.$, window.MentoringMacros));
