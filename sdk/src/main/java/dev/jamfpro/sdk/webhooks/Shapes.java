package dev.jamfpro.sdk.webhooks;

import static dev.jamfpro.sdk.webhooks.Shape.bool;
import static dev.jamfpro.sdk.webhooks.Shape.epochMillis;
import static dev.jamfpro.sdk.webhooks.Shape.integer;
import static dev.jamfpro.sdk.webhooks.Shape.intList;
import static dev.jamfpro.sdk.webhooks.Shape.object;
import static dev.jamfpro.sdk.webhooks.Shape.objectList;
import static dev.jamfpro.sdk.webhooks.Shape.string;

/**
 * Every object Jamf Pro's webhooks carry, by wire name (JAMF-FACTS.md, "Webhooks", and Jamf's developer
 * guide): the one place the payload shapes are written down. The XML form uses the same names.
 */
final class Shapes {
    /** The {@code webhook} object every event carries. */
    static final Shape WEBHOOK = Shape.of(integer("id"), string("name"), string("webhookEvent"),
            epochMillis("eventTimestamp"));

    /** ComputerAdded, ComputerInventoryCompleted, ComputerPushCapabilityChanged, and nested computers. */
    static final Shape COMPUTER = Shape.of(string("udid"), string("deviceName"), string("model"),
            string("macAddress"), string("alternateMacAddress"), string("serialNumber"), string("osVersion"),
            string("osBuild"), string("userDirectoryID"), string("username"), string("realName"),
            string("emailAddress"), string("phone"), string("position"), string("department"), string("building"),
            string("room"), string("ipAddress"), string("reportedIpAddress"), integer("jssID"),
            string("managementId"));

    /** The six MobileDevice... events and the devices of a mobile device smart group change. */
    static final Shape MOBILE_DEVICE = Shape.of(string("udid"), string("deviceName"), string("version"),
            string("model"), string("modelDisplay"), string("product"), string("serialNumber"), string("osVersion"),
            string("osBuild"), string("bluetoothMacAddress"), string("wifiMacAddress"), string("imei"),
            string("icciID"), string("userDirectoryID"), string("username"), string("realName"),
            string("emailAddress"), string("phone"), string("position"), string("department"), string("building"),
            string("room"), string("ipAddress"), integer("jssID"));

    static final Shape COMPUTER_CHECK_IN = Shape.of(object("computer", COMPUTER), string("trigger"),
            string("username"));

    static final Shape COMPUTER_POLICY_FINISHED = Shape.of(object("computer", COMPUTER), integer("policyId"),
            bool("successful"));

    static final Shape COMPUTER_PATCH_POLICY_COMPLETED = Shape.of(object("computer", COMPUTER),
            integer("patchPolicyId"), string("patchPolicyName"), integer("softwareTitleId"),
            string("softwareTitleName"), bool("successful"));

    static final Shape DEVICE_ADDED_TO_DEP = Shape.of(string("assetTag"), string("description"),
            epochMillis("deviceAssignedDate"), integer("deviceEnrollmentProgramInstanceId"), string("model"),
            string("serialNumber"));

    /** JSSStartup and JSSShutdown. */
    static final Shape JSS_SERVER = Shape.of(string("hostAddress"), string("institution"), bool("isClusterMaster"),
            string("jssUrl"), string("webApplicationPath"));

    static final Shape PUSH_SENT = Shape.of(string("managementId"), string("type"));

    static final Shape REST_API_OPERATION = Shape.of(string("authorizedUsername"), integer("objectID"),
            string("objectName"), string("objectTypeName"), bool("operationSuccessful"),
            string("restAPIOperationType"));

    private static final Shape SMART_GROUP = Shape.of(string("name"), integer("jssid"), bool("smartGroup"));

    static final Shape SMART_GROUP_COMPUTER = SMART_GROUP.plus(bool("computer"),
            objectList("groupAddedDevices", COMPUTER), intList("groupAddedDevicesIds"),
            objectList("groupRemovedDevices", COMPUTER), intList("groupRemovedDevicesIds"));

    static final Shape SMART_GROUP_MOBILE_DEVICE = SMART_GROUP.plus(bool("computer"),
            objectList("groupAddedDevices", MOBILE_DEVICE), intList("groupAddedDevicesIds"),
            objectList("groupRemovedDevices", MOBILE_DEVICE), intList("groupRemovedDevicesIds"));

    static final Shape SMART_GROUP_USER = SMART_GROUP.plus(intList("groupAddedUserIds"),
            intList("groupRemovedUserIds"));

    /** Not confirmed by JAMF-FACTS.md: the fields of Jamf's developer guide, read leniently like all. */
    static final Shape PATCH_SOFTWARE_TITLE_UPDATED = Shape.of(integer("jssID"), epochMillis("lastUpdate"),
            string("latestVersion"), string("name"), string("reportUrl"));

    private Shapes() {
    }
}
