/*
 * Shared by the Mentoring space and Mentoring meeting wizards: reading fields, showing errors next to
 * them, the checks that need no server, and the check of the fields by the server before the wizard
 * lets Confluence create anything.
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

    function rest(path) {
        return AJS.contextPath() + '/rest/mentoring/1.0' + path;
    }

    /**
     * Checks a wizard's fields, values() of the form, with the server (path); localProblem(values)
     * answers what the browser can tell at once ({field, message}) or null. An error appears next to
     * its field (fallbackField when the server names none).
     */
    function Checker($form, path, values, localProblem, fallbackField) {
        this.$form = $form;
        this.path = path;
        this.values = values;
        this.localProblem = localProblem;
        this.fallbackField = fallbackField;
        this.accepted = null;
        this.pending = null;
    }

    /** Asks the server about the current fields; calls done(true) when it accepts them. */
    Checker.prototype.check = function (done) {
        var self = this;
        var values = self.values(self.$form);
        var problem = self.localProblem(values);
        clearErrors(self.$form);
        if (problem) {
            showError(self.$form, problem.field, problem.message);
            done(false);
            return;
        }
        var body = JSON.stringify(values);
        if (self.pending) {
            self.pending.abort();
        }
        self.pending = $.ajax({
            url: rest(self.path),
            type: 'POST',
            contentType: 'application/json',
            dataType: 'json',
            headers: {'X-Atlassian-Token': 'no-check'},
            data: body
        }).done(function () {
            self.accepted = body;
            done(true);
        }).fail(function (xhr, status) {
            if (status === 'abort') {
                return;
            }
            var error = xhr.responseJSON || {};
            showError(self.$form, error.field || self.fallbackField,
                error.message || AJS.I18n.getText('mentoring.blueprint.wizard.error.server'));
            done(false);
        }).always(function () {
            self.pending = null;
        });
    };

    /** Whether the server accepted the fields as they now are. */
    Checker.prototype.isAccepted = function () {
        return this.accepted === JSON.stringify(this.values(this.$form));
    };

    window.MentoringSpaces = window.MentoringSpaces || {};
    window.MentoringSpaces.WizardFields = {
        rest: rest,
        value: value,
        showError: showError,
        clearErrors: clearErrors,
        isDate: isDate,
        Checker: Checker
    };
})(AJS.$);
