/*
 * The macro browser: every goal macro inserted gets a key of its own (a hidden parameter), so that
 * its progress history survives any edit of its title.
 */
(function () {
    'use strict';

    function newGoalKey() {
        return 'g-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 8);
    }

    AJS.toInit(function () {
        if (AJS.MacroBrowser && typeof AJS.MacroBrowser.setMacroJsOverride === 'function') {
            AJS.MacroBrowser.setMacroJsOverride('mentoring-goal', {
                beforeParamsSet: function (params) {
                    if (!params.goalKey) {
                        params.goalKey = newGoalKey();
                    }
                    return params;
                }
            });
        }
    });
}());
