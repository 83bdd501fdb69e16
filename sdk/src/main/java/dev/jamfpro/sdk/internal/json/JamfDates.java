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
