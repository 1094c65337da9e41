/* The meetings macro: showing every meeting of a long timeline, and fewer again. */
(function ($) {
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
}(AJS.$));
