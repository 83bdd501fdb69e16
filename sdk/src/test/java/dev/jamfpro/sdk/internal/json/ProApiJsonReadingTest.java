package dev.jamfpro.sdk.internal.json;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.CapturedStandardError;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.pro.model.AuthorizationV1;
import dev.jamfpro.sdk.pro.model.SessionHistoryItemWithDetails;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a newer or differently configured Jamf Pro may answer, read through real generated calls
 * over HTTP: fields and enum values the SDK does not know, and every date form Jamf sends.
 */
class ProApiJsonReadingTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private AsyncJamfProClient client;

    @BeforeEach
    void client() {
        wm.stubFor(post(urlPathEqualTo("/api/v1/oauth/token")).withHeader("Authorization", absent())
                .willReturn(okJson("{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":1200}")));
        client = AsyncJamfProClient.builder().server("localhost").port(wm.getPort())
                .credentials(new ApiClientCredentialsProvider("id", "secret"))
                .sessionConfig(SessionConfig.builder().scheme("http").build()).build();
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void unknownFieldsAndEnumValuesAreReadWithoutFailing() {
        answerSession("{\"sessionId\":\"s-1\",\"sessionType\":\"CO_PILOTED\",\"statusType\":\"FINISHED\","
                + "\"addedInJamfPro12\":{\"nested\":[1,2,{\"deeper\":true}]},\"alsoNew\":7,"
                + "\"details\":{\"unknownInside\":\"x\"},\"comment\":\"kept\"}");

        SessionHistoryItemWithDetails session = client.proApi().getJamfRemoteAssistSessionByIdV2("s-1").join();

        assertEquals("s-1", session.getSessionId());
        assertNull(session.getSessionType(), "an enum value this SDK does not know reads as null");
        assertEquals(SessionHistoryItemWithDetails.StatusTypeEnum.FINISHED, session.getStatusType());
        assertEquals("kept", session.getComment(), "fields after the unknown ones are read");
    }

    @Test
    void unknownEnumValueIsLoggedOncePerValue() {
        String first = "NEW_" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
        String second = "NEWER_" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
        wm.stubFor(get(urlPathEqualTo("/api/v1/auth")).willReturn(okJson("{\"authenticationType\":\"" + first + "\"}")));

        String log = CapturedStandardError.during(() -> {
            AuthorizationV1 auth = client.proApi().getAuthV1().join();
            assertNull(auth.getAuthenticationType(), "a top-level enum reads an unknown value as null too");
            client.proApi().getAuthV1().join();
            answerSession("{\"sessionType\":\"" + first + "\",\"statusType\":\"" + second + "\"}");
            client.proApi().getJamfRemoteAssistSessionByIdV2("s-1").join();
            client.proApi().getJamfRemoteAssistSessionByIdV2("s-1").join();
        });

        assertEquals(1, occurrences(log, first + "\" for AuthenticationType"), log);
        assertEquals(1, occurrences(log, first + "\" for SessionTypeEnum"), log);
        assertEquals(1, occurrences(log, second), log);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2024-01-02T03:04:05Z,            2024-01-02T03:04:05Z",
            "2024-01-02T03:04:05.1Z,          2024-01-02T03:04:05.100Z",
            "2024-01-02T03:04:05.12Z,         2024-01-02T03:04:05.120Z",
            "2024-01-02T03:04:05.123Z,        2024-01-02T03:04:05.123Z",
            "2024-01-02T03:04:05.1234Z,       2024-01-02T03:04:05.123400Z",
            "2024-01-02T03:04:05.12345Z,      2024-01-02T03:04:05.123450Z",
            "2024-01-02T03:04:05.123456Z,     2024-01-02T03:04:05.123456Z",
            "2024-01-02T03:04:05.1234567Z,    2024-01-02T03:04:05.123456700Z",
            "2024-01-02T03:04:05.12345678Z,   2024-01-02T03:04:05.123456780Z",
            "2024-01-02T03:04:05.123456789Z,  2024-01-02T03:04:05.123456789Z",
            "2024-01-02T03:04:05+01:00,       2024-01-02T03:04:05+01:00",
            "2024-01-02T03:04:05.5+01:00,     2024-01-02T03:04:05.500+01:00",
            "2024-01-02T03:04:05+0100,        2024-01-02T03:04:05+01:00",
            "2024-01-02T03:04:05.123-0530,    2024-01-02T03:04:05.123-05:30",
            "2024-01-02T03:04:05.123456+0000, 2024-01-02T03:04:05.123456Z",
    })
    void datesInEveryFormJamfSends(String sent, String expected) {
        answerSession("{\"sessionStartedTimestamp\":\"" + sent + "\",\"sessionEndedTimestamp\":null}");

        SessionHistoryItemWithDetails session = client.proApi().getJamfRemoteAssistSessionByIdV2("s-1").join();

        OffsetDateTime want = OffsetDateTime.parse(expected);
        assertEquals(want, session.getSessionStartedTimestamp(), "instant and offset of " + sent);
        assertEquals(want.getOffset(), session.getSessionStartedTimestamp().getOffset());
        assertNull(session.getSessionEndedTimestamp());
    }

    @Test
    void dateWithoutOffsetIsUtc() {
        answerSession("{\"sessionStartedTimestamp\":\"2024-01-02T03:04:05.123\"}");

        OffsetDateTime started = client.proApi().getJamfRemoteAssistSessionByIdV2("s-1").join().getSessionStartedTimestamp();

        assertEquals(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 123_000_000, ZoneOffset.UTC), started);
    }

    private void answerSession(String json) {
        wm.stubFor(get(urlPathEqualTo("/api/v2/jamf-remote-assist/session/s-1")).willReturn(okJson(json)));
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
