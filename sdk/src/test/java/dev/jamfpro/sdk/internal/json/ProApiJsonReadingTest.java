package dev.jamfpro.sdk.internal.json;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.gson.JsonPrimitive;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.pro.model.AuthenticationType;
import dev.jamfpro.sdk.pro.model.AuthorizationV1;
import dev.jamfpro.sdk.pro.model.ModelTestServer;
import dev.jamfpro.sdk.pro.model.SessionHistoryItemWithDetails;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a newer or differently configured Jamf Pro may answer, read through real generated calls
 * over HTTP: fields and enum values the SDK does not know (kept: see also {@code pro.model.LosslessModelsTest}),
 * and every date form Jamf sends.
 */
class ProApiJsonReadingTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private AsyncJamfProClient client;

    @BeforeEach
    void client() {
        client = ModelTestServer.client(wm);
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
        assertEquals(SessionHistoryItemWithDetails.SessionTypeEnum.UNKNOWN_TO_SDK_VERSION, session.getSessionType(),
                "an enum value this SDK does not know reads as UNKNOWN_TO_SDK_VERSION, not as null");
        assertEquals(Optional.of(new JsonPrimitive("CO_PILOTED")), session.rawValue("sessionType"));
        assertEquals(SessionHistoryItemWithDetails.StatusTypeEnum.FINISHED, session.getStatusType());
        assertEquals("kept", session.getComment(), "fields after the unknown ones are read");
        assertEquals(List.of("addedInJamfPro12", "alsoNew"), List.copyOf(session.additionalFields().keySet()));
    }

    @Test
    void aTopLevelEnumValueThisSdkDoesNotKnowIsKeptToo() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/auth")).willReturn(okJson("{\"authenticationType\":\"PASSKEY\"}")));

        AuthorizationV1 auth = client.proApi().getAuthV1().join();

        assertEquals(AuthenticationType.UNKNOWN_TO_SDK_VERSION, auth.getAuthenticationType());
        assertEquals(Optional.of(new JsonPrimitive("PASSKEY")), auth.rawValue("authenticationType"));
        assertEquals("{\"authenticationType\":\"PASSKEY\"}", JamfGson.gson().toJson(auth));
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
}
