package dev.jamfpro.sdk.classic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Classic API dates, which come in threes: {@code report_date} ({@code 2022-12-22 21:31:48}, no zone),
 * {@code report_date_epoch} (epoch milliseconds) and {@code report_date_utc}
 * ({@code 2022-12-22T21:31:48.190+0000}, an offset without a colon that
 * {@code ISO_OFFSET_DATE_TIME} cannot read). Unset dates are {@code 0} or empty. Models keep all three
 * as the strings Jamf sent (so they are written back unchanged) and offer {@code …Instant()} helpers.
 *
 * <p>The zone-less form is in the Jamf server's time zone for some fields (policy activation dates)
 * and in UTC for others (inventory report dates); prefer the epoch or {@code _utc} form, which
 * {@link #toInstant} does.
 */
public final class ClassicDates {
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern ANY_OFFSET = Pattern.compile("(Z|[+-]\\d{2}:\\d{2})$");
    private static final DateTimeFormatter LOCAL_FORM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ClassicDates() {
    }

    /**
     * One Classic date value as an {@link Instant}: epoch milliseconds ({@code 1671744708190}), the
     * {@code _utc} form ({@code 2022-12-22T21:31:48.190+0000}, also with {@code -0500}, {@code +00:00}
     * or {@code Z}), or the zone-less form ({@code 2022-12-22 21:31:48} or {@code 2022-12-22}, read as
     * UTC).
     *
     * @param value the text Jamf sent
     * @return null for null, empty or {@code 0} (Jamf's "unset")
     * @throws IllegalArgumentException naming the value when it is none of these forms
     */
    public static Instant parse(String value) {
        if (value == null) {
            return null;
        }
        String text = value.trim();
        if (text.isEmpty() || text.equals("0")) {
            return null;
        }
        try {
            if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Instant.ofEpochMilli(Long.parseLong(text));
            }
            if (text.indexOf('T') == 10) {
                String iso = OFFSET_WITHOUT_COLON.matcher(text).replaceFirst("$1:$2");
                return ANY_OFFSET.matcher(iso).find()
                        ? OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant()
                        : LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
            }
            return parseLocal(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not a Classic API date: '" + value + "'", e);
        }
    }

    /**
     * The zone-less form ({@code 2022-12-22 21:31:48}, or a bare date {@code 2019-08-21} as its start)
     * as a {@link LocalDateTime}; null for null or empty.
     *
     * @param value the text Jamf sent
     * @return the local date and time; null for null or empty
     * @throws IllegalArgumentException naming the value when it is not in that form
     */
    public static LocalDateTime parseLocal(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text, LOCAL_FORM);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a Classic API date: '" + value + "'", e);
        }
    }

    /**
     * The best of a date triple as an {@link Instant}: the epoch if set, else the {@code _utc} form,
     * else the zone-less form read as UTC. Any argument may be null. A value that is no date at all
     * (Jamf writes {@code Unlimited} or {@code Tuesday, April 16 2019 at 9:55 AM} in some fields)
     * counts as unset.
     *
     * @param epochMillis the {@code x_epoch} value
     * @param utc the {@code x_utc} value
     * @param local the {@code x} value
     * @return null when none of the three holds a date
     */
    public static Instant toInstant(String epochMillis, String utc, String local) {
        for (String value : new String[] {epochMillis, utc, local}) {
            try {
                Instant instant = parse(value);
                if (instant != null) {
                    return instant;
                }
            } catch (IllegalArgumentException e) {
                // not a date: try the next form
            }
        }
        return null;
    }
}
