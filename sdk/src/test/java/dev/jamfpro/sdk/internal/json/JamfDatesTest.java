package dev.jamfpro.sdk.internal.json;

import static org.junit.jupiter.api.Assertions.*;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written fast path agrees with java.time on every shape it accepts, and declines the rest. */
class JamfDatesTest {

    @ParameterizedTest
    @CsvSource({
            "2024-01-02T03:04:05Z,              2024-01-02T03:04:05Z",
            "2024-01-02T03:04:05.1Z,            2024-01-02T03:04:05.100Z",
            "2024-01-02T03:04:05.123456789Z,    2024-01-02T03:04:05.123456789Z",
            "2024-01-02T03:04:05.123+01:00,     2024-01-02T03:04:05.123+01:00",
            "2024-01-02T03:04:05.123-0530,      2024-01-02T03:04:05.123-05:30",
            "2024-01-02T03:04:05,               2024-01-02T03:04:05Z",
            "2024-02-29T23:59:59.000000001+14:00, 2024-02-29T23:59:59.000000001+14:00",
    })
    void fastPathMatchesJavaTime(String text, String expected) {
        OffsetDateTime fast = JamfDates.parseIso(text);
        assertNotNull(fast, text);
        assertEquals(OffsetDateTime.parse(expected), fast);
        assertEquals(fast, JamfDates.parseDateTime(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-02 03:04:05", "2024-01-02T03:04", "2024-01-02T03:04:05.Z",
            "2024-01-02T03:04:05.1234567891Z", "2024-13-02T03:04:05Z", "2024-01-02T03:04:05+1", "2024-01-02"})
    void otherShapesFallBackToTheLenientFormatterOrFailClearly(String text) {
        assertNull(JamfDates.parseIso(text), text);
        try {
            OffsetDateTime lenient = JamfDates.parseDateTime(text);
            assertNotNull(lenient);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains(text), e.getMessage());
        }
    }
}
