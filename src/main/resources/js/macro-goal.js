/*
 * The state of a goal (goal card and goal-progress macro): record progress and, for the mentor,
 * agree to the goal, from view mode. The answer updates every copy of the goal on the page.
 */
(function ($, macros) {
    'use strict';

    function stateOf(element) {
        return $(element).closest('.mentoring-goal-state');
    }

    function showForm($state, open) {
        $state.find('.mentoring-progress-form').toggleClass('hidden', !open);
        $state.find('.mentoring-record-toggle').attr('aria-expanded', String(open));
        if (open) {
            $state.find('.mentoring-progress-form [name="percent"]').trigger('focus');
        } else {
            macros.clearError($state);
        }
    }

    /** Every copy of the goal on the page: a page may show one goal in several macros. */
    function copiesOf(goalKey) {
        return $('.mentoring-goal-state').filter(function () {
            return $(this).attr('data-goal-key') === goalKey;
        });
    }

    function submit($state, $control, request) {
        macros.busy($control, true);
        macros.clearError($state);
        request.done(function (reply) {
            copiesOf($state.attr('data-goal-key')).each(function () {
                macros.replace($(this), reply.html);
            });
        }).fail(function (xhr) {
            macros.busy($control, false);
            macros.showError($state, xhr);
        });
    }

    $(document).on('click', '.mentoring-goal-state .mentoring-record-toggle', function () {
        var $state = stateOf(this);
        showForm($state, $state.find('.mentoring-progress-form').hasClass('hidden'));
    });

    $(document).on('click', '.mentoring-goal-state .mentoring-cancel', function () {
        showForm(stateOf(this), false);
    });

    $(document).on('submit', '.mentoring-goal-state .mentoring-progress-form', function (event) {
        event.preventDefault();
        var $form = $(this);
        var $state = stateOf(this);
        var percent = $.trim($form.find('[name="percent"]').val());
        submit($state, $form.find('[type="submit"]'), macros.send('POST', $state.data('restPath') + '/progress', {
            percent: percent === '' ? null : Number(percent),
            status: $form.find('[name="status"]').val(),
            note: $form.find('[name="note"]').val()
        }));
    });

    $(document).on('click', '.mentoring-goal-state .mentoring-agree', function () {
        var $state = stateOf(this);
        submit($state, $(this), macros.send('POST', $state.data('restPath') + '/agreement', {}));
    });
}(AJS.$, window.MentoringMacros));
