/*
 * Programme administration: each form of the page is sent to the REST API as JSON (PUT to change,
 * POST to create); the archive buttons PUT {"archived": true|false}. On success the page reloads;
 * a refusal's message (already in the user's language) is shown in the form.
 */
(function () {
    'use strict';

    function show(box, text) {
        if (box) {
            box.textContent = text;
            box.hidden = false;
        }
    }

    function send(method, url, body, errorBox) {
        var unexpected = AJS.I18n.getText('mentoring.admin.error.unexpected');
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
                show(errorBox, error && error.message ? error.message : unexpected);
            }, function () {
                show(errorBox, unexpected);
            });
        }, function () {
            show(errorBox, unexpected);
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
        send(form.getAttribute('data-method'), form.getAttribute('data-url'), fields(form),
            form.querySelector('.mentoring-form-error'));
    });

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('.mentoring-archive') : null;
        if (!button) {
            return;
        }
        var form = button.closest('form');
        send('PUT', button.getAttribute('data-url'), {archived: button.getAttribute('data-archived') === 'true'},
            form ? form.querySelector('.mentoring-form-error') : null);
    });
}());
