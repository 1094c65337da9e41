/*
 * The meeting record macro: the plan's mentee or mentor says what became of the meeting from view
 * mode (held, cancelled, moved to a date, back to planned); the answer replaces the state bar.
 */
(function ($, macros) {
    'use strict';

    function submit($state, body) {
        var $controls = $state.find('button, input');
        macros.busy($controls, true);
        macros.clearError($state);
        macros.send('POST', $state.data('restPath'), body).done(function (reply) {
            macros.replace($state, reply.html).find('.mentoring-meeting-state-text').attr('tabindex', '-1').trigger('focus');
        }).fail(function (xhr) {
            macros.busy($controls, false);
            macros.showError($state, xhr);
        });
    }

    $(document).on('click', '.mentoring-meeting-state .mentoring-meeting-to', function () {
        submit($(this).closest('.mentoring-meeting-state'), {state: $(this).val()});
    });

    $(document).on('submit', '.mentoring-meeting-state .mentoring-meeting-move', function (event) {
        event.preventDefault();
        submit($(this).closest('.mentoring-meeting-state'), {
            state: 'moved',
            date: $.trim($(this).find('[name="date"]').val())
        });
    });
}(AJS.$, window.MentoringMacros));
