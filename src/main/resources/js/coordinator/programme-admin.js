/*
 * Programme administration: each form of the page is checked, then sent to the REST API as JSON (PUT
 * to change, POST to create); the archive buttons PUT {"archived": true|false}. On success the page
 * reloads. Every field the browser can check is checked before sending, with the server's messages;
 * every refusal (the browser's or the server's, which lists each refused field) appears next to its
 * field, which is marked aria-invalid; a refusal of the whole request appears above the form. The
 * coordinator group is picked from Confluence's groups (its group search) as its name is typed.
 */
(function () {
    'use strict';

    var LABELS = {
        key: AJS.I18n.getText('mentoring.field.key'),
        name: AJS.I18n.getText('mentoring.field.name'),
        description: AJS.I18n.getText('mentoring.field.description'),
        coordinatorGroup: AJS.I18n.getText('mentoring.field.coordinatorGroup')
    };
    var SUGGESTIONS = 10;

    function errorBox(form) {
        return form.querySelector('.mentoring-form-error');
    }

    function fieldError(field) {
        return field && field.id ? document.getElementById(field.id + '-error') : null;
    }

    function clearErrors(form) {
        var box = errorBox(form);
        box.textContent = '';
        box.hidden = true;
        Array.prototype.forEach.call(form.elements, function (element) {
            var error = fieldError(element);
            if (error) {
                error.textContent = '';
                element.removeAttribute('aria-invalid');
            }
        });
    }

    /** Shows each refusal ({field, message}) next to its field, or above the form; focuses the first field. */
    function showErrors(form, refusals) {
        var first = null;
        refusals.forEach(function (refusal) {
            var field = refusal.field ? form.elements[refusal.field] : null;
            var error = fieldError(field);
            if (error) {
                error.textContent = refusal.message;
                field.setAttribute('aria-invalid', 'true');
                first = first || field;
            } else {
                var box = errorBox(form);
                box.textContent = refusal.message;
                box.hidden = false;
            }
        });
        if (first) {
            first.focus();
        }
    }

    /** The refusals the browser can tell: required fields, lengths, the key's form; in the form's order. */
    function check(form) {
        var refusals = [];
        Array.prototype.forEach.call(form.elements, function (element) {
            var name = element.name;
            if (!LABELS[name]) {
                return;
            }
            var value = element.value.trim();
            var max = parseInt(element.getAttribute('maxlength'), 10);
            var pattern = element.getAttribute('data-pattern');
            if (element.hasAttribute('required') && !value) {
                refusals.push({field: name, message: AJS.I18n.getText('mentoring.error.required', LABELS[name])});
            } else if (max && value.length > max) {
                refusals.push({field: name, message: AJS.I18n.getText('mentoring.error.too.long', LABELS[name], max)});
            } else if (pattern && value && !new RegExp('^(?:' + pattern + ')$').test(value)) {
                refusals.push({field: name, message: AJS.I18n.getText('mentoring.error.programme.key')});
            }
        });
        return refusals;
    }

    function send(form, method, url, body) {
        var unexpected = [{message: AJS.I18n.getText('mentoring.admin.error.unexpected')}];
        return fetch(url, {
            method: method,
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'},
            body: JSON.stringify(body)
        }).then(function (response) {
            if (response.ok) {
                window.location.reload();
                return null;
            }
            return response.json().then(function (error) {
                if (error && error.errors && error.errors.length) {
                    showErrors(form, error.errors);
                } else {
                    showErrors(form, error && error.message ? [{field: error.field, message: error.message}] : unexpected);
                }
            }, function () {
                showErrors(form, unexpected);
            });
        }, function () {
            showErrors(form, unexpected);
        });
    }

    function fields(form) {
        var body = {};
        Array.prototype.forEach.call(form.elements, function (element) {
            if (element.name) {
                body[element.name] = element.value;
            }
        });
        return body;
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.classList || !form.classList.contains('mentoring-programme-form')) {
            return;
        }
        event.preventDefault();
        clearErrors(form);
        var refusals = check(form);
        if (refusals.length) {
            showErrors(form, refusals);
            return;
        }
        send(form, form.getAttribute('data-method'), form.getAttribute('data-url'), fields(form));
    });

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('.mentoring-archive') : null;
        if (!button) {
            return;
        }
        var form = button.closest('form');
        clearErrors(form);
        send(form, 'PUT', button.getAttribute('data-url'), {archived: button.getAttribute('data-archived') === 'true'});
    });

    /**
     * The group picker: a combobox whose list holds the groups whose name starts with what was typed
     * (ArrowDown and ArrowUp move through it, Enter or a click picks, Escape closes it).
     */
    function GroupPicker(input) {
        this.input = input;
        this.list = document.getElementById(input.getAttribute('aria-controls'));
        this.status = input.form.querySelector('.mentoring-form-status');
        this.url = input.getAttribute('data-search-url');
        this.asked = 0;
        this.active = -1;
        input.addEventListener('input', this.search.bind(this));
        input.addEventListener('keydown', this.key.bind(this));
        input.addEventListener('blur', this.close.bind(this));
        this.list.addEventListener('mousedown', this.choose.bind(this));
    }

    GroupPicker.prototype.options = function () {
        return Array.prototype.slice.call(this.list.querySelectorAll('[role="option"]:not([aria-disabled])'));
    };

    GroupPicker.prototype.search = function () {
        var self = this;
        var query = self.input.value.trim();
        var asked = ++self.asked;
        if (!query) {
            self.close();
            return;
        }
        fetch(self.url + '?query=' + encodeURIComponent(query) + '&max-results=' + SUGGESTIONS, {
            credentials: 'same-origin',
            headers: {Accept: 'application/json'}
        }).then(function (response) {
            return response.ok ? response.json() : {result: []};
        }).then(function (answer) {
            if (asked === self.asked) {
                self.show((answer.result || []).map(function (group) {
                    return group.name;
                }));
            }
        }, function () {
            if (asked === self.asked) {
                self.show([]);
            }
        });
    };

    GroupPicker.prototype.show = function (names) {
        var self = this;
        self.list.textContent = '';
        self.active = -1;
        self.input.removeAttribute('aria-activedescendant');
        names.forEach(function (name, index) {
            var option = document.createElement('li');
            option.id = self.list.id + '-' + index;
            option.setAttribute('role', 'option');
            option.setAttribute('aria-selected', 'false');
            option.setAttribute('data-group', name);
            option.textContent = name;
            self.list.appendChild(option);
        });
        if (!names.length) {
            var none = document.createElement('li');
            none.className = 'mentoring-group-none';
            none.setAttribute('role', 'option');
            none.setAttribute('aria-disabled', 'true');
            none.setAttribute('aria-selected', 'false');
            none.textContent = AJS.I18n.getText('mentoring.admin.group.none');
            self.list.appendChild(none);
        }
        self.list.hidden = false;
        self.input.setAttribute('aria-expanded', 'true');
        self.status.textContent = names.length ? AJS.I18n.getText('mentoring.admin.group.found', names.length)
            : AJS.I18n.getText('mentoring.admin.group.none');
    };

    GroupPicker.prototype.close = function () {
        this.asked++;
        this.list.hidden = true;
        this.list.textContent = '';
        this.active = -1;
        this.input.setAttribute('aria-expanded', 'false');
        this.input.removeAttribute('aria-activedescendant');
    };

    GroupPicker.prototype.highlight = function (index) {
        var options = this.options();
        if (!options.length) {
            return;
        }
        this.active = (index + options.length) % options.length;
        options.forEach(function (option, i) {
            option.setAttribute('aria-selected', String(i === this.active));
        }, this);
        this.input.setAttribute('aria-activedescendant', options[this.active].id);
        options[this.active].scrollIntoView({block: 'nearest'});
    };

    GroupPicker.prototype.pick = function (option) {
        this.input.value = option.getAttribute('data-group');
        this.close();
        this.input.focus();
    };

    GroupPicker.prototype.choose = function (event) {
        var option = event.target.closest('[role="option"]:not([aria-disabled])');
        event.preventDefault();
        if (option) {
            this.pick(option);
        }
    };

    GroupPicker.prototype.key = function (event) {
        var open = !this.list.hidden;
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            if (open) {
                event.preventDefault();
                this.highlight(this.active + (event.key === 'ArrowDown' ? 1 : -1));
            } else if (this.input.value.trim()) {
                event.preventDefault();
                this.search();
            }
        } else if (event.key === 'Enter' && open && this.active >= 0) {
            event.preventDefault();
            this.pick(this.options()[this.active]);
        } else if (event.key === 'Escape' && open) {
            event.preventDefault();
            this.close();
        }
    };

    function bindGroupPickers() {
        Array.prototype.forEach.call(document.querySelectorAll('.mentoring-programme-form input[data-search-url]'),
            function (input) {
                return new GroupPicker(input);
            });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', bindGroupPickers);
    } else {
        bindGroupPickers();
    }
}());
