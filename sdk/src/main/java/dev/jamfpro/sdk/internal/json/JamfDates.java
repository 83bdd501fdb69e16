package dev.jamfpro.sdk.internal.json;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Parsing of the date forms Jamf Pro sends: ISO-8601 with 0 to 9 fraction digits, {@code Z},
 * {@code +01:00}, {@code +0100} or no offset at all (read as UTC), a space instead of {@code T}, or
 * a bare date (start of that day, UTC).
 */
public final class JamfDates {
    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter();

    private JamfDates() {
    }

    /**
     * @throws IllegalArgumentException naming the text when it is no date Jamf sends
     */
    public static OffsetDateTime parseDateTime(String text) {
        String value = text.trim();
        OffsetDateTime fast = parseIso(value);
        if (fast != null) {
            return fast;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            var parsed = LENIENT.parse(value);
            LocalDateTime local = LocalDateTime.from(parsed);
            ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)) : ZoneOffset.UTC;
            return local.atOffset(offset);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date-time: '" + text + "'", e);
        }
    }

    /**
     * The common shape, read by hand because a formatter with optional sections dominates decoding
     * time: {@code yyyy-MM-ddTHH:mm:ss}, then 0 to 9 fraction digits, then {@code Z}, {@code ±HH:MM},
     * {@code ±HHMM} or nothing (UTC). Null for anything else, which the lenient formatter then reads.
     */
    static OffsetDateTime parseIso(String s) {
        int n = s.length();
        if (n < 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && Character.isDigit(s.charAt(i))) {
                nanos = nanos * 10 + (s.charAt(i) - '0');
                i++;
            }
            int count = i - start;
            if (count == 0 || (i < n && Character.isDigit(s.charAt(i)))) {
                return null;
            }
            for (int k = count; k < 9; k++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset;
        if (i == n) {
            offset = ZoneOffset.UTC;
        } else if (s.charAt(i) == 'Z' && i + 1 == n) {
            offset = ZoneOffset.UTC;
        } else if ((s.charAt(i) == '+' || s.charAt(i) == '-') && (n - i == 6 && s.charAt(i + 3) == ':' || n - i == 5)) {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, n - 2, 2);
            if ((oh | om) < 0) {
                return null;
            }
            int total = oh * 3600 + om * 60;
            try {
                offset = ZoneOffset.ofTotalSeconds(s.charAt(i) == '-' ? -total : total);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        } else {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
        } catch (java.time.DateTimeException e) {
            return null; // out-of-range fields: let the formatter report them
        }
    }

    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * @throws IllegalArgumentException naming the text when it is not a date
     */
    public static LocalDate parseDate(String text) {
        String value = text.trim();
        try {
            return value.length() == 10 ? LocalDate.parse(value) : parseDateTime(value).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: '" + text + "'", e);
        }
    }

    /** ISO-8601 with offset, as Jamf Pro accepts it. */
    public static String format(OffsetDateTime value) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    }
}
