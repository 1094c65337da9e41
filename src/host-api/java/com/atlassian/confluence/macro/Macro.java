package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

/** Host-API declaration (confluence): an {@code xhtml-macro}. */
public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    enum BodyType {
        PLAIN_TEXT,
        RICH_TEXT,
        NONE
    }

    enum OutputType {
        INLINE,
        BLOCK
    }
}
