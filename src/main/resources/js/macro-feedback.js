/*
 * The feedback macro: the session's pulse given by the side's own person, and the mentee's marks on
 * the mentor's suggestions, from view mode. The server answers with the side's fragment re-rendered.
 */
(function ($, macros) {
    'use strict';

    function send($record, $controls, path, body) {
        macros.busy($controls, true);
        macros.clearError($record);
        macros.send('PUT', path, body).done(function (reply) {
            macros.replace($record, reply.html);
        }).fail(function (xhr) {
            macros.busy($controls, false);
            macros.showError($record, xhr);
        });
    }

    $(document).on('click', '.mentoring-feedback-record .mentoring-pulse-value, .mentoring-feedback-record .mentoring-pulse-clear',
        function () {
            var $button = $(this);
            var $record = $button.closest('.mentoring-feedback-record');
            var pulse = $button.hasClass('mentoring-pulse-clear') ? null : parseInt($button.val(), 10);
            send($record, $record.find('.mentoring-pulse button'),
                $record.data('restPath') + '/' + encodeURIComponent($record.data('side')) + '/pulse', {pulse: pulse});
        });

    $(document).on('change', '.mentoring-feedback-record .mentoring-mark', function () {
        var $select = $(this);
        var $record = $select.closest('.mentoring-feedback-record');
        send($record, $record.find('.mentoring-mark'),
            $record.data('restPath') + '/suggestions/' + encodeURIComponent($select.data('key')), {mark: $select.val()});
    });
}(AJS.$, window.MentoringMacros));
