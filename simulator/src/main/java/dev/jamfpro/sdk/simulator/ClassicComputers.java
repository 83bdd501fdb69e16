package dev.jamfpro.sdk.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The Classic {@code computers} resource over the simulated fleet, so that the Classic API and every
 * version of the Pro inventory show the same computers. A {@code PUT} changes what the fleet models
 * (name, asset tag, management, location) and keeps everything else it sent, so what was written is
 * what is read; {@code id/0} adds a computer to the fleet.
 */
final class ClassicComputers {
    /** Elements a PUT applies to the fleet (the fleet's value is then the one shown). */
    private static final Set<String> MODELLED = Set.of("general/name", "general/asset_tag",
            "general/remote_management/managed", "general/remote_management/management_username", "location/username",
            "location/realname", "location/real_name", "location/email_address", "location/position", "location/phone",
            "location/phone_number", "location/room", "location/department", "location/building");

    private final Fleet fleet;
    private final Directory directory;
    private final long seed;
    /** What PUTs sent that the fleet does not model, by computer id. */
    private final Map<Integer, XmlNode> kept = new ConcurrentHashMap<>();

    ClassicComputers(Fleet fleet, Directory directory, long seed) {
        this.fleet = fleet;
        this.directory = directory;
        this.seed = seed;
    }

    String list() {
        return ClassicXml.list(fleet.all());
    }

    /** {@code computers/subset/basic}: the list with the fields Jamf's basic subset has. */
    String basicList() {
        StringBuilder xml = new StringBuilder(ClassicXml.PROLOG).append("<computers><size>").append(fleet.size())
                .append("</size>");
        for (SimulatedComputer c : fleet.all()) {
            XmlNode item = new XmlNode("computer");
            item.set("id", Integer.toString(c.id()));
            item.set("name", c.name());
            item.set("managed", Boolean.toString(c.managed()));
            item.set("username", nullToEmpty(c.username()));
            item.set("model", c.model());
            item.set("department", nullToEmpty(c.department()));
            item.set("building", nullToEmpty(c.building()));
            item.set("mac_address", c.macAddress());
            item.set("udid", c.udid());
            item.set("serial_number", c.serialNumber());
            item.set("report_date_utc", ClassicXml.utc(c.reportDate()));
            item.set("report_date_epoch", Long.toString(c.reportDate().toEpochMilli()));
            item.write(xml);
        }
        return xml.append("</computers>").toString();
    }

    /** The computers a lookup finds ({@code id}, {@code name}, {@code serialnumber}, {@code udid}, {@code macaddress}). */
    List<SimulatedComputer> find(String key, String value) {
        Predicate<SimulatedComputer> test = switch (key.toLowerCase(Locale.ROOT)) {
            case "id" -> c -> Integer.toString(c.id()).equals(value.trim());
            case "name" -> c -> c.name().equalsIgnoreCase(value);
            case "serialnumber" -> c -> c.serialNumber().equalsIgnoreCase(value);
            case "udid" -> c -> c.udid().equalsIgnoreCase(value);
            case "macaddress" -> c -> sameMac(c.macAddress(), value) || (c.altMacAddress() != null
                    && sameMac(c.altMacAddress(), value));
            default -> null;
        };
        if (test == null) {
            return List.of();
        }
        if (key.equalsIgnoreCase("id")) {
            try {
                return fleet.byId(Integer.parseInt(value.trim())).map(List::of).orElse(List.of());
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        return fleet.first(test).map(List::of).orElse(List.of());
    }

    /** {@code computers/match/{pattern}}: name, serial number, UDID or MAC address matching, {@code *} a wildcard. */
    String match(String pattern) {
        java.util.regex.Pattern glob = InventoryQuery.glob(pattern);
        List<SimulatedComputer> found = new ArrayList<>();
        for (SimulatedComputer c : fleet.all()) {
            if (glob.matcher(c.name()).matches() || glob.matcher(c.serialNumber()).matches()
                    || glob.matcher(c.udid()).matches() || glob.matcher(c.macAddress()).matches()) {
                found.add(c);
            }
        }
        StringBuilder xml = new StringBuilder(ClassicXml.PROLOG).append("<computers><size>").append(found.size())
                .append("</size>");
        for (SimulatedComputer c : found) {
            XmlNode item = new XmlNode("computer");
            item.set("id", Integer.toString(c.id()));
            item.set("name", c.name());
            item.set("udid", c.udid());
            item.set("serial_number", c.serialNumber());
            item.set("mac_address", c.macAddress());
            item.set("alt_mac_address", nullToEmpty(c.altMacAddress()));
            item.set("asset_tag", nullToEmpty(c.assetTag()));
            item.set("username", nullToEmpty(c.username()));
            item.set("realname", nullToEmpty(c.realName()));
            item.set("email", nullToEmpty(c.email()));
            item.set("building_name", nullToEmpty(c.building()));
            item.set("department_name", nullToEmpty(c.department()));
            item.write(xml);
        }
        return xml.append("</computers>").toString();
    }

    /** The record (or the subsets asked), with what earlier PUTs kept. */
    byte[] record(SimulatedComputer c, List<String> subsets) {
        XmlNode kept = this.kept.get(c.id());
        Set<String> lower = null;
        if (subsets != null && !subsets.isEmpty()) {
            lower = new java.util.HashSet<>();
            for (String s : subsets) {
                String name = s.trim().toLowerCase(Locale.ROOT);
                if (ClassicXml.SUBSETS.contains(name)) {
                    lower.add(name);
                }
            }
        }
        if (kept == null) {
            return ClassicXml.computerBytes(c, lower);
        }
        XmlNode full = XmlNode.parse(ClassicXml.computer(c, null));
        full.merge(kept);
        return ClassicEngine.subset(full, subsets).toXml().getBytes(StandardCharsets.UTF_8);
    }

    /** Jamf's {@code PUT}: an error page, or null when applied. */
    SimResponse update(SimulatedComputer c, XmlNode body) {
        SimulatedComputer.Builder b = c.toBuilder();
        String problem = apply(b, body);
        if (problem != null) {
            return ClassicEngine.conflict(problem);
        }
        Optional<SimulatedComputer> updated = fleet.update(c.id(), old -> b.build(), FleetEvent.Type.COMPUTER_CHANGED);
        if (updated.isEmpty()) {
            return ClassicEngine.notFound();
        }
        keep(c.id(), body);
        return null;
    }

    /** {@code id/0}: a new computer of the fleet; its id, or an error page. */
    Object create(XmlNode body) {
        String name = body.textAt("general/name");
        if (name == null || name.isBlank()) {
            return ClassicEngine.conflict("Error: Computer name is required");
        }
        String problem = apply(FleetSeeder.one(1, seed).toBuilder(), body);
        if (problem != null) {
            return ClassicEngine.conflict(problem);
        }
        SimulatedComputer added = fleet.add(id -> {
            SimulatedComputer.Builder b = FleetSeeder.one(id, seed).toBuilder();
            apply(b, body);
            String serial = body.textAt("general/serial_number");
            if (serial != null && !serial.isEmpty()) {
                b.serialNumber = serial;
            }
            String udid = body.textAt("general/udid");
            if (udid != null && !udid.isEmpty()) {
                b.udid = udid;
            }
            String mac = body.textAt("general/mac_address");
            if (mac != null && !mac.isEmpty()) {
                b.macAddress = mac;
            }
            return b.build();
        });
        keep(added.id(), body);
        return added.id();
    }

    boolean delete(SimulatedComputer c) {
        if (!fleet.delete(c.id())) {
            return false;
        }
        kept.remove(c.id());
        return true;
    }

    private void keep(int id, XmlNode body) {
        XmlNode rest = body.copy();
        List<String> dropped = new ArrayList<>(MODELLED);
        dropped.addAll(List.of("general/id", "general/serial_number", "general/udid", "general/mac_address"));
        for (String path : dropped) {
            String[] parts = path.split("/");
            XmlNode parent = rest;
            List<XmlNode> chain = new ArrayList<>();
            for (int i = 0; i < parts.length - 1 && parent != null; i++) {
                chain.add(parent);
                parent = parent.child(parts[i]);
            }
            if (parent == null || !parent.children().removeIf(n -> n.name().equals(parts[parts.length - 1]))) {
                continue;
            }
            // a section left empty by the removal was not sent empty: it must not clear the record's
            for (int i = chain.size() - 1; i >= 0 && parent.children().isEmpty(); i--) {
                XmlNode emptied = parent;
                chain.get(i).children().remove(emptied);
                parent = chain.get(i);
            }
        }
        kept.compute(id, (k, old) -> {
            XmlNode merged = old == null ? new XmlNode("computer") : old;
            merged.merge(rest);
            return merged;
        });
    }

    /** The fleet fields a Classic body sets; a problem text, or null. */
    private String apply(SimulatedComputer.Builder b, XmlNode body) {
        for (String path : MODELLED) {
            XmlNode node = body.at(path);
            if (node == null || !node.isLeaf()) {
                continue;
            }
            String v = node.text().strip();
            String orNull = v.isEmpty() ? null : v;
            switch (path) {
                case "general/name" -> {
                    if (v.isEmpty()) {
                        return "Error: Computer name is required";
                    }
                    b.name = v;
                }
                case "general/asset_tag" -> b.assetTag = orNull;
                case "general/remote_management/managed" -> b.managed = Boolean.parseBoolean(v);
                case "general/remote_management/management_username" -> b.managementUsername = orNull;
                case "location/username" -> b.username = orNull;
                case "location/realname", "location/real_name" -> b.realName = orNull;
                case "location/email_address" -> b.email = orNull;
                case "location/position" -> b.position = orNull;
                case "location/phone", "location/phone_number" -> b.phone = orNull;
                case "location/room" -> b.room = orNull;
                case "location/department" -> {
                    Optional<String> id = directory.departmentId(v);
                    if (!v.isEmpty() && id.isEmpty() && directory.knowsDepartments()) {
                        return "Error: Problem with department in location";
                    }
                    b.department = orNull;
                    b.departmentId = id.orElse(null);
                }
                case "location/building" -> {
                    Optional<String> id = directory.buildingId(v);
                    if (!v.isEmpty() && id.isEmpty() && directory.knowsBuildings()) {
                        return "Error: Problem with building in location";
                    }
                    b.building = orNull;
                    b.buildingId = id.orElse(null);
                }
                default -> {
                    // not a fleet field
                }
            }
        }
        return null;
    }

    private static boolean sameMac(String a, String b) {
        return a.replace(":", "").replace("-", "").equalsIgnoreCase(b.replace(":", "").replace("-", ""));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
