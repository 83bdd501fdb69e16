package dev.jamfpro.sdk.simulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * The Classic API's XML: the {@code <computers>} list, the {@code <computer>} record (or the
 * sections a {@code /subset/...} asks for), Jamf's HTML error pages, and the reading of
 * {@code PUT} bodies (no DTDs, no external entities).
 */
final class ClassicXml {
    static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /** Subset names as Jamf spells them in {@code /subset/General&Location}, lower-cased. */
    static final Set<String> SUBSETS = Set.of("general", "location", "purchasing", "peripherals", "hardware",
            "certificates", "security", "software", "extensionattributes", "groupsaccounts", "iphones",
            "configurationprofiles");

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .withZone(ZoneOffset.UTC);

    private ClassicXml() {
    }

    static String list(List<SimulatedComputer> computers) {
        StringBuilder xml = new StringBuilder(64 + computers.size() * 64).append(PROLOG).append("<computers><size>")
                .append(computers.size()).append("</size>");
        for (SimulatedComputer c : computers) {
            xml.append("<computer><id>").append(c.id()).append("</id><name>");
            escape(xml, c.name());
            xml.append("</name></computer>");
        }
        return xml.append("</computers>").toString();
    }

    /** The record's bytes, encoded once per computer and subset choice. */
    static byte[] computerBytes(SimulatedComputer c, Set<String> subsets) {
        String key = subsets == null || subsets.isEmpty() ? "" : String.join("&", new java.util.TreeSet<>(subsets));
        byte[] bytes = c.cachedXml(key);
        if (bytes == null) {
            bytes = computer(c, subsets).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            c.cacheXml(key, bytes);
        }
        return bytes;
    }

    /** The record; {@code subsets} null or empty for every section. */
    static String computer(SimulatedComputer c, Set<String> subsets) {
        boolean all = subsets == null || subsets.isEmpty();
        StringBuilder x = new StringBuilder(4096).append(PROLOG).append("<computer>");
        if (all || subsets.contains("general")) {
            x.append("<general>");
            el(x, "id", c.id());
            el(x, "name", c.name());
            el(x, "network_adapter_type", "Ethernet");
            el(x, "mac_address", c.macAddress());
            el(x, "alt_network_adapter_type", c.altMacAddress() == null ? null : "IEEE80211");
            el(x, "alt_mac_address", c.altMacAddress());
            el(x, "ip_address", c.ipAddress());
            el(x, "last_reported_ip", c.lastReportedIp());
            el(x, "serial_number", c.serialNumber());
            el(x, "udid", c.udid());
            el(x, "jamf_version", c.jamfBinaryVersion());
            el(x, "platform", c.platform());
            el(x, "barcode_1", null);
            el(x, "barcode_2", null);
            el(x, "asset_tag", c.assetTag());
            x.append("<remote_management>");
            el(x, "managed", c.managed());
            el(x, "management_username", c.managementUsername());
            x.append("</remote_management>");
            el(x, "supervised", c.supervised());
            el(x, "mdm_capable", c.mdmCapable());
            x.append("<mdm_capable_users>");
            if (c.mdmCapable() && c.username() != null) {
                el(x, "mdm_capable_user", c.username());
            }
            x.append("</mdm_capable_users>");
            dates(x, "report_date", c.reportDate());
            dates(x, "last_contact_time", c.lastContactTime());
            Instant initial = c.initialEntryDate().atStartOfDay(ZoneOffset.UTC).toInstant();
            el(x, "initial_entry_date", c.initialEntryDate().toString());
            el(x, "initial_entry_date_epoch", initial.toEpochMilli());
            el(x, "initial_entry_date_utc", UTC.format(initial));
            dates(x, "last_enrolled_date", c.lastEnrolledDate());
            el(x, "distribution_point", null);
            el(x, "sus", null);
            el(x, "netboot_server", null);
            x.append("<site><id>-1</id><name>None</name></site>");
            el(x, "itunes_store_account_is_active", false);
            x.append("</general>");
        }
        if (all || subsets.contains("location")) {
            x.append("<location>");
            el(x, "username", c.username());
            el(x, "realname", c.realName());
            el(x, "real_name", c.realName());
            el(x, "email_address", c.email());
            el(x, "position", c.position());
            el(x, "phone", c.phone());
            el(x, "phone_number", c.phone());
            el(x, "department", c.department());
            el(x, "building", c.building());
            el(x, "room", c.room());
            x.append("</location>");
        }
        if (all || subsets.contains("purchasing")) {
            x.append("<purchasing><is_purchased>true</is_purchased><is_leased>false</is_leased><po_number/>"
                    + "<vendor/><applecare_id/><purchase_price/><purchasing_account/><po_date/><po_date_epoch>0"
                    + "</po_date_epoch><po_date_utc/><warranty_expires/><warranty_expires_epoch>0</warranty_expires_epoch>"
                    + "<warranty_expires_utc/><lease_expires/><lease_expires_epoch>0</lease_expires_epoch>"
                    + "<lease_expires_utc/><life_expectancy>4</life_expectancy><purchasing_contact/>"
                    + "<os_applecare_id/><os_maintenance_expires/><attachments/></purchasing>");
        }
        if (all || subsets.contains("peripherals")) {
            x.append("<peripherals><size>0</size></peripherals>");
        }
        if (all || subsets.contains("hardware")) {
            x.append("<hardware>");
            el(x, "make", c.make());
            el(x, "model", c.model());
            el(x, "model_identifier", c.modelIdentifier());
            el(x, "os_name", c.osName());
            el(x, "os_version", c.osVersion());
            el(x, "os_build", c.osBuild());
            el(x, "processor_type", c.processorType());
            el(x, "processor_architecture", c.processorArchitecture());
            el(x, "number_cores", c.coreCount());
            el(x, "total_ram", c.totalRamMegabytes());
            el(x, "total_ram_mb", c.totalRamMegabytes());
            el(x, "filevault2_users", null);
            el(x, "apple_silicon", c.appleSilicon());
            x.append("<storage/><mapped_printers/></hardware>");
        }
        if (all || subsets.contains("certificates")) {
            x.append("<certificates/>");
        }
        if (all || subsets.contains("security")) {
            x.append("<security><activation_lock>false</activation_lock><recovery_lock_enabled>false"
                    + "</recovery_lock_enabled><secure_boot_level>")
                    .append(c.appleSilicon() ? "full security" : "not supported")
                    .append("</secure_boot_level><external_boot_level>")
                    .append(c.appleSilicon() ? "not supported" : "allow booting from external media")
                    .append("</external_boot_level><firewall_enabled>").append(c.id() % 4 != 0)
                    .append("</firewall_enabled></security>");
        }
        if (all || subsets.contains("software")) {
            x.append("<software><unix_executables/><licensed_software/><installed_by_casper/>"
                    + "<installed_by_installer_swu/><cached_by_casper/><available_software_updates/>"
                    + "<available_updates/><running_services/><applications><size>0</size></applications>"
                    + "<fonts><size>0</size></fonts><plugins><size>0</size></plugins></software>");
        }
        if (all || subsets.contains("extensionattributes")) {
            x.append("<extension_attributes/>");
        }
        if (all || subsets.contains("groupsaccounts")) {
            x.append("<groups_accounts><computer_group_memberships/><local_accounts/><user_inventories>"
                    + "<disable_automatic_login>true</disable_automatic_login></user_inventories></groups_accounts>");
        }
        if (all || subsets.contains("iphones")) {
            x.append("<iphones/>");
        }
        if (all || subsets.contains("configurationprofiles")) {
            x.append("<configuration_profiles><size>0</size></configuration_profiles>");
        }
        return x.append("</computer>").toString();
    }

    /** {@code 2022-12-22T21:31:48.190+0000}: Jamf's {@code _utc} form of a date. */
    static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    /** {@code <computer><id>7</id></computer>}: what Jamf answers to a create, update or delete. */
    static String idOnly(int id) {
        return PROLOG + "<computer><id>" + id + "</id></computer>";
    }

    /** Jamf's HTML status page: a title paragraph and a message paragraph. */
    static String errorPage(String title, String message) {
        StringBuilder html = new StringBuilder(512).append("<html>\n<head>\n   <title>Status page</title>\n</head>\n")
                .append("<body style=\"font-family:sans-serif;\">\n")
                .append("<p style=\"font-size:1.2em;font-face:sans-serif;font-weight:bold;\">");
        escape(html, title);
        html.append("</p>\n<p style=\"font-size:1.2em;font-face:sans-serif;\">");
        escape(html, message);
        return html.append("</p>\n<p>You can get technical details <a href=\"http://www.w3.org/Protocols/rfc2616/"
                + "rfc2616-sec10.html\">here</a>.<br>\nPlease continue your visit at our <a href=\"/\">home page</a>.\n"
                + "</p>\n</body>\n</html>\n").toString();
    }

    private static void dates(StringBuilder x, String name, Instant instant) {
        el(x, name, instant == null ? null : LOCAL.format(instant));
        el(x, name + "_epoch", instant == null ? 0 : instant.toEpochMilli());
        el(x, name + "_utc", instant == null ? null : UTC.format(instant));
    }

    private static void el(StringBuilder x, String name, Object value) {
        if (value == null || (value instanceof String s && s.isEmpty())) {
            x.append('<').append(name).append("/>");
            return;
        }
        x.append('<').append(name).append('>');
        escape(x, value.toString());
        x.append("</").append(name).append('>');
    }

    static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
