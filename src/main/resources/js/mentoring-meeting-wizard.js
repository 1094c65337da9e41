/*
 * The Mentoring meeting wizard on the create-content blueprint API: fills in the next due meeting date
 * of the space's plan, and lets the page be created only with fields the server accepted (a date
 * that is not a real day, or aims the app cannot store, are refused next to their field).
 */
(function ($) {
    'use strict';

    var WEB_ITEM = 'io.mentoringspaces.mentoring-spaces:meeting-create-item';
    var PAGE_ID = 'mentoringMeetingPage';
    var F = window.MentoringSpaces.WizardFields;

    function spaceKey(state) {
        return (state.wizardData && state.wizardData.spaceKey) || AJS.Meta.get('space-key');
    }

    /** The checks the browser can make; the server makes them all again. */
    function localProblem(values) {
        if (!values.meetingDate) {
            return {field: 'meetingDate', message: AJS.I18n.getText('mentoring.blueprint.wizard.error.meeting.date')};
        }
        if (!F.isDate(values.meetingDate)) {
            return {field: 'meetingDate', message: AJS.I18n.getText('mentoring.blueprint.wizard.error.date')};
        }
        return null;
    }

    Confluence.Blueprint.setWizard(WEB_ITEM, function (wizard) {
        var checker = null;

        wizard.on('post-render.' + PAGE_ID, function (e, state) {
            var $form = state.$container.find('form.mentoring-wizard');
            var key = spaceKey(state);
            checker = new F.Checker($form, '/blueprints/meeting/validation', function ($fields) {
                return {spaceKey: key, meetingDate: F.value($fields, 'meetingDate'), aims: F.value($fields, 'aims')};
            }, localProblem, 'meetingDate');
            if (!key) {
                return;
            }
            $.getJSON(F.rest('/blueprints/meeting/defaults'), {spaceKey: key}).done(function (defaults) {
                var $date = $form.find('[name="meetingDate"]');
                if (!$date.val()) {
                    $date.val(defaults.meetingDate);
                }
            });
        });

        wizard.on('submit.' + PAGE_ID, function (e, state) {
            var $form = state.$container.find('form.mentoring-wizard');
            if (!checker.isAccepted()) {
                var $status = state.$container.find('.mentoring-wizard-status');
                checker.check(function (accepted) {
                    if (accepted) {
                        $status.text(AJS.I18n.getText('mentoring.blueprint.wizard.meeting.checked'));
                    }
                });
                return false;
            }
            state.pageData.meetingDate = F.value($form, 'meetingDate');
            state.pageData.aims = F.value($form, 'aims');
            return true;
        });
    });
})(AJS.$);
