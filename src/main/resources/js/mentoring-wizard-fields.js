/*
 * Shared by the Mentoring space and Mentoring meeting wizards: reading fields, showing errors next to
 * them, and the checks that need no server.
 */
(function ($) {
    'use strict';

    var ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

    function value($form, name) {
        var $field = $form.find('[name="' + name + '"]');
        return $.trim($field.val() || '');
    }

    function showError($form, field, message) {
        $form.find('[data-mentoring-error="' + field + '"]').text(message || '');
    }

    function clearErrors($form) {
        $form.find('[data-mentoring-error]').text('');
        $form.find('.mentoring-wizard-status').text('');
    }

    /** A date field holds yyyy-MM-dd naming a real day (blank is allowed where the server has a default). */
    function isDate(text) {
        if (!ISO_DATE.test(text)) {
            return false;
        }
        var parts = text.split('-');
        var date = new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2]));
        return date.getUTCFullYear() === +parts[0] && date.getUTCMonth() === +parts[1] - 1 && date.getUTCDate() === +parts[2];
    }

    window.MentoringSpaces = window.MentoringSpaces || {};
    window.MentoringSpaces.WizardFields = {
        rest: function (path) {
            return AJS.contextPath() + '/rest/mentoring/1.0' + path;
        },
        value: value,
        showError: showError,
        clearErrors: clearErrors,
        isDate: isDate
    };
})(AJS.$);
