package dev.jamfpro.sdk.webhooks;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 23 events Jamf Pro's webhook settings offer, by the name Jamf sends in {@code webhookEvent}, each
 * read into its own class of the {@link WebhookEvent} hierarchy. An event not listed here reads as an
 * {@link UnknownWebhookEvent}.
 */
public enum WebhookEventType {
    /** {@code ComputerAdded}. */
    COMPUTER_ADDED("ComputerAdded", Shapes.COMPUTER, ComputerAdded::new),
    /** {@code ComputerCheckIn}. */
    COMPUTER_CHECK_IN("ComputerCheckIn", Shapes.COMPUTER_CHECK_IN, ComputerCheckIn::new),
    /** {@code ComputerInventoryCompleted}. */
    COMPUTER_INVENTORY_COMPLETED("ComputerInventoryCompleted", Shapes.COMPUTER, ComputerInventoryCompleted::new),
    /** {@code ComputerPatchPolicyCompleted}. */
    COMPUTER_PATCH_POLICY_COMPLETED("ComputerPatchPolicyCompleted", Shapes.COMPUTER_PATCH_POLICY_COMPLETED,
            ComputerPatchPolicyCompleted::new),
    /** {@code ComputerPolicyFinished}. */
    COMPUTER_POLICY_FINISHED("ComputerPolicyFinished", Shapes.COMPUTER_POLICY_FINISHED, ComputerPolicyFinished::new),
    /** {@code ComputerPushCapabilityChanged}. */
    COMPUTER_PUSH_CAPABILITY_CHANGED("ComputerPushCapabilityChanged", Shapes.COMPUTER,
            ComputerPushCapabilityChanged::new),
    /** {@code DeviceAddedToDEP}. */
    DEVICE_ADDED_TO_DEP("DeviceAddedToDEP", Shapes.DEVICE_ADDED_TO_DEP, DeviceAddedToDep::new),
    /** {@code DeviceRateLimited}. */
    DEVICE_RATE_LIMITED("DeviceRateLimited", Shape.OPEN, DeviceRateLimited::new),
    /** {@code JSSShutdown}. */
    JSS_SHUTDOWN("JSSShutdown", Shapes.JSS_SERVER, JssShutdown::new),
    /** {@code JSSStartup}. */
    JSS_STARTUP("JSSStartup", Shapes.JSS_SERVER, JssStartup::new),
    /** {@code MobileDeviceCheckIn}. */
    MOBILE_DEVICE_CHECK_IN("MobileDeviceCheckIn", Shapes.MOBILE_DEVICE, MobileDeviceCheckIn::new),
    /** {@code MobileDeviceCommandCompleted}. */
    MOBILE_DEVICE_COMMAND_COMPLETED("MobileDeviceCommandCompleted", Shapes.MOBILE_DEVICE,
            MobileDeviceCommandCompleted::new),
    /** {@code MobileDeviceEnrolled}. */
    MOBILE_DEVICE_ENROLLED("MobileDeviceEnrolled", Shapes.MOBILE_DEVICE, MobileDeviceEnrolled::new),
    /** {@code MobileDeviceInventoryCompleted}. */
    MOBILE_DEVICE_INVENTORY_COMPLETED("MobileDeviceInventoryCompleted", Shapes.MOBILE_DEVICE,
            MobileDeviceInventoryCompleted::new),
    /** {@code MobileDevicePushSent}. */
    MOBILE_DEVICE_PUSH_SENT("MobileDevicePushSent", Shapes.MOBILE_DEVICE, MobileDevicePushSent::new),
    /** {@code MobileDeviceUnEnrolled}. */
    MOBILE_DEVICE_UN_ENROLLED("MobileDeviceUnEnrolled", Shapes.MOBILE_DEVICE, MobileDeviceUnEnrolled::new),
    /** {@code PatchSoftwareTitleUpdated}. */
    PATCH_SOFTWARE_TITLE_UPDATED("PatchSoftwareTitleUpdated", Shapes.PATCH_SOFTWARE_TITLE_UPDATED,
            PatchSoftwareTitleUpdated::new),
    /** {@code PushSent}. */
    PUSH_SENT("PushSent", Shapes.PUSH_SENT, PushSent::new),
    /** {@code RestAPIOperation}. */
    REST_API_OPERATION("RestAPIOperation", Shapes.REST_API_OPERATION, RestApiOperation::new),
    /** {@code SCEPChallenge}. */
    SCEP_CHALLENGE("SCEPChallenge", Shape.OPEN, ScepChallenge::new),
    /** {@code SmartGroupComputerMembershipChange}. */
    SMART_GROUP_COMPUTER_MEMBERSHIP_CHANGE("SmartGroupComputerMembershipChange", Shapes.SMART_GROUP_COMPUTER,
            SmartGroupComputerMembershipChange::new),
    /** {@code SmartGroupMobileDeviceMembershipChange}. */
    SMART_GROUP_MOBILE_DEVICE_MEMBERSHIP_CHANGE("SmartGroupMobileDeviceMembershipChange",
            Shapes.SMART_GROUP_MOBILE_DEVICE, SmartGroupMobileDeviceMembershipChange::new),
    /** {@code SmartGroupUserMembershipChange}. */
    SMART_GROUP_USER_MEMBERSHIP_CHANGE("SmartGroupUserMembershipChange", Shapes.SMART_GROUP_USER,
            SmartGroupUserMembershipChange::new);

    private static final Map<String, WebhookEventType> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(WebhookEventType::eventName, type -> type));

    private final String eventName;
    private final Shape shape;
    private final Function<WebhookDocument, WebhookEvent> reader;

    WebhookEventType(String eventName, Shape shape, Function<WebhookDocument, WebhookEvent> reader) {
        this.eventName = eventName;
        this.shape = shape;
        this.reader = reader;
    }

    /** {@return the name Jamf sends in {@code webhook.webhookEvent}, for example {@code ComputerCheckIn}} */
    public String eventName() {
        return eventName;
    }

    /**
     * The type Jamf names {@code eventName} (exact, case-sensitive), or empty for an event this SDK does not know.
     *
     * @param eventName the name sent in {@code webhook.webhookEvent}
     * @return the type; empty for an event this SDK does not know
     */
    public static Optional<WebhookEventType> of(String eventName) {
        return Optional.ofNullable(BY_NAME.get(eventName));
    }

    /** The fields of this event's {@code event} object. */
    Shape shape() {
        return shape;
    }

    WebhookEvent read(WebhookDocument document) {
        return reader.apply(document);
    }
}
