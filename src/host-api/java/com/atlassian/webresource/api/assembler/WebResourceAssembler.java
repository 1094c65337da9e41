package com.atlassian.webresource.api.assembler;

/** Host-API declaration (atlassian-plugins-webresource-api). */
public interface WebResourceAssembler {

    RequiredResources resources();
}
