package dev.jamfpro.sdk.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The filter and sort fields of the computer inventory, and the compilation of an RSQL filter and a
 * sort value into a predicate and a comparator over {@link SimulatedComputer}s. Strings compare
 * without regard to case, as Jamf's database does; {@code *} in an {@code ==} value is a wildcard.
 */
final class InventoryQuery {
    /** Jamf's default sort of {@code /computers-inventory}. */
    static final String DEFAULT_SORT = "general.name:asc";

    enum Type {
        STRING, NUMBER, BOOLEAN, DATE
    }

    record Field(String name, Type type, Function<SimulatedComputer, Object> value) {
    }

    /** A query Jamf would refuse: the error's field ({@code filter} or {@code sort}) and text. */
    static final class InvalidQueryException extends RuntimeException {
        private final String code;
        private final String field;

        InvalidQueryException(String code, String field, String message) {
            super(message);
            this.code = code;
            this.field = field;
        }

        String code() {
            return code;
        }

        String field() {
            return field;
        }
    }

    static final Map<String, Field> FIELDS = fields();

    private InventoryQuery() {
    }

    private static Map<String, Field> fields() {
        Map<String, Field> f = new LinkedHashMap<>();
        add(f, "id", Type.NUMBER, c -> (long) c.id());
        add(f, "udid", Type.STRING, SimulatedComputer::udid);
        add(f, "general.name", Type.STRING, SimulatedComputer::name);
        add(f, "general.assetTag", Type.STRING, SimulatedComputer::assetTag);
        add(f, "general.barcode1", Type.STRING, c -> null);
        add(f, "general.barcode2", Type.STRING, c -> null);
        add(f, "general.platform", Type.STRING, SimulatedComputer::platform);
        add(f, "general.jamfBinaryVersion", Type.STRING, SimulatedComputer::jamfBinaryVersion);
        add(f, "general.lastIpAddress", Type.STRING, SimulatedComputer::ipAddress);
        add(f, "general.lastReportedIp", Type.STRING, SimulatedComputer::lastReportedIp);
        add(f, "general.lastReportedIpV4", Type.STRING, SimulatedComputer::lastReportedIp);
        add(f, "general.managementId", Type.STRING, SimulatedComputer::managementId);
        add(f, "general.remoteManagement.managed", Type.BOOLEAN, SimulatedComputer::managed);
        add(f, "general.supervised", Type.BOOLEAN, SimulatedComputer::supervised);
        add(f, "general.mdmCapable.capable", Type.BOOLEAN, SimulatedComputer::mdmCapable);
        add(f, "general.userApprovedMdm", Type.BOOLEAN, SimulatedComputer::userApprovedMdm);
        add(f, "general.enrolledViaAutomatedDeviceEnrollment", Type.BOOLEAN,
                SimulatedComputer::enrolledViaAutomatedDeviceEnrollment);
        add(f, "general.itunesStoreAccountActive", Type.BOOLEAN, c -> false);
        add(f, "general.declarativeDeviceManagementEnabled", Type.BOOLEAN, SimulatedComputer::appleSilicon);
        add(f, "general.reportDate", Type.DATE, SimulatedComputer::reportDate);
        add(f, "general.lastContactTime", Type.DATE, SimulatedComputer::lastContactTime);
        add(f, "general.lastContact", Type.DATE, SimulatedComputer::lastContactTime); // v4's names of the same time
        add(f, "general.lastCheckIn", Type.DATE, SimulatedComputer::lastContactTime);
        add(f, "general.lastEnrolledDate", Type.DATE, SimulatedComputer::lastEnrolledDate);
        add(f, "hardware.make", Type.STRING, SimulatedComputer::make);
        add(f, "hardware.model", Type.STRING, SimulatedComputer::model);
        add(f, "hardware.modelIdentifier", Type.STRING, SimulatedComputer::modelIdentifier);
        add(f, "hardware.serialNumber", Type.STRING, SimulatedComputer::serialNumber);
        add(f, "hardware.macAddress", Type.STRING, SimulatedComputer::macAddress);
        add(f, "hardware.appleSilicon", Type.BOOLEAN, SimulatedComputer::appleSilicon);
        add(f, "operatingSystem.name", Type.STRING, SimulatedComputer::osName);
        add(f, "operatingSystem.version", Type.STRING, SimulatedComputer::osVersion);
        add(f, "operatingSystem.build", Type.STRING, SimulatedComputer::osBuild);
        add(f, "operatingSystem.fileVault2Status", Type.STRING, SimulatedComputer::fileVault2Status);
        add(f, "userAndLocation.username", Type.STRING, SimulatedComputer::username);
        add(f, "userAndLocation.realname", Type.STRING, SimulatedComputer::realName);
        add(f, "userAndLocation.email", Type.STRING, SimulatedComputer::email);
        add(f, "userAndLocation.position", Type.STRING, SimulatedComputer::position);
        add(f, "userAndLocation.phone", Type.STRING, SimulatedComputer::phone);
        add(f, "userAndLocation.buildingId", Type.STRING, SimulatedComputer::buildingId);
        add(f, "userAndLocation.departmentId", Type.STRING, SimulatedComputer::departmentId);
        add(f, "userAndLocation.room", Type.STRING, SimulatedComputer::room);
        return Map.copyOf(f);
    }

    private static void add(Map<String, Field> fields, String name, Type type, Function<SimulatedComputer, Object> value) {
        fields.put(name, new Field(name, type, value));
    }

    /** The predicate of an RSQL filter; throws {@link InvalidQueryException} for a filter Jamf refuses. */
    static Predicate<SimulatedComputer> filter(String rsql) {
        Rsql.Node node;
        try {
            node = Rsql.parse(rsql);
        } catch (Rsql.SyntaxException e) {
            throw new InvalidQueryException("INVALID_RSQL_FILTER", "filter", e.getMessage());
        }
        return compile(node);
    }

    private static Predicate<SimulatedComputer> compile(Rsql.Node node) {
        if (node instanceof Rsql.And and) {
            List<Predicate<SimulatedComputer>> parts = and.children().stream().map(InventoryQuery::compile).toList();
            return c -> {
                for (Predicate<SimulatedComputer> p : parts) {
                    if (!p.test(c)) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (node instanceof Rsql.Or or) {
            List<Predicate<SimulatedComputer>> parts = or.children().stream().map(InventoryQuery::compile).toList();
            return c -> {
                for (Predicate<SimulatedComputer> p : parts) {
                    if (p.test(c)) {
                        return true;
                    }
                }
                return false;
            };
        }
        return comparison((Rsql.Comparison) node);
    }

    private static Predicate<SimulatedComputer> comparison(Rsql.Comparison comparison) {
        Field field = FIELDS.get(comparison.selector());
        if (field == null) {
            throw new InvalidQueryException("INVALID_FIELD", "filter", "Cannot filter by field [" + comparison.selector()
                    + "]. Fields that can be used in filtering results of this endpoint: " + FIELDS.keySet());
        }
        List<Object> values = new ArrayList<>();
        for (String argument : comparison.arguments()) {
            values.add(convert(field, argument, "filter"));
        }
        Rsql.Operator op = comparison.operator();
        Function<SimulatedComputer, Object> get = field.value();
        if (field.type() == Type.STRING && (op == Rsql.Operator.EQ || op == Rsql.Operator.NE)
                && ((String) values.get(0)).contains("*")) {
            Pattern pattern = glob((String) values.get(0));
            boolean negate = op == Rsql.Operator.NE;
            return c -> {
                Object value = get.apply(c);
                return value != null && pattern.matcher((String) value).matches() != negate;
            };
        }
        return switch (op) {
            case EQ -> c -> equal(get.apply(c), values.get(0));
            case NE -> c -> !equal(get.apply(c), values.get(0));
            case IN -> c -> {
                Object value = get.apply(c);
                return values.stream().anyMatch(v -> equal(value, v));
            };
            case OUT -> c -> {
                Object value = get.apply(c);
                return values.stream().noneMatch(v -> equal(value, v));
            };
            case LT -> c -> holds(compare(get.apply(c), values.get(0)), sign -> sign < 0);
            case LE -> c -> holds(compare(get.apply(c), values.get(0)), sign -> sign <= 0);
            case GT -> c -> holds(compare(get.apply(c), values.get(0)), sign -> sign > 0);
            case GE -> c -> holds(compare(get.apply(c), values.get(0)), sign -> sign >= 0);
        };
    }

    /** A case-insensitive pattern of an RSQL value in which {@code *} is a wildcard. */
    static Pattern glob(String value) {
        StringBuilder regex = new StringBuilder();
        String[] parts = value.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            if (!parts[i].isEmpty()) {
                regex.append(Pattern.quote(parts[i]));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    private static boolean equal(Object actual, Object expected) {
        if (actual == null) {
            return false;
        }
        if (actual instanceof String a) {
            return a.equalsIgnoreCase((String) expected);
        }
        return actual.equals(expected);
    }

    /** The sign of {@code actual - expected}, or null when the record has no value (no ordering holds). */
    private static Integer compare(Object actual, Object expected) {
        return actual == null ? null : compareValues(actual, expected);
    }

    private static boolean holds(Integer sign, java.util.function.IntPredicate test) {
        return sign != null && test.test(sign);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        if (a instanceof String x) {
            return x.compareToIgnoreCase((String) b);
        }
        return ((Comparable) a).compareTo(b);
    }

    private static Object convert(Field field, String text, String parameter) {
        switch (field.type()) {
            case STRING:
                return text;
            case NUMBER:
                try {
                    return Long.parseLong(text.trim());
                } catch (NumberFormatException e) {
                    throw new InvalidQueryException("INVALID_FIELD", parameter, "Value [" + text + "] of field ["
                            + field.name() + "] is not a number");
                }
            case BOOLEAN:
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                    return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
                }
                throw new InvalidQueryException("INVALID_FIELD", parameter, "Value [" + text + "] of field ["
                        + field.name() + "] is not a boolean (true or false)");
            case DATE:
                Instant instant = parseDate(text.trim());
                if (instant == null) {
                    throw new InvalidQueryException("INVALID_FIELD", parameter, "Value [" + text + "] of field ["
                            + field.name() + "] is not a date (ISO 8601, for example 2024-12-12T11:06:53Z)");
                }
                return instant;
            default:
                throw new IllegalStateException(field.type().toString());
        }
    }

    static Instant parseDate(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The comparator of a sort value such as {@code general.name:asc,id:desc}; ties end in id order
     * so that pages are stable.
     */
    static Comparator<SimulatedComputer> sort(String sort) {
        Comparator<SimulatedComputer> comparator = null;
        for (String term : sort.split(",")) {
            String trimmed = term.trim();
            if (trimmed.isEmpty()) {
                throw new InvalidQueryException("INVALID_FIELD", "sort", "Empty sort criterion in [" + sort + "]");
            }
            int colon = trimmed.lastIndexOf(':');
            String name = colon < 0 ? trimmed : trimmed.substring(0, colon);
            String direction = colon < 0 ? "asc" : trimmed.substring(colon + 1).toLowerCase(Locale.ROOT);
            Field field = FIELDS.get(name);
            if (field == null) {
                throw new InvalidQueryException("INVALID_FIELD", "sort", "Cannot sort by field [" + name
                        + "]. Fields that can be used in sorting results of this endpoint: " + FIELDS.keySet());
            }
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw new InvalidQueryException("INVALID_FIELD", "sort", "Sort direction must be asc or desc, got ["
                        + direction + "]");
            }
            Function<SimulatedComputer, Object> get = field.value();
            Comparator<SimulatedComputer> one = (x, y) -> compareNullsFirst(get.apply(x), get.apply(y));
            if (direction.equals("desc")) {
                one = one.reversed();
            }
            comparator = comparator == null ? one : comparator.thenComparing(one);
        }
        return Objects.requireNonNull(comparator).thenComparingInt(SimulatedComputer::id);
    }

    private static int compareNullsFirst(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return compareValues(a, b);
    }
}
