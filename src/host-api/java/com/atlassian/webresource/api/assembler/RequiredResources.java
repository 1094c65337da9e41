package com.atlassian.webresource.api.assembler;

/** Host-API declaration (atlassian-plugins-webresource-api): asks for a web resource on this page. */
public interface RequiredResources {

    RequiredResources requireWebResource(String moduleCompleteKey);
}
