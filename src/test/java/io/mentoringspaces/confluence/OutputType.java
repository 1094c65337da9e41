package io.mentoringspaces.confluence;

import java.util.Locale;

/**
 * Confluence's conversion output types (ConversionContextOutputType); a conversion context gives the
 * lower-case name of one (host-behaviour.md HB-6).
 */
public enum OutputType {
    DISPLAY, PREVIEW, WORD, PDF, HTML_EXPORT, FEED, EMAIL, DIFF;

    /** The string {@code ConversionContext.getOutputType()} returns. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
