/*
 * The test Confluence's stand-in for the create-content plugin's scripts behind the Create-space
 * dialog: Confluence.Blueprint.setWizard, by which a blueprint's script registers its wizard under its
 * web-item's complete key; the wizard's hooks of each dialog page, fired as the create-content plugin
 * fires them (pre-render with the Soy render context, post-render once the page is in the dialog,
 * submit with the fields the page holds, which may return false to keep the dialog open);
 * Confluence.SpaceBlueprint.CommonWizardBindings for the space's name and key; and the dialog itself,
 * which renders each page's Soy template (on the test Confluence's server) and, after the last page,
 * creates the space with POST /rest/create-dialog/1.0/space-blueprint/create-space and opens its home.
 */
(function ($) {
    'use strict';

    var wizards = {};
    var KEY_LETTERS = /[^A-Za-z0-9]/g;

    function Wizard() {
        this.hooks = $({});
    }

    Wizard.prototype.on = function (event, handler) {
        this.hooks.on(event, handler);
        return this;
    };

    /** Fires a hook of one dialog page; answers what its handler returned. */
    Wizard.prototype.fire = function (hook, pageId, state) {
        return this.hooks.triggerHandler(hook + '.' + pageId, [state]);
    };

    window.Confluence = window.Confluence || {};
    window.Confluence.Blueprint = window.Confluence.Blueprint || {};
    window.Confluence.Blueprint.setWizard = function (webItemKey, register) {
        var wizard = new Wizard();
        register(wizard);
        wizards[webItemKey] = wizard;
    };

    function showFieldError($container, field, message) {
        var $error = $container.find('[data-create-space-error="' + field + '"]').text(message || '');
        $container.find('[name="' + field + '"]').attr('aria-invalid', message ? 'true' : null);
        return $error;
    }

    /** A key made of the name's letters and digits, in capitals, as Confluence suggests one. */
    function suggestedKey(name) {
        return name.replace(KEY_LETTERS, '').toUpperCase().substring(0, 10);
    }

    window.Confluence.SpaceBlueprint = {
        CommonWizardBindings: {
            preRender: function (e, state) {
                state.soyRenderContext.showSpacePermission = false;
            },
            /** The key follows the name until somebody types a key of their own. */
            postRender: function (e, state) {
                var $name = state.$container.find('[name="name"]');
                var $key = state.$container.find('[name="spaceKey"]');
                var typed = false;
                $key.on('input', function () {
                    typed = true;
                });
                $name.on('input', function () {
                    if (!typed) {
                        $key.val(suggestedKey($name.val()));
                    }
                });
            },
            /** The space needs a name and a key of letters and digits. */
            submit: function (e, state) {
                var $c = state.$container;
                var name = $.trim(state.pageData.name || '');
                var key = $.trim(state.pageData.spaceKey || '');
                showFieldError($c, 'name', name ? '' : 'Enter a name for the space.');
                showFieldError($c, 'spaceKey', /^[A-Za-z0-9]+$/.test(key) ? '' : 'A space key is made of letters and digits only.');
                state.pageData.name = name;
                state.pageData.spaceKey = key;
                return Boolean(name) && /^[A-Za-z0-9]+$/.test(key);
            }
        }
    };

    /** The fields of a dialog page: each named input's value (a ticked box's, for checkboxes). */
    function fieldsOf($container) {
        var data = {};
        $container.find('input[name], select[name], textarea[name]').each(function () {
            if ((this.type === 'checkbox' || this.type === 'radio') && !this.checked) {
                return;
            }
            data[this.name] = $(this).val();
        });
        return data;
    }

    $(function () {
        var $dialog = $('#create-space-dialog');
        var blueprints = JSON.parse($('#create-space-blueprints').text());
        var $choose = $('#create-space-choose');
        var $step = $('#create-space-wizard');
        var $page = $('#create-space-wizard-page');
        var $error = $('#create-space-error');
        var $submit = $('#create-space-submit');
        var current = null;

        function showError(message) {
            $error.empty().append($('<p/>').text(message)).removeClass('hidden');
        }

        function state() {
            return {$container: $page, pageData: current.pageData, wizardData: current.wizardData,
                soyRenderContext: current.soyRenderContext};
        }

        function renderPage(index) {
            var page = current.blueprint.pages[index];
            current.index = index;
            current.soyRenderContext = {};
            current.pageData = {};
            current.wizard.fire('pre-render', page.id, state());
            $error.addClass('hidden').empty();
            $.ajax({
                url: $dialog.data('wizardPageUrl'),
                type: 'POST',
                contentType: 'application/json',
                dataType: 'html',
                data: JSON.stringify({templateKey: page.templateKey, context: current.soyRenderContext})
            }).done(function (html) {
                $page.html(html);
                $('#create-space-wizard-title').text(page.title);
                $('#create-space-wizard-help-title').text(page.descriptionHeader);
                $('#create-space-wizard-help').text(page.description);
                $submit.text(page.last ? 'Create' : 'Next');
                $choose.addClass('hidden');
                $step.removeClass('hidden');
                current.wizard.fire('post-render', page.id, state());
                $('#create-space-wizard-title').trigger('focus');
            }).fail(function () {
                showError('The dialog page could not be shown. Reload and try again.');
            });
        }

        function create() {
            var data = current.wizardData;
            $submit.prop('disabled', true);
            $.ajax({
                url: $dialog.data('createUrl'),
                type: 'POST',
                contentType: 'application/json',
                dataType: 'json',
                data: JSON.stringify({spaceKey: data.spaceKey, name: data.name, description: data.description || '',
                    permissions: data.spacePermission || '', spaceBlueprintId: current.blueprint.blueprintId, context: data})
            }).done(function (space) {
                window.location.href = space.url;
            }).fail(function (xhr) {
                var refusal = xhr.responseJSON || {};
                var message = refusal.message || 'The space could not be created.';
                if (refusal.field && showFieldError($page, refusal.field, message).length) {
                    $page.find('[name="' + refusal.field + '"]').trigger('focus');
                } else {
                    showError(message);
                }
            }).always(function () {
                $submit.prop('disabled', false);
            });
        }

        $dialog.on('click', '.site-blueprint', function () {
            var itemKey = $(this).attr('data-item-key');
            var blueprint = blueprints.filter(function (b) {
                return b.itemKey === itemKey;
            })[0];
            current = {blueprint: blueprint, wizard: wizards[itemKey] || new Wizard(), wizardData: {}};
            renderPage(0);
        });

        $('#create-space-back').on('click', function () {
            $step.addClass('hidden');
            $page.empty();
            $choose.removeClass('hidden');
            current = null;
        });

        $submit.on('click', function () {
            var page = current.blueprint.pages[current.index];
            $error.addClass('hidden').empty();
            current.pageData = fieldsOf($page);
            if (current.wizard.fire('submit', page.id, state()) === false) {
                return;
            }
            $.extend(current.wizardData, current.pageData);
            if (page.last) {
                create();
            } else {
                renderPage(current.index + 1);
            }
        });
    });
})(AJS.$);
