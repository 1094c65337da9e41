/*
 * The Mentoring space wizard on the create-content space-blueprint API: fills in the programmes and
 * defaults, says when the chosen programme's coordinators will be able to read the space, checks the
 * fields on the server as they change (errors appear next to each field) and lets the space be created
 * only with fields the server accepted.
 */
(function ($) {
    'use strict';

    var WEB_ITEM = 'io.mentoringspaces.mentoring-spaces:mentoring-space-create-item';
    /** Sent with the fields: the space events recognise the Mentoring space blueprint by it. */
    var SPACE_BLUEPRINT = 'io.mentoringspaces.mentoring-spaces:mentoring-space-blueprint';
    var PAGE_ID = 'mentoringSpacePage';
    var FIELDS = ['programme', 'mentor', 'mentee', 'startDate', 'cadence', 'meetingTime', 'meetingDuration', 'meetingPlace',
        'objectives'];
    var F = window.MentoringSpaces.WizardFields;

    function fields($form) {
        var values = {};
        $.each(FIELDS, function (i, name) {
            values[name] = F.value($form, name);
        });
        return values;
    }

    /** The checks the browser can make; the server makes them all again. */
    function localProblem(values) {
        if (!values.programme) {
            return {field: 'programme', message: AJS.I18n.getText('mentoring.blueprint.wizard.error.programme')};
        }
        if (!values.mentor) {
            return {field: 'mentor', message: AJS.I18n.getText('mentoring.blueprint.wizard.error.mentor')};
        }
        if (values.mentee && values.mentee === values.mentor) {
            return {field: 'mentor', message: AJS.I18n.getText('mentoring.blueprint.wizard.error.same.person')};
        }
        if (values.startDate && !F.isDate(values.startDate)) {
            return {field: 'startDate', message: AJS.I18n.getText('mentoring.blueprint.wizard.error.date')};
        }
        return null;
    }

    /**
     * Says, before the space exists, who besides the pair will be able to read it: the chosen
     * programme's notice (from the server, in the user's language), or nothing.
     */
    function showCoordinatorNotice($form) {
        var notice = $form.find('[name="programme"] option:selected').data('coordinatorNotice');
        var $notice = $form.find('.mentoring-coordinator-notice').empty();
        if (notice) {
            $('<p/>').text(notice).appendTo($notice);
            $notice.removeClass('hidden');
        } else {
            $notice.addClass('hidden');
        }
    }

    function fillOptions($form, options) {
        var $programme = $form.find('[name="programme"]').empty();
        $.each(options.programmes, function (i, programme) {
            $('<option/>').val(programme.key).text(programme.name).attr('data-cadence', programme.defaultCadence)
                .data('coordinatorNotice', programme.coordinatorNotice || '')
                .appendTo($programme);
        });
        $form.find('[name="mentee"]').val(options.mentee);
        $form.find('[name="startDate"]').val(options.today);
        $form.find('[name="cadence"]').val($programme.find('option:selected').attr('data-cadence'));
        showCoordinatorNotice($form);
        $programme.on('change', function () {
            $form.find('[name="cadence"]').val($programme.find('option:selected').attr('data-cadence'));
            showCoordinatorNotice($form);
        });
    }

    function bindUserPickers($form) {
        if (AJS.Confluence && AJS.Confluence.Binder && AJS.Confluence.Binder.autocompleteUser) {
            AJS.Confluence.Binder.autocompleteUser($form);
        }
    }

    Confluence.Blueprint.setWizard(WEB_ITEM, function (wizard) {
        var checker = null;

        wizard.on('post-render.' + PAGE_ID, function (e, state) {
            Confluence.SpaceBlueprint.CommonWizardBindings.postRender(e, state);
            var $form = state.$container.find('form.mentoring-wizard');
            checker = new F.Checker($form, '/blueprints/mentoring-space/validation', fields, localProblem, 'programme');
            bindUserPickers($form);
            $.getJSON(F.rest('/blueprints/mentoring-space/options')).done(function (options) {
                fillOptions($form, options);
            }).fail(function () {
                F.showError($form, 'programme', AJS.I18n.getText('mentoring.blueprint.wizard.error.server'));
            });
            var timer = null;
            $form.on('change', 'input, select, textarea', function () {
                clearTimeout(timer);
                timer = setTimeout(function () {
                    checker.check(function () {});
                }, 300);
            });
        });

        wizard.on('submit.' + PAGE_ID, function (e, state) {
            if (!checker.isAccepted()) {
                var $status = state.$container.find('.mentoring-wizard-status');
                checker.check(function (accepted) {
                    if (accepted) {
                        $status.text(AJS.I18n.getText('mentoring.blueprint.wizard.checked'));
                    }
                });
                return false;
            }
            state.pageData.mentoringSpaceBlueprint = SPACE_BLUEPRINT;
            return Confluence.SpaceBlueprint.CommonWizardBindings.submit(e, state);
        });
    });
})(AJS.$);
