package io.mentoringspaces.confluence;

import java.util.Locale;

/** Confluence's output device types (ConversionContextOutputDeviceType), as lower-case strings (HB-6). */
public enum DeviceType {
    DESKTOP, MOBILE;

    /** The string {@code ConversionContext.getOutputDeviceType()} returns. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
