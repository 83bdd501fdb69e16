package dev.jamfpro.sdk.webhooks;

import com.google.gson.JsonElement;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * One webhook Jamf Pro posted: one class per event Jamf offers ({@link WebhookEventType}), and
 * {@link UnknownWebhookEvent} for any other, so a newer Jamf never makes reading fail.
 *
 * <pre>{@code
 * WebhookEvent event = WebhookEvent.parse(body, contentType);
 * if (event instanceof ComputerCheckIn checkIn) {
 *     checkIn.computer().flatMap(WebhookComputer::serialNumber).ifPresent(System.out::println);
 * }
 * }</pre>
 *
 * <p>Events are immutable. Fields are read leniently: every typed accessor is empty when Jamf left the
 * field out, fields this SDK does not declare are kept ({@link #otherFields()}) and written back by
 * {@link #toJson()} and {@link #toXml()}; times are {@link java.time.Instant}s (Jamf sends epoch
 * milliseconds). Two events are equal when they carry the same fields and values, whichever form they
 * were read from.
 */
public sealed interface WebhookEvent permits ComputerAdded, ComputerCheckIn, ComputerInventoryCompleted,
        ComputerPatchPolicyCompleted, ComputerPolicyFinished, ComputerPushCapabilityChanged, DeviceAddedToDep,
        DeviceRateLimited, JssShutdown, JssStartup, MobileDeviceCheckIn, MobileDeviceCommandCompleted,
        MobileDeviceEnrolled, MobileDeviceInventoryCompleted, MobileDevicePushSent, MobileDeviceUnEnrolled,
        PatchSoftwareTitleUpdated, PushSent, RestApiOperation, ScepChallenge, SmartGroupComputerMembershipChange,
        SmartGroupMobileDeviceMembershipChange, SmartGroupUserMembershipChange, UnknownWebhookEvent {

    /** {@return the {@code webhook} object: which webhook fired, which event, when} */
    WebhookMetadata webhook();

    /** {@return the event's name as Jamf sent it in {@code webhook.webhookEvent}} */
    String eventName();

    /** {@return the fields of the {@code event} object this SDK does not declare, as sent, in order} */
    Map<String, JsonElement> otherFields();

    /**
     * Field {@code name} of the {@code event} object exactly as sent, declared or not.
     *
     * @param name the field's name in the {@code event} object
     * @return its value as sent; empty when absent
     */
    Optional<JsonElement> eventField(String name);

    /** {@return this event in Jamf's JSON form} */
    String toJson();

    /** {@return this event in Jamf's XML form} */
    String toXml();

    /**
     * Reads a webhook body in the form its {@code Content-Type} names ({@link WebhookFormat#ofContentType});
     * with no or another content type, in the form the body starts with (<code>{</code> or {@code <}).
     *
     * @param body the request body
     * @param contentType the request's {@code Content-Type}; may be null
     * @return the typed event, or an {@link UnknownWebhookEvent}
     * @throws InvalidWebhookException when the body is neither JSON nor XML, is malformed, or is not a
     *         Jamf Pro webhook (no {@code webhook.webhookEvent}); the message says which
     */
    static WebhookEvent parse(byte[] body, String contentType) {
        return WebhookReader.read(body, contentType);
    }

    /**
     * Reads a webhook in Jamf's JSON form.
     *
     * @param json the request body
     * @return the typed event, or an {@link UnknownWebhookEvent}
     * @throws InvalidWebhookException when it is not a Jamf Pro webhook in JSON
     */
    static WebhookEvent fromJson(String json) {
        return WebhookReader.read(json.getBytes(StandardCharsets.UTF_8), WebhookFormat.JSON.contentType());
    }

    /**
     * Reads a webhook in Jamf's XML form ({@code <JSSEvent>}). DTDs and external entities are refused.
     *
     * @param xml the request body
     * @return the typed event, or an {@link UnknownWebhookEvent}
     * @throws InvalidWebhookException when it is not a Jamf Pro webhook in XML
     */
    static WebhookEvent fromXml(String xml) {
        return WebhookReader.read(xml.getBytes(StandardCharsets.UTF_8), WebhookFormat.XML.contentType());
    }
}
