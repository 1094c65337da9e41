package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

/**
 * Host-API declaration (confluence): where a macro is being rendered. {@link #getOutputType()} is the
 * lower-case name of the output type: display, preview, word, pdf, html_export, feed, email, diff.
 */
public interface ConversionContext {

    /** A value kept for the rest of this conversion (the render of one page or export). */
    void setProperty(String name, Object value);

    Object getProperty(String name);

    String getOutputType();

    String getOutputDeviceType();

    ContentEntityObject getEntity();

    String getSpaceKey();
}
