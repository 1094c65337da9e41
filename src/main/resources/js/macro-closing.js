/*
 * The closing of a mentorship on its closing review page: the pair closes it, or reopens it. Each change
 * is sent as JSON to the REST API; the server's re-rendered fragment replaces the old one, without a reload.
 */
(function ($) {
    'use strict';

    var macros = window.MentoringMacros;

    function send($control, path, body) {
        var $closing = $control.closest('.mentoring-closing');
        macros.busy($control, true);
        macros.clearError($closing);
        macros.send('POST', $closing.data('restPath') + path, body).done(function (reply) {
            var $fresh = macros.replace($closing, reply.html || '');
            $fresh.find('.mentoring-closing-state, .mentoring-closing-summary').first().trigger('focus');
        }).fail(function (xhr) {
            macros.busy($control, false);
            macros.showError($closing, xhr);
        });
    }

    $(document).on('click', '.mentoring-closing .mentoring-closing-close', function () {
        send($(this), '/close', {});
    });

    $(document).on('click', '.mentoring-closing .mentoring-closing-reopen', function () {
        send($(this), '/reopen', {});
    });
}(AJS.$));
