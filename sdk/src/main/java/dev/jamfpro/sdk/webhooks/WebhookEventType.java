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
    COMPUTER_ADDED("ComputerAdded", Shapes.COMPUTER, ComputerAdded::new),
    COMPUTER_CHECK_IN("ComputerCheckIn", Shapes.COMPUTER_CHECK_IN, ComputerCheckIn::new),
    COMPUTER_INVENTORY_COMPLETED("ComputerInventoryCompleted", Shapes.COMPUTER, ComputerInventoryCompleted::new),
    COMPUTER_PATCH_POLICY_COMPLETED("ComputerPatchPolicyCompleted", Shapes.COMPUTER_PATCH_POLICY_COMPLETED,
            ComputerPatchPolicyCompleted::new),
    COMPUTER_POLICY_FINISHED("ComputerPolicyFinished", Shapes.COMPUTER_POLICY_FINISHED, ComputerPolicyFinished::new),
    COMPUTER_PUSH_CAPABILITY_CHANGED("ComputerPushCapabilityChanged", Shapes.COMPUTER,
            ComputerPushCapabilityChanged::new),
    DEVICE_ADDED_TO_DEP("DeviceAddedToDEP", Shapes.DEVICE_ADDED_TO_DEP, DeviceAddedToDep::new),
    DEVICE_RATE_LIMITED("DeviceRateLimited", Shape.OPEN, DeviceRateLimited::new),
    JSS_SHUTDOWN("JSSShutdown", Shapes.JSS_SERVER, JssShutdown::new),
    JSS_STARTUP("JSSStartup", Shapes.JSS_SERVER, JssStartup::new),
    MOBILE_DEVICE_CHECK_IN("MobileDeviceCheckIn", Shapes.MOBILE_DEVICE, MobileDeviceCheckIn::new),
    MOBILE_DEVICE_COMMAND_COMPLETED("MobileDeviceCommandCompleted", Shapes.MOBILE_DEVICE,
            MobileDeviceCommandCompleted::new),
    MOBILE_DEVICE_ENROLLED("MobileDeviceEnrolled", Shapes.MOBILE_DEVICE, MobileDeviceEnrolled::new),
    MOBILE_DEVICE_INVENTORY_COMPLETED("MobileDeviceInventoryCompleted", Shapes.MOBILE_DEVICE,
            MobileDeviceInventoryCompleted::new),
    MOBILE_DEVICE_PUSH_SENT("MobileDevicePushSent", Shapes.MOBILE_DEVICE, MobileDevicePushSent::new),
    MOBILE_DEVICE_UN_ENROLLED("MobileDeviceUnEnrolled", Shapes.MOBILE_DEVICE, MobileDeviceUnEnrolled::new),
    PATCH_SOFTWARE_TITLE_UPDATED("PatchSoftwareTitleUpdated", Shapes.PATCH_SOFTWARE_TITLE_UPDATED,
            PatchSoftwareTitleUpdated::new),
    PUSH_SENT("PushSent", Shapes.PUSH_SENT, PushSent::new),
    REST_API_OPERATION("RestAPIOperation", Shapes.REST_API_OPERATION, RestApiOperation::new),
    SCEP_CHALLENGE("SCEPChallenge", Shape.OPEN, ScepChallenge::new),
    SMART_GROUP_COMPUTER_MEMBERSHIP_CHANGE("SmartGroupComputerMembershipChange", Shapes.SMART_GROUP_COMPUTER,
            SmartGroupComputerMembershipChange::new),
    SMART_GROUP_MOBILE_DEVICE_MEMBERSHIP_CHANGE("SmartGroupMobileDeviceMembershipChange",
            Shapes.SMART_GROUP_MOBILE_DEVICE, SmartGroupMobileDeviceMembershipChange::new),
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

    /** The name Jamf sends in {@code webhook.webhookEvent}, for example {@code ComputerCheckIn}. */
    public String eventName() {
        return eventName;
    }

    /** The type Jamf names {@code eventName} (exact, case-sensitive), or empty for an event this SDK does not know. */
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
