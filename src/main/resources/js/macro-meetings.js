/*
 * The meetings macro: showing every meeting of a long timeline, and fewer again; and the pair's
 * agreed arrangement, which its mentee or mentor changes in a form sent as JSON (PUT) to the REST
 * API. Every field the server refuses gets its message next to it (all at once) and is marked
 * aria-invalid; on success the server's re-rendered arrangement replaces the old one, without a reload.
 */
(function ($, macros) {
    'use strict';

    $(document).on('click', '.mentoring-meetings .mentoring-show-all', function () {
        var $button = $(this);
        var expanded = $button.attr('aria-expanded') === 'true';
        if (!$button.data('showAllLabel')) {
            $button.data('showAllLabel', $button.text());
        }
        $button.closest('.mentoring-meetings').find('.mentoring-collapsible').toggleClass('hidden', expanded);
        $button.attr('aria-expanded', String(!expanded))
            .text(expanded ? $button.data('showAllLabel') : AJS.I18n.getText('mentoring.macro.js.show.fewer'));
    });

    function arrangementOf(element) {
        return $(element).closest('.mentoring-arrangement');
    }

    function clearFieldErrors($form) {
        $form.find('.mentoring-field-error').text('');
        $form.find('[aria-invalid]').removeAttr('aria-invalid');
    }

    /** Opens the form on the saved values, or closes it, putting back the saved values and the focus on the button. */
    function showForm($arrangement, open) {
        var $form = $arrangement.find('.mentoring-arrangement-form');
        var $toggle = $arrangement.find('.mentoring-arrangement-change');
        $form.find('input').each(function () {
            $(this).val($(this).attr('data-saved'));
        });
        clearFieldErrors($form);
        macros.clearError($arrangement);
        $form.toggleClass('hidden', !open);
        $toggle.attr('aria-expanded', String(open));
        if (open) {
            $form.find('input').first().trigger('focus');
        } else {
            $toggle.trigger('focus');
        }
    }

    /**
     * Shows each refusal ({field, message}) next to its field and focuses the first such field; answers
     * whether every refusal found its field.
     */
    function showFieldErrors($form, refusals) {
        var first = null;
        var placed = refusals.length > 0;
        refusals.forEach(function (refusal) {
            var field = refusal.field ? $form.find('[name="' + refusal.field + '"]')[0] : null;
            var error = field ? document.getElementById(field.id + '-error') : null;
            if (error) {
                error.textContent = refusal.message;
                field.setAttribute('aria-invalid', 'true');
                first = first || field;
            } else {
                placed = false;
            }
        });
        if (first) {
            first.focus();
        }
        return placed;
    }

    /**
     * The form's values as the REST API takes them: a blank length is left to the server's default; a
     * length the browser could not read as a number is sent as an empty text, which the server refuses
     * as not a whole number.
     */
    function values($form) {
        var duration = $form.find('[name="meetingDuration"]')[0];
        var minutes = $.trim(duration.value);
        return {
            meetingTime: $.trim($form.find('[name="meetingTime"]').val()),
            meetingDuration: duration.validity.badInput ? '' : minutes === '' ? null : Number(minutes),
            meetingPlace: $form.find('[name="meetingPlace"]').val()
        };
    }

    $(document).on('click', '.mentoring-arrangement .mentoring-arrangement-change', function () {
        var $arrangement = arrangementOf(this);
        showForm($arrangement, $arrangement.find('.mentoring-arrangement-form').hasClass('hidden'));
    });

    $(document).on('click', '.mentoring-arrangement .mentoring-cancel', function () {
        showForm(arrangementOf(this), false);
    });

    $(document).on('keydown', '.mentoring-arrangement-form', function (event) {
        if (event.key === 'Escape') {
            showForm(arrangementOf(this), false);
        }
    });

    $(document).on('submit', '.mentoring-arrangement-form', function (event) {
        event.preventDefault();
        var $form = $(this);
        var $arrangement = arrangementOf(this);
        var $buttons = $form.find('button');
        clearFieldErrors($form);
        macros.clearError($arrangement);
        macros.busy($buttons, true);
        macros.send('PUT', $arrangement.data('restPath'), values($form)).done(function (reply) {
            macros.replace($arrangement, reply.html).find('.mentoring-arrangement-text').trigger('focus');
        }).fail(function (xhr) {
            macros.busy($buttons, false);
            var reply = xhr && xhr.responseJSON;
            var refusals = reply && reply.errors && reply.errors.length ? reply.errors
                : reply && reply.field ? [{field: reply.field, message: reply.message}] : [];
            if (!showFieldErrors($form, refusals)) {
                macros.showError($arrangement, xhr);
            }
        });
    });
}(AJS.$, window.MentoringMacros));
