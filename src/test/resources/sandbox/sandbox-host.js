/*
 * What Confluence's own web resources put on every page before AUI, which AUI's prototyping bundle
 * takes from the page when it loads: AJS.contextPath(), the path the application runs under (the
 * sandbox runs at the root).
 */
window.AJS = window.AJS || {};
window.AJS.contextPath = function () {
    'use strict';
    return '';
};
