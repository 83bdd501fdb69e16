package dev.jamfpro.sdk.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Makes a fleet of computers that look like a real Jamf Pro's: "Oscar's MacBook Air", Apple serial
 * numbers and UDIDs, current models and macOS builds, users with departments and buildings. The same
 * seed and size always give the same fleet (dates are relative to a fixed instant, not to now).
 */
final class FleetSeeder {
    /** "Now" for the seeded dates, so that a fleet never depends on the day it was made. */
    static final Instant REFERENCE = Instant.parse("2026-11-02T09:30:00Z");

    /** Buildings by id, as {@code /api/v1/buildings} would list them. */
    static final Map<String, String> BUILDINGS = Map.of(
            "1", "Main Office", "2", "Riverside Campus", "3", "Warehouse", "4", "Remote", "5", "Design Studio");

    /** Departments by id. */
    static final Map<String, String> DEPARTMENTS = Map.of(
            "1", "Engineering", "2", "Sales", "3", "Marketing", "4", "Finance", "5", "IT", "6", "People Operations",
            "7", "Design", "8", "Support");

    private record Model(String family, String name, String identifier, String processor, boolean appleSilicon,
                         int cores, long ramMegabytes) {
    }

    private record Os(String version, String build) {
    }

    private static final List<Model> MODELS = List.of(
            new Model("MacBook Air", "MacBook Air (M2, 2022)", "Mac14,2", "Apple M2", true, 8, 16384),
            new Model("MacBook Air", "MacBook Air (15-inch, M3, 2024)", "Mac15,13", "Apple M3", true, 8, 16384),
            new Model("MacBook Air", "MacBook Air (13-inch, M4, 2025)", "Mac16,12", "Apple M4", true, 10, 16384),
            new Model("MacBook Pro", "MacBook Pro (14-inch, M3 Pro, Nov 2023)", "Mac15,6", "Apple M3 Pro", true, 11, 18432),
            new Model("MacBook Pro", "MacBook Pro (16-inch, 2021)", "MacBookPro18,1", "Apple M1 Pro", true, 10, 32768),
            new Model("MacBook Pro", "MacBook Pro (14-inch, M4 Pro, 2024)", "Mac16,8", "Apple M4 Pro", true, 12, 24576),
            new Model("MacBook Pro", "MacBook Pro (13-inch, 2020, Four Thunderbolt 3 ports)", "MacBookPro16,2",
                    "Quad-Core Intel Core i5", false, 4, 16384),
            new Model("MacBook Pro", "MacBook Pro (16-inch, 2019)", "MacBookPro16,1", "6-Core Intel Core i7", false, 6, 16384),
            new Model("iMac", "iMac (24-inch, M3, 2023)", "Mac15,4", "Apple M3", true, 8, 8192),
            new Model("iMac", "iMac (Retina 5K, 27-inch, 2020)", "iMac20,1", "6-Core Intel Core i5", false, 6, 32768),
            new Model("Mac mini", "Mac mini (2023)", "Mac14,3", "Apple M2", true, 8, 16384),
            new Model("Mac Studio", "Mac Studio (2023)", "Mac14,13", "Apple M2 Max", true, 12, 32768));

    private static final List<Os> OS_APPLE_SILICON = List.of(new Os("15.1", "24B83"), new Os("15.2", "24C101"),
            new Os("15.3.1", "24D70"), new Os("15.0.1", "24A348"), new Os("14.7.1", "23H222"), new Os("26.1", "25B78"));
    private static final List<Os> OS_INTEL = List.of(new Os("13.7.1", "22H221"), new Os("14.7.1", "23H222"),
            new Os("15.1", "24B83"));

    private static final List<String> FIRST_NAMES = List.of("Oscar", "Chip", "Ava", "Liam", "Noah", "Emma", "Mia",
            "Lucas", "Sofia", "Mateo", "Aria", "Ethan", "Chloe", "Aiden", "Zoe", "Leo", "Nora", "Kai", "Ivy", "Omar",
            "Priya", "Arjun", "Mei", "Hiro", "Yuki", "Amara", "Kofi", "Fatima", "Hassan", "Lena", "Jonas", "Elif",
            "Mehmet", "Ingrid", "Sven", "Camille", "Hugo", "Chiara", "Marco", "Ana", "Diego", "Lucia", "Tomás", "Siobhan",
            "Declan", "Aisling", "Ngozi", "Tariq", "Rosa", "Grace", "Henry", "Isla", "Jack", "Ruby", "Theo", "Freya",
            "Felix", "Maya", "Sam", "Alex", "Jordan", "Taylor", "Morgan", "Riley", "Quinn", "Avery", "Dana", "Robin",
            "Nadia", "Pavel", "Olga", "Anya", "Dmitri", "Wei", "Jun", "Min-jun", "Seo-yeon", "Thanh", "Linh", "Kiri");
    private static final List<String> LAST_NAMES = List.of("Nguyen", "Smith", "Garcia", "Kim", "Patel", "Müller",
            "Rossi", "Silva", "O'Brien", "Johansson", "Novak", "Kowalski", "Haddad", "Okafor", "Tanaka", "Chen", "Singh",
            "Martin", "Dubois", "Andersen", "Fischer", "López", "Cohen", "Brown", "Wilson", "Taylor", "Walker", "Lee",
            "Wright", "Hughes", "Murphy", "Kelly", "Yilmaz", "Demir", "Ivanova", "Petrov", "Sato", "Park", "Tran",
            "Mensah", "Abebe", "Moreau", "Bianchi", "Santos", "Costa", "Larsen", "Virtanen", "Horvat", "Ortiz", "Reyes");
    private static final List<String> POSITIONS = List.of("Software Engineer", "Account Executive", "Designer",
            "Product Manager", "Analyst", "Support Specialist", "IT Administrator", "Recruiter", "Controller",
            "Marketing Manager", "Engineering Manager", "Data Scientist");
    private static final List<String> MAC_PREFIXES = List.of("A4:83:E7", "3C:22:FB", "F0:18:98", "8C:85:90", "14:7D:DA",
            "BC:D0:74");
    private static final String SERIAL_CHARS = "CDFGHJKLMNPQRTVWXY0123456789";
    private static final String HEX = "0123456789ABCDEF";

    private FleetSeeder() {
    }

    private static final List<String> BUILDING_IDS = BUILDINGS.keySet().stream().sorted().toList();
    private static final List<String> DEPARTMENT_IDS = DEPARTMENTS.keySet().stream().sorted().toList();

    static List<SimulatedComputer> seed(int count, long seed) {
        Random random = new Random(seed);
        Set<String> serials = new HashSet<>();
        Set<String> udids = new HashSet<>();
        List<SimulatedComputer> fleet = new ArrayList<>(count);
        for (int id = 1; id <= count; id++) {
            fleet.add(make(id, random, serials, udids));
        }
        return fleet;
    }

    /** One computer like the seeded ones, for a computer added later (its values depend on seed and id). */
    static SimulatedComputer one(int id, long seed) {
        return make(id, new Random(seed * 1_000_003L + id), new HashSet<>(), new HashSet<>());
    }

    private static SimulatedComputer make(int id, Random random, Set<String> serials, Set<String> udids) {
        SimulatedComputer.Builder c = SimulatedComputer.builder();
        c.id = id;
        String first = id == 1 ? "Oscar" : id == 2 ? "Chip" : pick(random, FIRST_NAMES);
        String last = pick(random, LAST_NAMES);
        Model model = id == 1 ? MODELS.get(0) : id == 2 ? MODELS.get(3) : pick(random, MODELS);
        Os os = pick(random, model.appleSilicon() ? OS_APPLE_SILICON : OS_INTEL);

        c.serialNumber = unique(serials, () -> serial(random, model.appleSilicon()));
        c.udid = unique(udids, () -> new UUID(random.nextLong(), random.nextLong()).toString().toUpperCase(Locale.ROOT));
        c.managementId = new UUID(random.nextLong(), random.nextLong()).toString();
        boolean shared = id > 2 && random.nextInt(100) < 12;
        c.name = shared
                ? abbreviation(model.family()) + "-" + pad(random.nextInt(1000), 3)
                + "-" + c.serialNumber.substring(c.serialNumber.length() - 4)
                : first + "'s " + model.family();
        c.assetTag = random.nextInt(100) < 60 ? "JAMF-" + pad(random.nextInt(100000), 5) : null;
        c.platform = "Mac";
        c.managed = id <= 2 || random.nextInt(100) < 95;
        c.managementUsername = c.managed ? "jamfadmin" : null;
        c.enrolledViaAutomatedDeviceEnrollment = random.nextInt(100) < 70;
        c.supervised = c.enrolledViaAutomatedDeviceEnrollment;
        c.mdmCapable = c.managed;
        c.userApprovedMdm = c.managed;
        c.macAddress = mac(random);
        c.altMacAddress = random.nextBoolean() ? mac(random) : null;
        c.ipAddress = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        c.lastReportedIp = "192.168." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        c.jamfBinaryVersion = random.nextInt(100) < 80 ? "11.30.1-t1762214160" : "11.29.0-t1757011200";
        Instant initial = REFERENCE.minus(Duration.ofDays(30 + random.nextInt(1500)))
                .minusSeconds(random.nextInt(86400));
        c.initialEntryDate = LocalDate.ofInstant(initial, ZoneOffset.UTC);
        c.lastEnrolledDate = initial.plus(Duration.ofDays(random.nextInt(20))).plusMillis(random.nextInt(1000));
        c.reportDate = REFERENCE.minusSeconds(random.nextInt(30 * 86400)).minusMillis(random.nextInt(1000));
        c.lastContactTime = c.reportDate.plusSeconds(random.nextInt(6 * 3600));
        if (c.lastContactTime.isAfter(REFERENCE)) {
            c.lastContactTime = REFERENCE;
        }
        c.make = "Apple";
        c.model = model.name();
        c.modelIdentifier = model.identifier();
        c.processorType = model.processor();
        c.processorArchitecture = model.appleSilicon() ? "arm64" : "x86_64";
        c.coreCount = model.cores();
        c.totalRamMegabytes = model.ramMegabytes() * (random.nextInt(4) == 0 ? 2 : 1);
        c.appleSilicon = model.appleSilicon();
        c.osName = "macOS";
        c.osVersion = os.version();
        c.osBuild = os.build();
        c.fileVault2Status = random.nextInt(100) < 90 ? "ALL_ENCRYPTED" : "NOT_ENCRYPTED";
        if (!shared) {
            c.username = ascii(first + "." + last).toLowerCase(Locale.ROOT);
            c.realName = first + " " + last;
            c.email = c.username + "@example.com";
            c.position = pick(random, POSITIONS);
            c.phone = "+1 555 01" + pad(random.nextInt(100), 2);
            c.departmentId = pick(random, DEPARTMENT_IDS);
            c.department = DEPARTMENTS.get(c.departmentId);
        }
        c.buildingId = pick(random, BUILDING_IDS);
        c.building = BUILDINGS.get(c.buildingId);
        c.room = random.nextInt(100) < 70 ? (1 + random.nextInt(4)) + "." + pad(1 + random.nextInt(40), 2) : null;
        return c.build();
    }

    /** {@code value} with leading zeros to {@code width} digits. */
    private static String pad(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String unique(Set<String> seen, java.util.function.Supplier<String> next) {
        while (true) {
            String value = next.get();
            if (seen.add(value)) {
                return value;
            }
        }
    }

    /** Apple silicon Macs have 10-character randomized serials; Intel Macs 12 characters from C02. */
    private static String serial(Random random, boolean appleSilicon) {
        StringBuilder serial = new StringBuilder(appleSilicon ? "" : "C02");
        int length = appleSilicon ? 10 : 12;
        if (appleSilicon) {
            serial.append(SERIAL_CHARS.charAt(random.nextInt(18))); // a letter first
        }
        while (serial.length() < length) {
            serial.append(SERIAL_CHARS.charAt(random.nextInt(SERIAL_CHARS.length())));
        }
        return serial.toString();
    }

    private static String mac(Random random) {
        StringBuilder mac = new StringBuilder(pick(random, MAC_PREFIXES));
        for (int i = 0; i < 3; i++) {
            int octet = random.nextInt(256);
            mac.append(':').append(HEX.charAt(octet >> 4)).append(HEX.charAt(octet & 0xF));
        }
        return mac.toString();
    }

    private static String abbreviation(String family) {
        return switch (family) {
            case "MacBook Air" -> "MBA";
            case "MacBook Pro" -> "MBP";
            case "iMac" -> "IMAC";
            case "Mac mini" -> "MINI";
            default -> "STUDIO";
        };
    }

    /** Account names are ASCII: accents dropped, apostrophes and spaces removed. */
    private static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).toCharArray()) {
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-') {
                out.append(c); // marks (the accents NFD splits off), apostrophes and spaces go
            }
        }
        return out.toString();
    }
}
