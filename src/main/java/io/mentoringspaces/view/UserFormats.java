package io.mentoringspaces.view;

import com.atlassian.sal.api.message.LocaleResolver;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and numbers as the current user reads them, in the locale Confluence gives the user (the
 * language of the user's profile, else the site's): a day in the locale's medium style ("12 Mar 2026",
 * "12.03.2026"), a whole number with the locale's grouping ("1,234", "1.234"). Only for what people
 * read: REST JSON, CSV, data attributes and page content keep ISO-8601 days and plain digits.
 */
public class UserFormats {

    private final LocaleResolver locales;
    private final Clock clock;

    public UserFormats(LocaleResolver locales, Clock clock) {
        this.locales = locales;
        this.clock = clock;
    }

    /** The current user's locale. */
    public Locale locale() {
        return locales.getLocale();
    }

    /** A day in the user's locale. */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    /** The day of an instant in the app's time zone, in the user's locale. */
    public String date(Instant instant) {
        return date(LocalDate.ofInstant(instant, clock.getZone()));
    }

    /** A whole number in the user's locale. */
    public String number(long number) {
        return NumberFormat.getIntegerInstance(locale()).format(number);
    }
}
