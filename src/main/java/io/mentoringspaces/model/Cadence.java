package io.mentoringspaces.model;

import java.time.LocalDate;

/** How often a pair agreed to meet. */
public enum Cadence {
    WEEKLY,
    FORTNIGHTLY,
    MONTHLY;

    /**
     * The date {@code periods} cadence periods after {@code from}. Months are added to the original
     * date each time, so a cadence started on 31 January falls on the last day of February and on
     * 31 March.
     */
    public LocalDate after(LocalDate from, long periods) {
        return switch (this) {
            case WEEKLY -> from.plusWeeks(periods);
            case FORTNIGHTLY -> from.plusWeeks(2 * periods);
            case MONTHLY -> from.plusMonths(periods);
        };
    }

    /** Parses a stored or submitted name, ignoring case; null when the text names no cadence. */
    public static Cadence parse(String text) {
        if (text != null) {
            for (Cadence cadence : values()) {
                if (cadence.name().equalsIgnoreCase(text.trim())) {
                    return cadence;
                }
            }
        }
        return null;
    }
}
