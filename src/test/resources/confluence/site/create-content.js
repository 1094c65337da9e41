/*
 * What the app calls of the create-content plugin's script on Confluence's pages:
 * Confluence.Blueprint.loadDialogAndOpenTemplate(options), which opens the Create dialog on a blueprint
 * of the space, found by its id among the Create dialog's items of options.spaceKey
 * (/rest/create-dialog/1.0/blueprints/web-items), and creates the page below
 * options.initContext.parentPageId (Confluence takes the parent from the dialog's initial context; the
 * Create-from-template button passes none, and the dialog then uses the page it was opened from). Here
 * the dialog is the test Confluence's Create dialog page, which takes the parent as parentId; without
 * one it uses the space's home page.
 */
window.Confluence = window.Confluence || {};
window.Confluence.Blueprint = window.Confluence.Blueprint || {};
window.Confluence.Blueprint.loadDialogAndOpenTemplate = function (options) {
    'use strict';
    var $ = window.AJS.$;
    var parentPageId = options.initContext && options.initContext.parentPageId || '';
    return $.ajax({
        url: window.AJS.contextPath() + '/rest/create-dialog/1.0/blueprints/web-items',
        data: {spaceKey: options.spaceKey},
        dataType: 'json'
    }).then(function (items) {
        var item = $.grep(items, function (candidate) {
            return candidate.contentBlueprintId === options.contentBlueprintId;
        })[0];
        if (!item) {
            return $.Deferred().reject('No Create dialog item for ' + options.contentBlueprintId).promise();
        }
        window.location.assign(window.AJS.contextPath() + '/create-dialog?blueprint='
            + encodeURIComponent(item.blueprintModuleCompleteKey) + '&spaceKey=' + encodeURIComponent(options.spaceKey)
            + (parentPageId ? '&parentId=' + encodeURIComponent(parentPageId) : ''));
        return item;
    });
};
