package dev.jamfpro.sdk.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;

/**
 * Realistic fake webhooks for tests: every builder comes filled the way Jamf Pro fills that event
 * (names like {@code Oscar's MacBook Air}, Apple serial numbers and UDIDs, current models and OS
 * builds, a user with department and building), ready to change and {@code build()}.
 *
 * <pre>{@code
 * FakeWebhooks fakes = FakeWebhooks.seeded(7);
 * ComputerCheckIn checkIn = fakes.computerCheckIn().trigger("LOGIN").build();
 * String body = checkIn.toJson();          // or toXml(): what Jamf would post
 * }</pre>
 *
 * <p>The same seed gives the same events. Timestamps come from the clock given (by default a fixed
 * instant, so that runs repeat exactly). Not thread-safe: one instance per test.
 */
public final class FakeWebhooks {
    /** The default "now": fixed, so that a seed always gives the same events. */
    public static final Instant REFERENCE = Instant.parse("2026-11-02T09:30:00Z");

    private record MacModel(String name, String family, boolean appleSilicon) {
    }

    private record Os(String version, String build) {
    }

    private record MobileModel(String name, String product, String kind) {
    }

    private static final List<MacModel> MACS = List.of(new MacModel("MacBook Air (M2, 2022)", "MacBook Air", true),
            new MacModel("MacBook Pro (14-inch, M3 Pro, Nov 2023)", "MacBook Pro", true),
            new MacModel("MacBook Air (13-inch, M4, 2025)", "MacBook Air", true),
            new MacModel("iMac (24-inch, M3, 2023)", "iMac", true),
            new MacModel("Mac mini (2023)", "Mac mini", true),
            new MacModel("MacBook Pro (16-inch, 2019)", "MacBook Pro", false));
    private static final List<Os> MACOS = List.of(new Os("15.1", "24B83"), new Os("15.3.1", "24D70"),
            new Os("14.7.1", "23H222"), new Os("26.1", "25B78"));
    private static final List<MobileModel> MOBILES = List.of(new MobileModel("iPhone 15 Pro", "iPhone16,1", "iPhone"),
            new MobileModel("iPhone 16", "iPhone17,3", "iPhone"),
            new MobileModel("iPad Air 11-inch (M2)", "iPad14,8", "iPad"),
            new MobileModel("iPad (10th generation)", "iPad13,18", "iPad"));
    private static final List<Os> IOS = List.of(new Os("17.6.1", "21G93"), new Os("18.1", "22B83"),
            new Os("18.3.2", "22D82"));
    private static final List<String> FIRST = List.of("Oscar", "Chip", "Ava", "Liam", "Priya", "Mei", "Kofi", "Elif",
            "Siobhan", "Tomás", "Ingrid", "Hassan");
    private static final List<String> LAST = List.of("Nguyen", "Garcia", "Kim", "Patel", "O'Brien", "Johansson",
            "Okafor", "Tanaka", "Müller", "Rossi");
    private static final List<String> DEPARTMENTS = List.of("Engineering", "Sales", "Finance", "IT", "Design",
            "Support");
    private static final List<String> BUILDINGS = List.of("Main Office", "Riverside Campus", "Warehouse", "Remote");
    private static final List<String> POSITIONS = List.of("Software Engineer", "Account Executive", "Designer",
            "IT Administrator", "Analyst");
    private static final List<String> TRIGGERS = List.of("CLIENT_CHECKIN", "LOGIN", "STARTUP", "NETWORK_STATE_CHANGE");
    private static final List<String> PATCH_TITLES = List.of("Google Chrome", "Mozilla Firefox", "Zoom",
            "Microsoft Teams", "Slack");
    private static final List<String> OBJECT_TYPES = List.of("Static Computer Group", "Policy", "Computer",
            "Script", "Category");
    private static final String SERIAL_CHARS = "CDFGHJKLMNPQRTVWXY0123456789";
    private static final String HEX = "0123456789ABCDEF";

    private final Random random;
    private final Clock clock;

    private FakeWebhooks(long seed, Clock clock) {
        this.random = new Random(seed);
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    /**
     * Fakes from {@code seed}, timestamped at {@link #REFERENCE}.
     *
     * @param seed the seed: the same seed, the same events
     * @return a source of fake events
     */
    public static FakeWebhooks seeded(long seed) {
        return new FakeWebhooks(seed, Clock.fixed(REFERENCE, ZoneOffset.UTC));
    }

    /**
     * Fakes from {@code seed}, timestamped by {@code clock}.
     *
     * @param seed the seed: the same seed, the same events
     * @param clock the clock of the events' {@code eventTimestamp}
     * @return a source of fake events
     */
    public static FakeWebhooks seeded(long seed, Clock clock) {
        return new FakeWebhooks(seed, clock);
    }

    /** {@return a computer record: a Mac with its user} */
    public WebhookComputer.Builder computer() {
        MacModel model = pick(MACS);
        Os os = pick(MACOS);
        String first = pick(FIRST);
        String last = pick(LAST);
        return user(WebhookComputer.builder(), first, last)
                .udid(uuid().toUpperCase(Locale.ROOT))
                .deviceName(first + "'s " + model.family())
                .model(model.name())
                .macAddress(mac())
                .alternateMacAddress(random.nextBoolean() ? mac() : "")
                .serialNumber(serial(model.appleSilicon()))
                .osVersion(os.version())
                .osBuild(os.build())
                .ipAddress("10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254)))
                .reportedIpAddress("192.168." + random.nextInt(256) + "." + (1 + random.nextInt(254)))
                .jssId(1 + random.nextInt(5000))
                .managementId(uuid());
    }

    /** {@return a mobile device record: an iPhone or iPad with its user} */
    public WebhookMobileDevice.Builder mobileDevice() {
        MobileModel model = pick(MOBILES);
        Os os = pick(IOS);
        String first = pick(FIRST);
        return user(WebhookMobileDevice.builder(), first, pick(LAST))
                .udid("0000" + hex(4) + "-" + hex(16))
                .deviceName(first + "'s " + model.kind())
                .version(os.version())
                .model(model.name())
                .modelDisplay(model.name())
                .product(model.product())
                .serialNumber(serial(true))
                .osVersion(os.version())
                .osBuild(os.build())
                .bluetoothMacAddress(mac().toLowerCase(Locale.ROOT))
                .wifiMacAddress(mac().toLowerCase(Locale.ROOT))
                .imei(model.kind().equals("iPhone") ? "35 " + digits(6) + " " + digits(6) + " " + digits(1) : "")
                .iccid(model.kind().equals("iPhone") ? "8901 " + digits(4) + " " + digits(4) + " " + digits(4) + " "
                        + digits(4) : "")
                .ipAddress("10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254)))
                .jssId(1 + random.nextInt(5000));
    }

    /** {@return a builder of {@code ComputerAdded}, filled realistically} */
    public ComputerEventBuilder<ComputerAdded> computerAdded() {
        return webhook(ComputerAdded.builder(), WebhookEventType.COMPUTER_ADDED).computer(computer().build());
    }

    /** {@return a builder of {@code ComputerCheckIn}, filled realistically} */
    public ComputerCheckIn.Builder computerCheckIn() {
        WebhookComputer computer = computer().build();
        return webhook(ComputerCheckIn.builder(), WebhookEventType.COMPUTER_CHECK_IN).computer(computer)
                .trigger(pick(TRIGGERS)).username(computer.username().orElse(""));
    }

    /** {@return a builder of {@code ComputerInventoryCompleted}, filled realistically} */
    public ComputerEventBuilder<ComputerInventoryCompleted> computerInventoryCompleted() {
        return webhook(ComputerInventoryCompleted.builder(), WebhookEventType.COMPUTER_INVENTORY_COMPLETED)
                .computer(computer().build());
    }

    /** {@return a builder of {@code ComputerPatchPolicyCompleted}, filled realistically} */
    public ComputerPatchPolicyCompleted.Builder computerPatchPolicyCompleted() {
        String title = pick(PATCH_TITLES);
        return webhook(ComputerPatchPolicyCompleted.builder(), WebhookEventType.COMPUTER_PATCH_POLICY_COMPLETED)
                .computer(computer().build()).patchPolicyId(1 + random.nextInt(200))
                .patchPolicyName(title + " - Latest").softwareTitleId(1 + random.nextInt(100))
                .softwareTitleName(title).successful(random.nextInt(10) > 0);
    }

    /** {@return a builder of {@code ComputerPolicyFinished}, filled realistically} */
    public ComputerPolicyFinished.Builder computerPolicyFinished() {
        return webhook(ComputerPolicyFinished.builder(), WebhookEventType.COMPUTER_POLICY_FINISHED)
                .computer(computer().build()).policyId(1 + random.nextInt(500)).successful(random.nextInt(10) > 0);
    }

    /** {@return a builder of {@code ComputerPushCapabilityChanged}, filled realistically} */
    public ComputerEventBuilder<ComputerPushCapabilityChanged> computerPushCapabilityChanged() {
        return webhook(ComputerPushCapabilityChanged.builder(), WebhookEventType.COMPUTER_PUSH_CAPABILITY_CHANGED)
                .computer(computer().build());
    }

    /** {@return a builder of {@code DeviceAddedToDEP}, filled realistically} */
    public DeviceAddedToDep.Builder deviceAddedToDep() {
        MacModel model = pick(MACS);
        return webhook(DeviceAddedToDep.builder(), WebhookEventType.DEVICE_ADDED_TO_DEP)
                .assetTag("JAMF-" + digits(5)).description(model.name()).model(model.name())
                .deviceAssignedDate(now().minus(Duration.ofMinutes(5 + random.nextInt(600))))
                .deviceEnrollmentProgramInstanceId(1 + random.nextInt(3)).serialNumber(serial(model.appleSilicon()));
    }

    /**
     * No field: this event's fields are not confirmed (see {@link DeviceRateLimited}); add them with {@code
     * eventField}.
     *
     * @return a builder of {@code DeviceRateLimited} with only its {@code webhook} object filled
     */
    public OpenEventBuilder<DeviceRateLimited> deviceRateLimited() {
        return webhook(DeviceRateLimited.builder(), WebhookEventType.DEVICE_RATE_LIMITED);
    }

    /** {@return a builder of {@code JSSShutdown}, filled realistically} */
    public JssEventBuilder<JssShutdown> jssShutdown() {
        return server(webhook(JssShutdown.builder(), WebhookEventType.JSS_SHUTDOWN));
    }

    /** {@return a builder of {@code JSSStartup}, filled realistically} */
    public JssEventBuilder<JssStartup> jssStartup() {
        return server(webhook(JssStartup.builder(), WebhookEventType.JSS_STARTUP));
    }

    /** {@return a builder of {@code MobileDeviceCheckIn}, filled realistically} */
    public MobileDeviceEventBuilder<MobileDeviceCheckIn> mobileDeviceCheckIn() {
        return mobile(MobileDeviceCheckIn.builder(), WebhookEventType.MOBILE_DEVICE_CHECK_IN);
    }

    /** {@return a builder of {@code MobileDeviceCommandCompleted}, filled realistically} */
    public MobileDeviceEventBuilder<MobileDeviceCommandCompleted> mobileDeviceCommandCompleted() {
        return mobile(MobileDeviceCommandCompleted.builder(), WebhookEventType.MOBILE_DEVICE_COMMAND_COMPLETED);
    }

    /** {@return a builder of {@code MobileDeviceEnrolled}, filled realistically} */
    public MobileDeviceEventBuilder<MobileDeviceEnrolled> mobileDeviceEnrolled() {
        return mobile(MobileDeviceEnrolled.builder(), WebhookEventType.MOBILE_DEVICE_ENROLLED);
    }

    /** {@return a builder of {@code MobileDeviceInventoryCompleted}, filled realistically} */
    public MobileDeviceEventBuilder<MobileDeviceInventoryCompleted> mobileDeviceInventoryCompleted() {
        return mobile(MobileDeviceInventoryCompleted.builder(), WebhookEventType.MOBILE_DEVICE_INVENTORY_COMPLETED);
    }

    /** {@return a builder of {@code MobileDevicePushSent}, filled realistically} */
    public MobileDeviceEventBuilder<MobileDevicePushSent> mobileDevicePushSent() {
        return mobile(MobileDevicePushSent.builder(), WebhookEventType.MOBILE_DEVICE_PUSH_SENT);
    }

    /** {@return a builder of {@code MobileDeviceUnEnrolled}, filled realistically} */
    public MobileDeviceEventBuilder<MobileDeviceUnEnrolled> mobileDeviceUnEnrolled() {
        return mobile(MobileDeviceUnEnrolled.builder(), WebhookEventType.MOBILE_DEVICE_UN_ENROLLED);
    }

    /** {@return a builder of {@code PatchSoftwareTitleUpdated}, filled realistically} */
    public PatchSoftwareTitleUpdated.Builder patchSoftwareTitleUpdated() {
        int id = 1 + random.nextInt(100);
        return webhook(PatchSoftwareTitleUpdated.builder(), WebhookEventType.PATCH_SOFTWARE_TITLE_UPDATED)
                .jssId(id).name(pick(PATCH_TITLES)).latestVersion((100 + random.nextInt(40)) + ".0." + digits(4))
                .lastUpdate(now().minus(Duration.ofMinutes(random.nextInt(120))))
                .reportUrl("https://jamf.example.com/patch.html?id=" + id + "&o=r");
    }

    /** {@return a builder of {@code PushSent}, filled realistically} */
    public PushSent.Builder pushSent() {
        return webhook(PushSent.builder(), WebhookEventType.PUSH_SENT).managementId(uuid())
                .type(random.nextBoolean() ? "Computer" : "MobileDevice");
    }

    /** {@return a builder of {@code RestAPIOperation}, filled realistically} */
    public RestApiOperation.Builder restApiOperation() {
        String type = pick(OBJECT_TYPES);
        return webhook(RestApiOperation.builder(), WebhookEventType.REST_API_OPERATION)
                .authorizedUsername("api-automation").objectId(1 + random.nextInt(900))
                .objectName(type.equals("Computer") ? computer().build().deviceName().orElseThrow()
                        : type + " " + digits(2))
                .objectTypeName(type).operationSuccessful(true)
                .restApiOperationType(List.of("POST", "PUT", "DELETE").get(random.nextInt(3)));
    }

    /**
     * No field: this event's fields are not confirmed (see {@link ScepChallenge}); add them with {@code
     * eventField}.
     *
     * @return a builder of {@code SCEPChallenge} with only its {@code webhook} object filled
     */
    public OpenEventBuilder<ScepChallenge> scepChallenge() {
        return webhook(ScepChallenge.builder(), WebhookEventType.SCEP_CHALLENGE);
    }

    /**
     * Two computers joined the group and one left.
     *
     * @return a builder of {@code SmartGroupComputerMembershipChange}, filled realistically
     */
    public SmartGroupDeviceEventBuilder<SmartGroupComputerMembershipChange, WebhookComputer>
            smartGroupComputerMembershipChange() {
        return webhook(SmartGroupComputerMembershipChange.builder(),
                WebhookEventType.SMART_GROUP_COMPUTER_MEMBERSHIP_CHANGE)
                .groupName("macOS " + pick(MACOS).version() + " or later").groupId(1 + random.nextInt(80))
                .members(List.of(computer().build(), computer().build()), List.of(computer().build()));
    }

    /**
     * One mobile device joined the group and one left.
     *
     * @return a builder of {@code SmartGroupMobileDeviceMembershipChange}, filled realistically
     */
    public SmartGroupDeviceEventBuilder<SmartGroupMobileDeviceMembershipChange, WebhookMobileDevice>
            smartGroupMobileDeviceMembershipChange() {
        return webhook(SmartGroupMobileDeviceMembershipChange.builder(),
                WebhookEventType.SMART_GROUP_MOBILE_DEVICE_MEMBERSHIP_CHANGE)
                .groupName("Supervised iPads").groupId(1 + random.nextInt(80))
                .members(List.of(mobileDevice().build()), List.of(mobileDevice().build()));
    }

    /** {@return a builder of {@code SmartGroupUserMembershipChange}, filled realistically} */
    public SmartGroupUserMembershipChange.Builder smartGroupUserMembershipChange() {
        return webhook(SmartGroupUserMembershipChange.builder(), WebhookEventType.SMART_GROUP_USER_MEMBERSHIP_CHANGE)
                .groupName(pick(DEPARTMENTS) + " users").groupId(1 + random.nextInt(80))
                .groupAddedUserIds(List.of(1 + random.nextInt(300), 301 + random.nextInt(300)))
                .groupRemovedUserIds(List.of(601 + random.nextInt(300)));
    }

    /**
     * A builder of the event {@code type}, filled like the method of that name.
     *
     * @param type the event type
     * @return a builder of that event, filled realistically
     */
    public WebhookEventBuilder<?, ?> builder(WebhookEventType type) {
        return switch (type) {
            case COMPUTER_ADDED -> computerAdded();
            case COMPUTER_CHECK_IN -> computerCheckIn();
            case COMPUTER_INVENTORY_COMPLETED -> computerInventoryCompleted();
            case COMPUTER_PATCH_POLICY_COMPLETED -> computerPatchPolicyCompleted();
            case COMPUTER_POLICY_FINISHED -> computerPolicyFinished();
            case COMPUTER_PUSH_CAPABILITY_CHANGED -> computerPushCapabilityChanged();
            case DEVICE_ADDED_TO_DEP -> deviceAddedToDep();
            case DEVICE_RATE_LIMITED -> deviceRateLimited();
            case JSS_SHUTDOWN -> jssShutdown();
            case JSS_STARTUP -> jssStartup();
            case MOBILE_DEVICE_CHECK_IN -> mobileDeviceCheckIn();
            case MOBILE_DEVICE_COMMAND_COMPLETED -> mobileDeviceCommandCompleted();
            case MOBILE_DEVICE_ENROLLED -> mobileDeviceEnrolled();
            case MOBILE_DEVICE_INVENTORY_COMPLETED -> mobileDeviceInventoryCompleted();
            case MOBILE_DEVICE_PUSH_SENT -> mobileDevicePushSent();
            case MOBILE_DEVICE_UN_ENROLLED -> mobileDeviceUnEnrolled();
            case PATCH_SOFTWARE_TITLE_UPDATED -> patchSoftwareTitleUpdated();
            case PUSH_SENT -> pushSent();
            case REST_API_OPERATION -> restApiOperation();
            case SCEP_CHALLENGE -> scepChallenge();
            case SMART_GROUP_COMPUTER_MEMBERSHIP_CHANGE -> smartGroupComputerMembershipChange();
            case SMART_GROUP_MOBILE_DEVICE_MEMBERSHIP_CHANGE -> smartGroupMobileDeviceMembershipChange();
            case SMART_GROUP_USER_MEMBERSHIP_CHANGE -> smartGroupUserMembershipChange();
        };
    }

    /** {@return one built event of each of the 23 types, in {@link WebhookEventType} order} */
    public List<WebhookEvent> oneOfEach() {
        List<WebhookEvent> events = new ArrayList<>();
        for (WebhookEventType type : WebhookEventType.values()) {
            events.add(builder(type).build());
        }
        return events;
    }

    private <E extends WebhookEvent, B extends WebhookEventBuilder<E, B>> B webhook(B builder, WebhookEventType type) {
        return builder.webhookId(1 + random.nextInt(40)).webhookName(type.eventName() + " to automation")
                .eventTimestamp(now());
    }

    private <E extends WebhookEvent> MobileDeviceEventBuilder<E> mobile(MobileDeviceEventBuilder<E> builder,
                                                                        WebhookEventType type) {
        return webhook(builder, type).mobileDevice(mobileDevice().build());
    }

    private <E extends WebhookEvent> JssEventBuilder<E> server(JssEventBuilder<E> builder) {
        return builder.hostAddress("10.0." + random.nextInt(256) + "." + (1 + random.nextInt(254)))
                .institution("Example Corp").clusterMaster(true).jssUrl("https://jamf.example.com/")
                .webApplicationPath("/usr/local/jss/tomcat/webapps/ROOT");
    }

    private <B extends WebhookDevice.Builder<?, B>> B user(B builder, String first, String last) {
        String account = java.text.Normalizer.normalize((first + "." + last).toLowerCase(Locale.ROOT),
                java.text.Normalizer.Form.NFD).replaceAll("[^a-z.]", "");
        return builder.userDirectoryId("-1").username(account).realName(first + " " + last)
                .emailAddress(account + "@example.com").phone("+1 555 01" + digits(2)).position(pick(POSITIONS))
                .department(pick(DEPARTMENTS)).building(pick(BUILDINGS))
                .room(random.nextInt(4) == 0 ? "" : (1 + random.nextInt(4)) + "." + digits(2));
    }

    /** Timestamps are whole milliseconds, as Jamf sends them. */
    private Instant now() {
        return Instant.ofEpochMilli(clock.millis());
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private String mac() {
        StringBuilder mac = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            mac.append(i == 0 ? "" : ":").append(hex(2));
        }
        return mac.toString();
    }

    private String hex(int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append(HEX.charAt(random.nextInt(16)));
        }
        return text.toString();
    }

    private String digits(int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }

    /** Apple silicon Macs have 10-character randomized serials; Intel Macs 12 characters from C02. */
    private String serial(boolean appleSilicon) {
        StringBuilder serial = new StringBuilder(appleSilicon ? "" : "C02");
        if (appleSilicon) {
            serial.append(SERIAL_CHARS.charAt(random.nextInt(18)));
        }
        while (serial.length() < (appleSilicon ? 10 : 12)) {
            serial.append(SERIAL_CHARS.charAt(random.nextInt(SERIAL_CHARS.length())));
        }
        return serial.toString();
    }
}
