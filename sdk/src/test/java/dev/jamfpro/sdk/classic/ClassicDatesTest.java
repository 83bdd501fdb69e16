package dev.jamfpro.sdk.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jamfpro.sdk.classic.model.ClassicPolicy;
import dev.jamfpro.sdk.classic.model.ClassicPurchasing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClassicDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1671744708190                | 2022-12-22T21:31:48.190Z",
            "2022-12-22T21:31:48.190+0000 | 2022-12-22T21:31:48.190Z",
            "2018-01-01T01:00:00.000-0600 | 2018-01-01T07:00:00Z",
            "2019-04-16T09:55:23.520-0500 | 2019-04-16T14:55:23.520Z",
            "2022-12-22T21:31:48+05:30    | 2022-12-22T16:01:48Z",
            "2022-12-22T21:31:48Z         | 2022-12-22T21:31:48Z",
            "2022-12-22T21:31:48          | 2022-12-22T21:31:48Z",
            "2022-12-22 21:31:48          | 2022-12-22T21:31:48Z",
            "2019-08-21                   | 2019-08-21T00:00:00Z",
            "' 2022-12-22 21:31:48 '      | 2022-12-22T21:31:48Z"})
    void parsesEveryForm(String value, String expected) {
        assertEquals(Instant.parse(expected), ClassicDates.parse(value));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "0"})
    void unsetIsNull(String value) {
        assertNull(ClassicDates.parse(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Unlimited", "Tuesday, April 16 2019 at 9:55 AM", "2022-13-40 00:00:00",
            "2022-12-22T25:00:00+0000", "12345678901234567890123"})
    void somethingElseIsRejectedNamingTheValue(String value) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ClassicDates.parse(value));
        assertTrue(error.getMessage().contains(value), error.getMessage());
    }

    @Test
    void zoneLessFormAsLocalDateTime() {
        assertEquals(LocalDateTime.of(2018, 1, 1, 1, 0), ClassicDates.parseLocal("2018-01-01 01:00:00"));
        assertEquals(LocalDateTime.of(2019, 8, 21, 0, 0), ClassicDates.parseLocal("2019-08-21"));
        assertNull(ClassicDates.parseLocal(""));
        assertThrows(IllegalArgumentException.class, () -> ClassicDates.parseLocal("2018-01-01T01:00:00"));
    }

    @Test
    void tripleUsesEpochThenUtcThenZoneLess() {
        // a policy activation date: the zone-less form is server time (-0600), the epoch is the truth
        assertEquals(Instant.parse("2018-01-01T07:00:00Z"),
                ClassicDates.toInstant("1514790000000", "2018-01-01T01:00:00.000-0600", "2018-01-01 01:00:00"));
        assertEquals(Instant.parse("2018-01-01T07:00:00Z"),
                ClassicDates.toInstant("0", "2018-01-01T01:00:00.000-0600", "2018-01-01 01:00:00"));
        assertEquals(Instant.parse("2018-01-01T01:00:00Z"), ClassicDates.toInstant("0", "", "2018-01-01 01:00:00"));
        assertEquals(Instant.parse("2019-08-21T13:58:41Z"),
                ClassicDates.toInstant("Unlimited", "2019-08-21T08:58:41.000-0500", null));
        assertNull(ClassicDates.toInstant("0", "", ""));
        assertNull(ClassicDates.toInstant(null, null, null));
        assertNull(ClassicDates.toInstant("Unlimited", "Unlimited", "Unlimited"));
    }

    @Test
    void modelHelpersReadTheTriples() {
        ClassicPolicy policy = ClassicApi.xml().read(("<policy><general><date_time_limitations>"
                + "<activation_date>2018-01-01 01:00:00</activation_date>"
                + "<activation_date_epoch>1514790000000</activation_date_epoch>"
                + "<activation_date_utc>2018-01-01T01:00:00.000-0600</activation_date_utc>"
                + "<expiration_date/><expiration_date_epoch>0</expiration_date_epoch><expiration_date_utc/>"
                + "</date_time_limitations></general></policy>").getBytes(StandardCharsets.UTF_8), ClassicPolicy.class);
        ClassicPolicy.DateTimeLimitations limits = policy.getGeneral().getDateTimeLimitations();
        assertEquals(Instant.parse("2018-01-01T07:00:00Z"), limits.activationDateInstant());
        assertNull(limits.expirationDateInstant());
        assertEquals("1514790000000", limits.getActivationDateEpoch(), "the string Jamf sent is kept");

        ClassicPurchasing purchasing = new ClassicPurchasing();
        purchasing.setWarrantyExpiresUtc("2025-06-30T00:00:00.000+0000");
        assertEquals(Instant.parse("2025-06-30T00:00:00Z"), purchasing.warrantyExpiresInstant());
    }
}
