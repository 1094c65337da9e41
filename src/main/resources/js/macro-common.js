/*
 * Mentoring Spaces macros in view mode: sending changes to the app's REST API and showing the
 * answer in place. The server answers every change with the macro's fragment re-rendered (texts
 * HTML-escaped there), which replaces the old one: no page reload.
 */
(function ($) {
    'use strict';

    var macros = window.MentoringMacros = window.MentoringMacros || {};

    /** Sends a JSON request to the app's REST API; the path is relative to Confluence's context path. */
    macros.send = function (method, path, body) {
        return $.ajax({
            url: AJS.contextPath() + path,
            type: method,
            contentType: 'application/json',
            dataType: 'json',
            data: body === undefined ? undefined : JSON.stringify(body),
            headers: {'X-Atlassian-Token': 'no-check'}
        });
    };

    /** Replaces a macro's element by the fragment the server rendered; returns the new element. */
    macros.replace = function ($element, html) {
        var $fresh = $($.parseHTML($.trim(html))).filter(function () {
            return this.nodeType === 1;
        });
        $element.replaceWith($fresh);
        return $fresh;
    };

    /** Shows inside the macro why a request failed, as an AUI error message. */
    macros.showError = function ($element, xhr) {
        var reply = xhr && xhr.responseJSON;
        var $message = $('<div class="aui-message aui-message-error" role="alert"><p></p></div>');
        $message.find('p').text(reply && reply.message ? reply.message : AJS.I18n.getText('mentoring.macro.js.error'));
        $element.find('.mentoring-inline-error').first().empty().append($message);
    };

    macros.clearError = function ($element) {
        $element.find('.mentoring-inline-error').first().empty();
    };

    /** Disables a control while its request runs. */
    macros.busy = function ($control, busy) {
        $control.prop('disabled', busy);
        if (busy) {
            $control.attr({'aria-busy': 'true', title: AJS.I18n.getText('mentoring.macro.js.saving')});
        } else {
            $control.removeAttr('aria-busy title');
        }
    };
}(AJS.$));
