/*
 * The Mentoring meeting wizard on the create-content blueprint API: fills in the next due meeting date
 * of the space's plan and refuses a date that is not yyyy-MM-dd, next to the field.
 */
(function ($) {
    'use strict';

    var WEB_ITEM = 'io.mentoringspaces.mentoring-spaces:meeting-create-item';
    var PAGE_ID = 'mentoringMeetingPage';
    var F = window.MentoringSpaces.WizardFields;

    function spaceKey(state) {
        return (state.wizardData && state.wizardData.spaceKey) || AJS.Meta.get('space-key');
    }

    Confluence.Blueprint.setWizard(WEB_ITEM, function (wizard) {
        wizard.on('post-render.' + PAGE_ID, function (e, state) {
            var $form = state.$container.find('form.mentoring-wizard');
            var key = spaceKey(state);
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
            var date = F.value($form, 'meetingDate');
            F.clearErrors($form);
            if (!date) {
                F.showError($form, 'meetingDate', AJS.I18n.getText('mentoring.blueprint.wizard.error.meeting.date'));
                return false;
            }
            if (!F.isDate(date)) {
                F.showError($form, 'meetingDate', AJS.I18n.getText('mentoring.blueprint.wizard.error.date'));
                return false;
            }
            state.pageData.meetingDate = date;
            state.pageData.aims = F.value($form, 'aims');
            return true;
        });
    });
})(AJS.$);
