package dev.jamfpro.sdk.simulator;

import com.google.gson.stream.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The JSON of {@code /api/v1/computers-inventory} records, in the shape of Jamf's
 * {@code ComputerInventory}: {@code id} and {@code udid} always, each requested section filled, the
 * others {@code null}.
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

    /** {@code {"totalCount": n, "results": [...]}}, from each record's cached encoding. */
    static byte[] page(long totalCount, List<SimulatedComputer> results, Set<Section> sections) {
        byte[][] records = new byte[results.size()][];
        int size = 64;
        for (int i = 0; i < records.length; i++) {
            records[i] = encoded(results.get(i), sections);
            size += records[i].length + 1;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(("{\"totalCount\":" + totalCount + ",\"results\":[").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < records.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(records[i]);
        }
        out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** One record. */
    static byte[] one(SimulatedComputer computer, Set<Section> sections) {
        return encoded(computer, sections);
    }

    /** A record's JSON, encoded once per computer and section set: serving a page is then a copy. */
    private static byte[] encoded(SimulatedComputer computer, Set<Section> sections) {
        Set<Section> key = sections instanceof EnumSet<Section> e ? e : EnumSet.copyOf(sections);
        byte[] bytes = computer.cachedJson(key);
        if (bytes == null) {
            bytes = write(json -> computer(json, computer, key));
            computer.cacheJson(EnumSet.copyOf(key), bytes);
        }
        return bytes;
    }

    private interface Body {
        void write(JsonWriter json) throws IOException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8); JsonWriter json = new JsonWriter(writer)) {
            json.setSerializeNulls(true);
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void computer(JsonWriter json, SimulatedComputer c, Set<Section> sections) throws IOException {
        json.beginObject();
        json.name("id").value(Integer.toString(c.id()));
        json.name("udid").value(c.udid());
        for (Section section : Section.values()) {
            json.name(section.member);
            if (!sections.contains(section)) {
                json.nullValue();
                continue;
            }
            switch (section) {
                case GENERAL -> general(json, c);
                case HARDWARE -> hardware(json, c);
                case OPERATING_SYSTEM -> operatingSystem(json, c);
                case USER_AND_LOCATION -> userAndLocation(json, c);
                case DISK_ENCRYPTION -> diskEncryption(json, c);
                case PURCHASING -> purchasing(json);
                case SECURITY -> security(json, c);
                case STORAGE -> {
                    json.beginObject();
                    json.name("bootDriveAvailableSpaceMegabytes").value(120_000 + (c.id() * 7919L) % 300_000);
                    json.name("disks").beginArray().endArray();
                    json.endObject();
                }
                case PACKAGE_RECEIPTS -> {
                    json.beginObject();
                    json.name("installedByJamfPro").beginArray().endArray();
                    json.name("installedByInstallerSwu").beginArray().endArray();
                    json.name("cached").beginArray().endArray();
                    json.endObject();
                }
                case CONTENT_CACHING -> json.nullValue();
                default -> json.beginArray().endArray(); // list sections: none simulated
            }
        }
        json.endObject();
    }

    private static void general(JsonWriter json, SimulatedComputer c) throws IOException {
        json.beginObject();
        json.name("name").value(c.name());
        json.name("lastIpAddress").value(c.ipAddress());
        json.name("lastReportedIp").value(c.lastReportedIp());
        json.name("lastReportedIpV4").value(c.lastReportedIp());
        json.name("lastReportedIpV6").nullValue();
        json.name("jamfBinaryVersion").value(c.jamfBinaryVersion());
        json.name("platform").value(c.platform());
        json.name("barcode1").nullValue();
        json.name("barcode2").nullValue();
        json.name("assetTag").value(c.assetTag());
        json.name("remoteManagement").beginObject()
                .name("managed").value(c.managed())
                .name("managementUsername").value(c.managementUsername())
                .endObject();
        json.name("supervised").value(c.supervised());
        json.name("mdmCapable").beginObject()
                .name("capable").value(c.mdmCapable())
                .name("capableUsers").beginArray();
        if (c.mdmCapable() && c.username() != null) {
            json.value(c.username());
        }
        json.endArray().endObject();
        json.name("reportDate").value(date(c.reportDate()));
        json.name("lastContactTime").value(date(c.lastContactTime()));
        json.name("lastCloudBackupDate").nullValue();
        json.name("lastEnrolledDate").value(date(c.lastEnrolledDate()));
        json.name("mdmProfileExpiration").value(date(c.lastEnrolledDate().plus(730, ChronoUnit.DAYS)));
        json.name("initialEntryDate").value(c.initialEntryDate().toString());
        json.name("distributionPoint").nullValue();
        json.name("enrollmentMethod").nullValue();
        json.name("site").beginObject().name("id").value("-1").name("name").value("None").endObject();
        json.name("itunesStoreAccountActive").value(false);
        json.name("enrolledViaAutomatedDeviceEnrollment").value(c.enrolledViaAutomatedDeviceEnrollment());
        json.name("userApprovedMdm").value(c.userApprovedMdm());
        json.name("declarativeDeviceManagementEnabled").value(c.appleSilicon());
        json.name("extensionAttributes").beginArray().endArray();
        json.name("managementId").value(c.managementId());
        json.name("lastLoggedInUsernameSelfService").value(c.username());
        json.name("lastLoggedInUsernameSelfServiceTimestamp").value(c.username() == null ? null : date(c.reportDate()));
        json.name("lastLoggedInUsernameBinary").value(c.username());
        json.name("lastLoggedInUsernameBinaryTimestamp").value(c.username() == null ? null : date(c.lastContactTime()));
        json.endObject();
    }

    private static void hardware(JsonWriter json, SimulatedComputer c) throws IOException {
        json.beginObject();
        json.name("make").value(c.make());
        json.name("model").value(c.model());
        json.name("modelIdentifier").value(c.modelIdentifier());
        json.name("serialNumber").value(c.serialNumber());
        json.name("processorSpeedMhz").value(c.appleSilicon() ? 0 : 2400);
        json.name("processorCount").value(1);
        json.name("coreCount").value(c.coreCount());
        json.name("processorType").value(c.processorType());
        json.name("processorArchitecture").value(c.processorArchitecture());
        json.name("busSpeedMhz").value(0);
        json.name("cacheSizeKilobytes").value(0);
        json.name("networkAdapterType").value("Ethernet");
        json.name("macAddress").value(c.macAddress());
        json.name("altNetworkAdapterType").value(c.altMacAddress() == null ? null : "IEEE80211");
        json.name("altMacAddress").value(c.altMacAddress());
        json.name("totalRamMegabytes").value(c.totalRamMegabytes());
        json.name("openRamSlots").value(0);
        json.name("batteryCapacityPercent").value(c.model().startsWith("MacBook") ? 80 + c.id() % 21 : null);
        json.name("batteryHealth").value(c.model().startsWith("MacBook") ? "NORMAL" : "UNKNOWN");
        json.name("smcVersion").nullValue();
        json.name("nicSpeed").value("n/a");
        json.name("opticalDrive").nullValue();
        json.name("bootRom").value(c.appleSilicon() ? "11881.41.5" : "2069.0.0.0.0 (iBridge: 22.16.10353.0.0,0)");
        json.name("bleCapable").value(true);
        json.name("supportsIosAppInstalls").value(c.appleSilicon());
        json.name("appleSilicon").value(c.appleSilicon());
        json.name("provisioningUdid").value(c.appleSilicon() ? c.udid() : null);
        json.name("extensionAttributes").beginArray().endArray();
        json.endObject();
    }

    private static void operatingSystem(JsonWriter json, SimulatedComputer c) throws IOException {
        json.beginObject();
        json.name("name").value(c.osName());
        json.name("version").value(c.osVersion());
        json.name("build").value(c.osBuild());
        json.name("supplementalBuildVersion").value(c.osBuild());
        json.name("rapidSecurityResponse").nullValue();
        json.name("activeDirectoryStatus").value("Not Bound");
        json.name("fileVault2Status").value(c.fileVault2Status());
        json.name("softwareUpdateDeviceId").value(c.appleSilicon() ? "J413AP" : "Mac-" + c.modelIdentifier());
        json.name("extensionAttributes").beginArray().endArray();
        json.endObject();
    }

    private static void userAndLocation(JsonWriter json, SimulatedComputer c) throws IOException {
        json.beginObject();
        json.name("username").value(c.username());
        json.name("realname").value(c.realName());
        json.name("email").value(c.email());
        json.name("position").value(c.position());
        json.name("phone").value(c.phone());
        json.name("departmentId").value(c.departmentId());
        json.name("buildingId").value(c.buildingId());
        json.name("room").value(c.room());
        json.name("extensionAttributes").beginArray().endArray();
        json.endObject();
    }

    private static void diskEncryption(JsonWriter json, SimulatedComputer c) throws IOException {
        boolean encrypted = "ALL_ENCRYPTED".equals(c.fileVault2Status());
        json.beginObject();
        json.name("bootPartitionEncryptionDetails").beginObject()
                .name("partitionName").value("Macintosh HD (Boot Partition)")
                .name("partitionFileVault2State").value(encrypted ? "ENCRYPTED" : "UNENCRYPTED")
                .name("partitionFileVault2Percent").value(encrypted ? 100 : 0)
                .endObject();
        json.name("individualRecoveryKeyValidityStatus").value(encrypted ? "VALID" : "NOT_APPLICABLE");
        json.name("institutionalRecoveryKeyPresent").value(false);
        json.name("diskEncryptionConfigurationName").value(encrypted ? "FileVault" : null);
        json.name("fileVault2Enabled").value(encrypted);
        json.name("fileVault2EnabledUserNames").beginArray();
        if (encrypted && c.username() != null) {
            json.value(c.username());
        }
        json.endArray();
        json.name("fileVault2EligibilityMessage").value("Eligible");
        json.endObject();
    }

    private static void purchasing(JsonWriter json) throws IOException {
        json.beginObject();
        json.name("leased").value(false);
        json.name("purchased").value(true);
        json.name("poNumber").nullValue();
        json.name("poDate").nullValue();
        json.name("vendor").nullValue();
        json.name("warrantyDate").nullValue();
        json.name("appleCareId").nullValue();
        json.name("leaseDate").nullValue();
        json.name("purchasePrice").nullValue();
        json.name("lifeExpectancy").value(4);
        json.name("purchasingAccount").nullValue();
        json.name("purchasingContact").nullValue();
        json.name("extensionAttributes").beginArray().endArray();
        json.endObject();
    }

    private static void security(JsonWriter json, SimulatedComputer c) throws IOException {
        json.beginObject();
        json.name("sipStatus").value("ENABLED");
        json.name("gatekeeperStatus").value("APP_STORE_AND_IDENTIFIED_DEVELOPERS");
        json.name("xprotectVersion").value("5287");
        json.name("autoLoginDisabled").value(true);
        json.name("remoteDesktopEnabled").value(false);
        json.name("activationLockEnabled").value(c.appleSilicon() && c.id() % 3 == 0);
        json.name("recoveryLockEnabled").value(false);
        json.name("firewallEnabled").value(c.id() % 4 != 0);
        json.name("secureBootLevel").value(c.appleSilicon() ? "FULL_SECURITY" : "NOT_SUPPORTED");
        json.name("externalBootLevel").value(c.appleSilicon() ? "NOT_SUPPORTED" : "ALLOW_BOOTING_FROM_EXTERNAL_MEDIA");
        json.name("bootstrapTokenAllowed").value(c.appleSilicon());
        json.name("bootstrapTokenEscrowedStatus").value(c.managed() ? "ESCROWED" : "NOT_ESCROWED");
        json.endObject();
    }

    static String date(Instant instant) {
        return instant == null ? null : MILLIS.format(instant);
    }

    /** Every section: what {@code /computers-inventory-detail} serves. */
    static Set<Section> allSections() {
        return EnumSet.allOf(Section.class);
    }
}
