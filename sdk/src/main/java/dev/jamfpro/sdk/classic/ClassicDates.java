package dev.jamfpro.sdk.classic;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Classic API dates, which come in threes: {@code report_date} ({@code 2022-12-22 21:31:48}, no zone),
 * {@code report_date_epoch} (epoch milliseconds) and {@code report_date_utc}
 * ({@code 2022-12-22T21:31:48.190+0000}, an offset without a colon that
 * {@code ISO_OFFSET_DATE_TIME} cannot read). Unset dates are {@code 0} or empty.
 */
public final class ClassicDates {
    private static final DateTimeFormatter UTC_FORM = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2).appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .toFormatter();
    private static final DateTimeFormatter LOCAL_FORM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ClassicDates() {
    }

    /**
     * Any one Classic date value as an {@link Instant}: epoch milliseconds, the {@code _utc} form, or
     * the zone-less form (read as UTC). Null for null, empty, {@code 0}.
     *
     * @throws IllegalArgumentException naming the value when it is no Classic date form
     */
    public static Instant parse(String value) {
        if (value == null) {
            return null;
        }
        String text = value.trim();
        if (text.isEmpty() || text.equals("0")) {
            return null;
        }
        if (text.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochMilli(Long.parseLong(text));
        }
        try {
            if (text.indexOf('T') > 0) {
                var parsed = UTC_FORM.parse(text);
                LocalDateTime local = LocalDateTime.from(parsed);
                ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                        ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)) : ZoneOffset.UTC;
                return OffsetDateTime.of(local, offset).toInstant();
            }
            return LocalDateTime.parse(text, LOCAL_FORM).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a Classic API date: '" + value + "'", e);
        }
    }

    /** The best of a date triple: epoch if set, else the {@code _utc} form, else the zone-less form; null if unset. */
    public static Instant toInstant(Long epochMillis, String utc, String local) {
        if (epochMillis != null && epochMillis != 0) {
            return Instant.ofEpochMilli(epochMillis);
        }
        Instant fromUtc = parse(utc);
        return fromUtc != null ? fromUtc : parse(local);
    }
}
