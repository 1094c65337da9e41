/*
 * What Confluence's own web resources put on every page before AUI, which AUI's prototyping bundle
 * takes from the page when it loads: AJS.contextPath(), the path Confluence runs under, which the page
 * names in its ajs-context-path meta element as Confluence's pages do.
 */
window.AJS = window.AJS || {};
window.AJS.contextPath = function () {
    'use strict';
    var meta = document.querySelector('meta[name="ajs-context-path"]');
    return meta ? meta.getAttribute('content') : '';
};
