package com.atlassian.webresource.api.assembler;

/** Host-API declaration (atlassian-plugins-webresource-api): the resources of the page being built. */
public interface PageBuilderService {

    WebResourceAssembler assembler();
}
