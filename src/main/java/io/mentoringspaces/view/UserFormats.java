package io.mentoringspaces.view;

import com.atlassian.sal.api.message.LocaleResolver;
import java.math.BigDecimal;
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
 * "12.03.2026"), a whole number with the locale's grouping ("1,234", "1.234"), an average with the
 * locale's decimal mark ("4.5", "4,5"). Only for what people
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

    /** A number written with a dot ({@code 4.5}) in the user's locale, with one decimal ("4.5", "4,5"). */
    public String tenths(String plain) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(new BigDecimal(plain));
    }

    /** A whole number in the user's locale. */
    public String number(long number) {
        return NumberFormat.getIntegerInstance(locale()).format(number);
    }
}
