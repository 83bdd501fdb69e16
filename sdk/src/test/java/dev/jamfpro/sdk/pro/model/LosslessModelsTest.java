package dev.jamfpro.sdk.pro.model;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.UnexpectedShapeException;
import dev.jamfpro.sdk.internal.json.JamfGson;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A record read from a Jamf Pro newer than this SDK's document, or one that answers in another shape
 * than the document declares, reads without failing and goes back (a Pro PUT replaces the record)
 * exactly as it came, over HTTP through the generated API; a model built by hand, a merge-patch
 * included, sends only what was set.
 */
class LosslessModelsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Gson GSON = JamfGson.gson();
    private AsyncJamfProClient client;

    @BeforeEach
    void client() {
        client = ModelTestServer.client(wm);
        wm.stubFor(put(urlPathEqualTo("/api/v1/dock-items/7")).willReturn(okJson("{}")));
        wm.stubFor(put(urlPathEqualTo("/api/v2/smtp-server")).willReturn(okJson("{}")));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void fieldsOfEveryShapeTheModelDoesNotDeclareAreKeptAndSentBack() {
        String record = "{\"id\":\"7\",\"name\":\"Safari\",\"type\":\"APP\",\"path\":\"/Applications/Safari.app/\","
                + "\"addedText\":\"a field of a newer Jamf Pro\",\"addedNumber\":12.50,\"addedFlag\":false,"
                + "\"addedObject\":{\"nested\":[1,\"two\",{\"deeper\":null}]},\"addedArray\":[{\"a\":1},[]],\"addedNull\":null}";
        DockItem item = getDockItem(record);

        assertEquals("Safari", item.getName());
        assertEquals(List.of("addedText", "addedNumber", "addedFlag", "addedObject", "addedArray", "addedNull"),
                List.copyOf(item.additionalFields().keySet()));
        assertEquals(JsonNull.INSTANCE, item.additionalFields().get("addedNull"));

        client.proApi().putDockItemsByIdV1("7", item).join();

        assertEquals(JsonParser.parseString(record), sentDockItem(), "the record goes back as it came, nulls included");
        assertEquals("12.50", sentText("/api/v1/dock-items/7").replaceAll(".*\"addedNumber\":([0-9.]+).*", "$1"),
                "numbers go back as written");
    }

    @Test
    void anEnumValueThisSdkDoesNotKnowReadsAsUnknownAndGoesBackAsItCame() {
        DockItem item = getDockItem("{\"id\":\"7\",\"name\":\"Notes\",\"type\":\"WIDGET\",\"path\":\"/p\"}");

        assertEquals(DockItem.TypeEnum.UNKNOWN_TO_SDK_VERSION, item.getType(), "the getter says the value is unknown");
        assertEquals(Optional.of(new JsonPrimitive("WIDGET")), item.rawValue("type"));
        client.proApi().putDockItemsByIdV1("7", item).join();
        assertEquals(new JsonPrimitive("WIDGET"), sentDockItem().getAsJsonObject().get("type"));

        wm.resetRequests();
        item.setType(DockItem.TypeEnum.APP);
        assertEquals(Optional.empty(), item.rawValue("type"), "a value set replaces the one received");
        client.proApi().putDockItemsByIdV1("7", item).join();
        assertEquals(new JsonPrimitive("APP"), sentDockItem().getAsJsonObject().get("type"));
    }

    @Test
    void theUnknownConstantItselfIsNeverSent() {
        DockItem item = new DockItem().name("Notes").type(DockItem.TypeEnum.UNKNOWN_TO_SDK_VERSION);

        // Refused while the request is built: thrown by the call, or failing its future, depending on the call adapter.
        Exception failure = assertThrows(Exception.class, () -> client.proApi().putDockItemsByIdV1("7", item).join());

        assertInstanceOf(IllegalArgumentException.class, rootCause(failure), failure.toString());
        assertTrue(rootCause(failure).getMessage().contains("DockItem.TypeEnum.UNKNOWN_TO_SDK_VERSION"), failure.toString());
        assertTrue(wm.findAll(putRequestedFor(urlPathEqualTo("/api/v1/dock-items/7"))).isEmpty(), "nothing was sent");
    }

    @Test
    void anObjectSentAsAnArrayCostsOnlyThatFieldAndGoesBackAsItCame() {
        String record = "{\"enabled\":true,\"authenticationType\":\"BASIC\","
                + "\"connectionSettings\":[{\"host\":\"smtp.example.com\",\"port\":587}],"
                + "\"senderSettings\":{\"displayName\":\"Jamf\",\"emailAddress\":\"jamf@example.com\"}}";
        SmtpServerV2 smtp = getSmtp(record);

        assertEquals(Boolean.TRUE, smtp.getEnabled());
        assertEquals("jamf@example.com", smtp.getSenderSettings().getEmailAddress());
        UnexpectedShapeException odd = assertThrows(UnexpectedShapeException.class, smtp::getConnectionSettings);
        assertEquals("connectionSettings", odd.property());
        assertTrue(odd.received().isJsonArray());
        assertTrue(odd.getMessage().contains("SmtpServerV2.connectionSettings") && odd.getMessage().contains("an array"), odd.getMessage());
        assertFalse(odd.getMessage().contains("smtp.example.com"), "the message names the shape, never the value");

        client.proApi().putSmtpServerV2(null, smtp).join();
        assertEquals(JsonParser.parseString(record), sentSmtp());

        wm.resetRequests();
        smtp.setConnectionSettings(new SmtpConnectionSettings().host("mail.example.com"));
        client.proApi().putSmtpServerV2(null, smtp).join();
        assertEquals(JsonParser.parseString("{\"host\":\"mail.example.com\"}"), sentSmtp().getAsJsonObject().get("connectionSettings"));
    }

    @Test
    void scalarsOfAnotherShapeAreKeptAsTheyCame() {
        String record = "{\"enabled\":\"yes\",\"connectionSettings\":{\"host\":42,\"port\":\"587\",\"connectionTimeout\":\"soon\"}}";
        SmtpServerV2 smtp = getSmtp(record);

        assertThrows(UnexpectedShapeException.class, smtp::getEnabled, "\"yes\" is no boolean: never a quiet false");
        SmtpConnectionSettings connection = smtp.getConnectionSettings();
        assertEquals("42", connection.getHost(), "a number where text is declared reads as its text");
        assertEquals(587, connection.getPort(), "a number written as text reads as the number");
        assertEquals(Optional.of(new JsonPrimitive("587")), connection.rawValue("port"));
        assertThrows(UnexpectedShapeException.class, connection::getConnectionTimeout);

        client.proApi().putSmtpServerV2(null, smtp).join();
        assertEquals(JsonParser.parseString(record), sentSmtp(), "each goes back in the shape it came");
    }

    @Test
    void aModelBuiltByHandSendsOnlyWhatWasSetAsAMergePatch() {
        SmtpServerV2 change = new SmtpServerV2().enabled(false)
                .senderSettings(new SmtpSenderSettings().displayName("Jamf Pro"));

        client.proApi().putSmtpServerV2(null, change).join();

        assertEquals(JsonParser.parseString("{\"enabled\":false,\"senderSettings\":{\"displayName\":\"Jamf Pro\"}}"), sentSmtp());
        assertEquals("application/merge-patch+json", wm.findAll(putRequestedFor(urlPathEqualTo("/api/v2/smtp-server")))
                .get(0).getHeader("Content-Type").split(";")[0]);
    }

    @Test
    void aRecordReadAndChangedSendsTheChangeAndKeepsEverythingElse() {
        SmtpServerV2 smtp = getSmtp("{\"enabled\":true,\"authenticationType\":\"OAUTH_DEVICE\",\"addedLater\":{\"a\":1},"
                + "\"senderSettings\":{\"displayName\":\"Jamf\",\"emailAddress\":\"jamf@example.com\",\"replyTo\":\"it@example.com\"}}");

        smtp.getSenderSettings().setDisplayName("Jamf Pro");
        client.proApi().putSmtpServerV2(null, smtp).join();

        assertEquals(JsonParser.parseString("{\"enabled\":true,\"authenticationType\":\"OAUTH_DEVICE\",\"addedLater\":{\"a\":1},"
                + "\"senderSettings\":{\"displayName\":\"Jamf Pro\",\"emailAddress\":\"jamf@example.com\",\"replyTo\":\"it@example.com\"}}"),
                sentSmtp());
    }

    @Test
    void unknownValuesInAListGoBackWhileTheListIsUnchanged() {
        String record = "{\"id\":\"3\",\"name\":\"VPP\",\"triggers\":[\"NO_MORE_LICENSES\",\"ZZ_NEW_TRIGGER\"]}";
        wm.stubFor(get(urlPathEqualTo("/api/v1/volume-purchasing-subscriptions/3")).willReturn(okJson(record)));
        VolumePurchasingSubscription subscription = client.proApi().getVolumePurchasingSubscriptionsByIdV1("3").join();

        assertEquals(List.of(VolumePurchasingSubscription.TriggersEnum.NO_MORE_LICENSES,
                VolumePurchasingSubscription.TriggersEnum.UNKNOWN_TO_SDK_VERSION), subscription.getTriggers());
        assertEquals(JsonParser.parseString(record), GSON.toJsonTree(subscription));

        subscription.getTriggers().add(VolumePurchasingSubscription.TriggersEnum.REMOVED_FROM_APP_STORE);
        IllegalArgumentException unsendable = assertThrows(IllegalArgumentException.class, () -> GSON.toJson(subscription));
        assertTrue(unsendable.getMessage().contains("UNKNOWN_TO_SDK_VERSION"), unsendable.getMessage());

        subscription.getTriggers().remove(VolumePurchasingSubscription.TriggersEnum.UNKNOWN_TO_SDK_VERSION);
        assertEquals(JsonParser.parseString("[\"NO_MORE_LICENSES\",\"REMOVED_FROM_APP_STORE\"]"),
                GSON.toJsonTree(subscription).getAsJsonObject().get("triggers"), "a changed list is sent as changed");
    }

    @Test
    void aListItemThatIsNoObjectIsKeptWhole() {
        String record = "{\"id\":\"3\",\"internalRecipients\":[\"not an object\",{\"accountId\":\"1\",\"frequency\":\"DAILY\"}]}";
        wm.stubFor(get(urlPathEqualTo("/api/v1/volume-purchasing-subscriptions/3")).willReturn(okJson(record)));
        VolumePurchasingSubscription subscription = client.proApi().getVolumePurchasingSubscriptionsByIdV1("3").join();

        InternalRecipient odd = subscription.getInternalRecipients().get(0);
        UnexpectedShapeException shape = assertThrows(UnexpectedShapeException.class, odd::getAccountId);
        assertEquals(new JsonPrimitive("not an object"), shape.received());
        assertEquals("1", subscription.getInternalRecipients().get(1).getAccountId());
        assertEquals(JsonParser.parseString(record), GSON.toJsonTree(subscription));
    }

    @Test
    void datesGoBackAsJamfWroteThem() {
        String record = "{\"sessionId\":\"s-1\",\"sessionStartedTimestamp\":\"2024-01-02T03:04:05.100+0000\","
                + "\"sessionEndedTimestamp\":\"2024-01-02T04:04:05.123Z\"}";
        wm.stubFor(get(urlPathEqualTo("/api/v2/jamf-remote-assist/session/s-1")).willReturn(okJson(record)));

        SessionHistoryItemWithDetails session = client.proApi().getJamfRemoteAssistSessionByIdV2("s-1").join();

        assertEquals(OffsetDateTime.parse("2024-01-02T03:04:05.1Z"), session.getSessionStartedTimestamp());
        assertEquals(JsonParser.parseString(record), GSON.toJsonTree(session));
        session.setSessionStartedTimestamp(OffsetDateTime.parse("2025-06-07T08:09:10Z"));
        assertEquals(new JsonPrimitive("2025-06-07T08:09:10Z"), GSON.toJsonTree(session).getAsJsonObject().get("sessionStartedTimestamp"));
    }

    @Test
    void fieldsAddedByHandAreSentAndDeclaredOnesAreRefused() {
        DockItem item = new DockItem().name("Notes");
        item.putAdditionalField("addedInJamfPro12", new JsonPrimitive(true));

        client.proApi().putDockItemsByIdV1("7", item).join();

        assertEquals(JsonParser.parseString("{\"name\":\"Notes\",\"addedInJamfPro12\":true}"), sentDockItem());
        IllegalArgumentException declared = assertThrows(IllegalArgumentException.class,
                () -> item.putAdditionalField("name", new JsonPrimitive("x")));
        assertTrue(declared.getMessage().contains("'name'"), declared.getMessage());
        assertEquals(Optional.of(new JsonPrimitive(true)), item.removeAdditionalField("addedInJamfPro12"));
        assertTrue(item.additionalFields().isEmpty());
    }

    @Test
    void equalityCountsWhatIsKeptAndToStringNamesButNeverPrintsIt() {
        DockItem first = getDockItem("{\"name\":\"Notes\",\"secretToken\":\"s3cr3t\"}");
        DockItem same = getDockItem("{\"name\":\"Notes\",\"secretToken\":\"s3cr3t\"}");
        DockItem other = getDockItem("{\"name\":\"Notes\",\"secretToken\":\"another\"}");

        assertEquals(first, same);
        assertEquals(first.hashCode(), same.hashCode());
        assertNotEquals(first, other);
        assertNotEquals(first, new DockItem().name("Notes"));
        assertTrue(first.toString().contains("secretToken"), first.toString());
        assertFalse(first.toString().contains("s3cr3t"), first.toString());
    }

    @Test
    void aModelBuiltByHandHoldsNothingElse() {
        DockItem item = new DockItem();

        assertNull(item.getName(), "a property never set reads as null");
        assertTrue(item.additionalFields().isEmpty());
        assertEquals(Optional.empty(), item.rawValue("name"));
        assertInstanceOf(dev.jamfpro.sdk.pro.ProModel.class, item);
        assertEquals("{}", GSON.toJson(item));
    }

    private DockItem getDockItem(String json) {
        wm.stubFor(get(urlPathEqualTo("/api/v1/dock-items/7")).willReturn(okJson(json)));
        return client.proApi().getDockItemsByIdV1("7").join();
    }

    private SmtpServerV2 getSmtp(String json) {
        wm.stubFor(get(urlPathEqualTo("/api/v2/smtp-server")).willReturn(okJson(json)));
        return client.proApi().getSmtpServerV2().join();
    }

    private JsonElement sentDockItem() {
        return ModelTestServer.sentJson(wm, putRequestedFor(urlPathEqualTo("/api/v1/dock-items/7")));
    }

    private JsonElement sentSmtp() {
        return ModelTestServer.sentJson(wm, putRequestedFor(urlPathEqualTo("/api/v2/smtp-server")));
    }

    private String sentText(String path) {
        return ModelTestServer.sentText(wm, putRequestedFor(urlPathEqualTo(path)));
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
