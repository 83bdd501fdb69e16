package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The JSON of the computer inventory records ({@code /api/v1..v4/computers-inventory}): {@code id}
 * and {@code udid} always, each requested section filled, the others {@code null}.
 */
final class InventoryJson {
    /** The {@code section} values and their JSON members, in Jamf's order. */
    enum Section {
        GENERAL("general", false), DISK_ENCRYPTION("diskEncryption", false), PURCHASING("purchasing", false),
        APPLICATIONS("applications", true), STORAGE("storage", false), USER_AND_LOCATION("userAndLocation", false),
        CONFIGURATION_PROFILES("configurationProfiles", true), PRINTERS("printers", true), SERVICES("services", true),
        HARDWARE("hardware", false), LOCAL_USER_ACCOUNTS("localUserAccounts", true), CERTIFICATES("certificates", true),
        ATTACHMENTS("attachments", true), PLUGINS("plugins", true), PACKAGE_RECEIPTS("packageReceipts", false),
        FONTS("fonts", true), SECURITY("security", false), OPERATING_SYSTEM("operatingSystem", false),
        LICENSED_SOFTWARE("licensedSoftware", true), IBEACONS("ibeacons", true), SOFTWARE_UPDATES("softwareUpdates", true),
        EXTENSION_ATTRIBUTES("extensionAttributes", true), CONTENT_CACHING("contentCaching", false),
        GROUP_MEMBERSHIPS("groupMemberships", true);

        final String member;
        final boolean list;

        Section(String member, boolean list) {
            this.member = member;
            this.list = list;
        }

        /** The section named {@code name} (case-insensitive), or null. */
        static Section of(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    private InventoryJson() {
    }

    /**
     * One record as an operation shows it: every field of every version of Jamf's computer inventory
     * for the sections asked (others {@code null}), the computer's stored changes laid over them, then
     * shown in the shape of {@code schema} ({@code ComputerInventoryV4} drops v1's
     * {@code lastContactTime}, v1 drops v4's {@code lastCheckIn}). Encoded once per computer, schema and
     * section set: serving a page is then a copy.
     */
    static byte[] encoded(SimulatedComputer computer, Set<Section> sections, String schemaName,
                          Function<JsonObject, JsonElement> show) {
        Set<Section> asked = sections instanceof EnumSet<Section> e ? e : EnumSet.copyOf(sections);
        Key key = new Key(schemaName, asked);
        byte[] bytes = computer.cachedJson(key);
        if (bytes == null) {
            JsonObject all = superset(computer, asked);
            bytes = show.apply(all).toString().getBytes(StandardCharsets.UTF_8);
            computer.cacheJson(new Key(schemaName, EnumSet.copyOf(asked)), bytes);
        }
        return bytes;
    }

    private record Key(String schema, Set<Section> sections) {
    }

    /** {@code {"totalCount": n, "results": [...]}} from records already encoded. */
    static byte[] page(long totalCount, List<byte[]> records) {
        int size = 64;
        for (byte[] record : records) {
            size += record.length + 1;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(("{\"totalCount\":" + totalCount + ",\"results\":[").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < records.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(records.get(i));
        }
        out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Every field the simulator knows, for the sections asked, with the computer's stored changes. */
    static JsonObject superset(SimulatedComputer c, Set<Section> sections) {
        JsonObject o = new JsonObject();
        put(o, "id", Integer.toString(c.id()));
        put(o, "udid", c.udid());
        for (Section section : Section.values()) {
            if (!sections.contains(section)) {
                o.add(section.member, JsonNull.INSTANCE);
                continue;
            }
            JsonElement value = switch (section) {
                case GENERAL -> general(c);
                case HARDWARE -> hardware(c);
                case OPERATING_SYSTEM -> operatingSystem(c);
                case USER_AND_LOCATION -> userAndLocation(c);
                case DISK_ENCRYPTION -> diskEncryption(c);
                case PURCHASING -> purchasing();
                case SECURITY -> security(c);
                case STORAGE -> {
                    JsonObject storage = new JsonObject();
                    put(storage, "bootDriveAvailableSpaceMegabytes", 120_000 + (c.id() * 7919L) % 300_000);
                    storage.add("disks", new JsonArray());
                    yield storage;
                }
                case PACKAGE_RECEIPTS -> {
                    JsonObject receipts = new JsonObject();
                    receipts.add("installedByJamfPro", new JsonArray());
                    receipts.add("installedByInstallerSwu", new JsonArray());
                    receipts.add("cached", new JsonArray());
                    yield receipts;
                }
                case CONTENT_CACHING -> JsonNull.INSTANCE;
                default -> new JsonArray(); // list sections: none simulated
            };
            JsonObject changes = c.changes();
            if (changes != null && changes.has(section.member)) {
                value = JsonMerge.overlay(value, changes.get(section.member));
            }
            o.add(section.member, value);
        }
        return o;
    }

    private static void put(JsonObject o, String name, String value) {
        o.add(name, value == null ? JsonNull.INSTANCE : new JsonPrimitive(value));
    }

    private static void put(JsonObject o, String name, Number value) {
        o.add(name, value == null ? JsonNull.INSTANCE : new JsonPrimitive(value));
    }

    private static void put(JsonObject o, String name, boolean value) {
        o.add(name, new JsonPrimitive(value));
    }

    private static JsonObject general(SimulatedComputer c) {
        JsonObject o = new JsonObject();
        put(o, "name", c.name());
        put(o, "lastIpAddress", c.ipAddress());
        put(o, "lastReportedIp", c.lastReportedIp());
        put(o, "lastReportedIpV4", c.lastReportedIp());
        o.add("lastReportedIpV6", JsonNull.INSTANCE);
        put(o, "jamfBinaryVersion", c.jamfBinaryVersion());
        put(o, "platform", c.platform());
        o.add("barcode1", JsonNull.INSTANCE);
        o.add("barcode2", JsonNull.INSTANCE);
        put(o, "assetTag", c.assetTag());
        JsonObject remote = new JsonObject();
        put(remote, "managed", c.managed());
        put(remote, "managementUsername", c.managementUsername());
        o.add("remoteManagement", remote);
        put(o, "supervised", c.supervised());
        JsonObject mdm = new JsonObject();
        put(mdm, "capable", c.mdmCapable());
        JsonArray capableUsers = new JsonArray();
        if (c.mdmCapable() && c.username() != null) {
            capableUsers.add(c.username());
        }
        mdm.add("capableUsers", capableUsers);
        o.add("mdmCapable", mdm);
        put(o, "reportDate", date(c.reportDate()));
        put(o, "lastContactTime", date(c.lastContactTime()));
        put(o, "lastCheckIn", date(c.lastContactTime()));
        put(o, "lastContact", date(c.lastContactTime()));
        o.add("lastCloudBackupDate", JsonNull.INSTANCE);
        put(o, "lastEnrolledDate", date(c.lastEnrolledDate()));
        put(o, "mdmProfileExpiration", date(c.lastEnrolledDate().plus(730, ChronoUnit.DAYS)));
        put(o, "initialEntryDate", c.initialEntryDate().toString());
        o.add("distributionPoint", JsonNull.INSTANCE);
        o.add("enrollmentMethod", JsonNull.INSTANCE);
        JsonObject site = new JsonObject();
        put(site, "id", "-1");
        put(site, "name", "None");
        o.add("site", site);
        put(o, "itunesStoreAccountActive", false);
        put(o, "enrolledViaAutomatedDeviceEnrollment", c.enrolledViaAutomatedDeviceEnrollment());
        put(o, "userApprovedMdm", c.userApprovedMdm());
        put(o, "declarativeDeviceManagementEnabled", c.appleSilicon());
        o.add("extensionAttributes", new JsonArray());
        put(o, "managementId", c.managementId());
        put(o, "lastLoggedInUsernameSelfService", c.username());
        put(o, "lastLoggedInUsernameSelfServiceTimestamp", c.username() == null ? null : date(c.reportDate()));
        put(o, "lastLoggedInUsernameBinary", c.username());
        put(o, "lastLoggedInUsernameBinaryTimestamp", c.username() == null ? null : date(c.lastContactTime()));
        return o;
    }

    private static JsonObject hardware(SimulatedComputer c) {
        JsonObject o = new JsonObject();
        put(o, "make", c.make());
        put(o, "model", c.model());
        put(o, "modelIdentifier", c.modelIdentifier());
        put(o, "serialNumber", c.serialNumber());
        put(o, "processorSpeedMhz", c.appleSilicon() ? 0 : 2400);
        put(o, "processorCount", 1);
        put(o, "coreCount", c.coreCount());
        put(o, "processorType", c.processorType());
        put(o, "processorArchitecture", c.processorArchitecture());
        put(o, "busSpeedMhz", 0);
        put(o, "cacheSizeKilobytes", 0);
        put(o, "networkAdapterType", "Ethernet");
        put(o, "macAddress", c.macAddress());
        put(o, "altNetworkAdapterType", c.altMacAddress() == null ? null : "IEEE80211");
        put(o, "altMacAddress", c.altMacAddress());
        put(o, "totalRamMegabytes", c.totalRamMegabytes());
        put(o, "openRamSlots", 0);
        put(o, "batteryCapacityPercent", c.model().startsWith("MacBook") ? 80 + c.id() % 21 : null);
        put(o, "batteryHealth", c.model().startsWith("MacBook") ? "NORMAL" : "UNKNOWN");
        o.add("smcVersion", JsonNull.INSTANCE);
        put(o, "nicSpeed", "n/a");
        o.add("opticalDrive", JsonNull.INSTANCE);
        put(o, "bootRom", c.appleSilicon() ? "11881.41.5" : "2069.0.0.0.0 (iBridge: 22.16.10353.0.0,0)");
        put(o, "bleCapable", true);
        put(o, "supportsIosAppInstalls", c.appleSilicon());
        put(o, "appleSilicon", c.appleSilicon());
        put(o, "provisioningUdid", c.appleSilicon() ? c.udid() : null);
        o.add("extensionAttributes", new JsonArray());
        return o;
    }

    private static JsonObject operatingSystem(SimulatedComputer c) {
        JsonObject o = new JsonObject();
        put(o, "name", c.osName());
        put(o, "version", c.osVersion());
        put(o, "build", c.osBuild());
        put(o, "supplementalBuildVersion", c.osBuild());
        o.add("rapidSecurityResponse", JsonNull.INSTANCE);
        put(o, "activeDirectoryStatus", "Not Bound");
        put(o, "fileVault2Status", c.fileVault2Status());
        put(o, "softwareUpdateDeviceId", c.appleSilicon() ? "J413AP" : "Mac-" + c.modelIdentifier());
        o.add("extensionAttributes", new JsonArray());
        return o;
    }

    private static JsonObject userAndLocation(SimulatedComputer c) {
        JsonObject o = new JsonObject();
        put(o, "username", c.username());
        put(o, "realname", c.realName());
        put(o, "email", c.email());
        put(o, "position", c.position());
        put(o, "phone", c.phone());
        put(o, "departmentId", c.departmentId());
        put(o, "buildingId", c.buildingId());
        put(o, "room", c.room());
        o.add("extensionAttributes", new JsonArray());
        return o;
    }

    private static JsonObject diskEncryption(SimulatedComputer c) {
        boolean encrypted = "ALL_ENCRYPTED".equals(c.fileVault2Status());
        JsonObject o = new JsonObject();
        JsonObject boot = new JsonObject();
        put(boot, "partitionName", "Macintosh HD (Boot Partition)");
        put(boot, "partitionFileVault2State", encrypted ? "ENCRYPTED" : "UNENCRYPTED");
        put(boot, "partitionFileVault2Percent", encrypted ? 100 : 0);
        o.add("bootPartitionEncryptionDetails", boot);
        put(o, "individualRecoveryKeyValidityStatus", encrypted ? "VALID" : "NOT_APPLICABLE");
        put(o, "institutionalRecoveryKeyPresent", false);
        put(o, "diskEncryptionConfigurationName", encrypted ? "FileVault" : null);
        put(o, "fileVault2Enabled", encrypted);
        JsonArray users = new JsonArray();
        if (encrypted && c.username() != null) {
            users.add(c.username());
        }
        o.add("fileVault2EnabledUserNames", users);
        put(o, "fileVault2EligibilityMessage", "Eligible");
        return o;
    }

    private static JsonObject purchasing() {
        JsonObject o = new JsonObject();
        put(o, "leased", false);
        put(o, "purchased", true);
        o.add("poNumber", JsonNull.INSTANCE);
        o.add("poDate", JsonNull.INSTANCE);
        o.add("vendor", JsonNull.INSTANCE);
        o.add("warrantyDate", JsonNull.INSTANCE);
        o.add("appleCareId", JsonNull.INSTANCE);
        o.add("leaseDate", JsonNull.INSTANCE);
        o.add("purchasePrice", JsonNull.INSTANCE);
        put(o, "lifeExpectancy", 4);
        o.add("purchasingAccount", JsonNull.INSTANCE);
        o.add("purchasingContact", JsonNull.INSTANCE);
        o.add("extensionAttributes", new JsonArray());
        return o;
    }

    private static JsonObject security(SimulatedComputer c) {
        JsonObject o = new JsonObject();
        put(o, "sipStatus", "ENABLED");
        put(o, "gatekeeperStatus", "APP_STORE_AND_IDENTIFIED_DEVELOPERS");
        put(o, "xprotectVersion", "5287");
        put(o, "autoLoginDisabled", true);
        put(o, "remoteDesktopEnabled", false);
        put(o, "activationLockEnabled", c.appleSilicon() && c.id() % 3 == 0);
        put(o, "recoveryLockEnabled", false);
        put(o, "firewallEnabled", c.id() % 4 != 0);
        put(o, "secureBootLevel", c.appleSilicon() ? "FULL_SECURITY" : "NOT_SUPPORTED");
        put(o, "externalBootLevel", c.appleSilicon() ? "NOT_SUPPORTED" : "ALLOW_BOOTING_FROM_EXTERNAL_MEDIA");
        put(o, "bootstrapTokenAllowed", c.appleSilicon());
        put(o, "bootstrapTokenEscrowedStatus", c.managed() ? "ESCROWED" : "NOT_ESCROWED");
        return o;
    }

    static String date(Instant instant) {
        return instant == null ? null : MILLIS.format(instant);
    }

    /** Every section: what {@code /computers-inventory-detail} serves. */
    static Set<Section> allSections() {
        return EnumSet.allOf(Section.class);
    }
}
