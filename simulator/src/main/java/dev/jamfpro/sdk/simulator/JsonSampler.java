package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Builds JSON values that satisfy a schema of the document: every declared property, enum values from
 * the enum, dates in Jamf's form, numbers within their bounds, strings that look like what their
 * property names (a name, a serial number, an e-mail address, a URL, a UDID...). The same schema,
 * seed and naming give the same value, so a simulated store reads the same on every run.
 */
final class JsonSampler {
    /** How a generated record is named: a noun ({@code Building}) and its id ({@code 3}). */
    record Naming(String noun, String id) {
        static final Naming NONE = new Naming("Item", "1");
    }

    private static final int MAX_DEPTH = 9;
    private static final List<String> WORDS = List.of("Alpha", "Bravo", "Cedar", "Delta", "Ember", "Falcon", "Granite",
            "Harbor", "Iris", "Juniper", "Kestrel", "Lumen", "Maple", "Nimbus", "Onyx", "Pioneer", "Quartz", "Raven",
            "Sierra", "Tundra", "Umber", "Vertex", "Willow", "Zephyr");
    private static final String SERIAL = "CDFGHJKLMNPQRTVWXY0123456789";
    private static final String HEX = "0123456789ABCDEF";

    private final Schemas schemas;

    JsonSampler(Schemas schemas) {
        this.schemas = schemas;
    }

    /** A value of {@code schema}; the same for the same seed and naming. */
    JsonElement generate(JsonObject schema, long seed, Naming naming) {
        Run run = new Run(new Random(seed), naming);
        JsonElement value = run.value(schema, "", 0);
        return value == null ? new JsonObject() : value;
    }

    /** A value for one property, as {@link #generate} would write it in a record. */
    JsonElement generateProperty(JsonObject schema, String property, long seed, Naming naming) {
        Run run = new Run(new Random(seed), naming);
        return run.value(schema, property, 1);
    }

    /** A 64-bit hash of texts, stable across runs and JVMs (FNV-1a). */
    static long seed(long base, String... parts) {
        long h = 0xcbf29ce484222325L ^ base;
        for (String part : parts) {
            for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
                h ^= b;
                h *= 0x100000001b3L;
            }
            h ^= 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private final class Run {
        private final Random random;
        private final Naming naming;
        private final Deque<String> refs = new ArrayDeque<>();

        Run(Random random, Naming naming) {
            this.random = random;
            this.naming = naming;
        }

        /** The value, or null when the schema only recurses into itself (the property is then left out). */
        JsonElement value(JsonObject schema, String name, int depth) {
            String ref = Schemas.refName(schema);
            if (ref != null) {
                if (refs.contains(ref) || refs.size() > MAX_DEPTH) {
                    return null;
                }
                refs.push(ref);
                try {
                    return plain(schemas.resolve(schema), name, depth);
                } finally {
                    refs.pop();
                }
            }
            return plain(schema, name, depth);
        }

        private JsonElement plain(JsonObject schema, String name, int depth) {
            List<JsonObject> alternatives = schemas.alternatives(schema);
            if (!alternatives.isEmpty() && !schema.has("properties")) {
                JsonObject chosen = alternatives.get(0);
                JsonElement value = value(chosen, name, depth);
                String property = schemas.discriminator(schema);
                String discriminator = schemas.discriminatorValue(schema, chosen);
                if (property != null && discriminator != null && value != null && value.isJsonObject()) {
                    value.getAsJsonObject().addProperty(property, discriminator);
                }
                return value;
            }
            JsonArray enumValues = schemas.enumValues(schema);
            if (enumValues != null && !enumValues.isEmpty()) {
                return enumValues.get(random.nextInt(enumValues.size())).deepCopy();
            }
            String type = schemas.type(schema);
            if (type == null) {
                return new JsonPrimitive(text(name));
            }
            switch (type) {
                case "object":
                    return object(schema, depth);
                case "array": {
                    JsonArray array = new JsonArray();
                    if (depth > MAX_DEPTH) {
                        return array;
                    }
                    int count = Math.max(1, schema.has("minItems") ? Math.min(3, schema.get("minItems").getAsInt()) : 1);
                    for (int i = 0; i < count; i++) {
                        JsonElement item = value(schemas.items(schema), singular(name), depth + 1);
                        if (item != null) {
                            array.add(item);
                        }
                    }
                    return array;
                }
                case "integer":
                    return new JsonPrimitive(integer(schema, name));
                case "number":
                    return new JsonPrimitive(number(schema));
                case "boolean":
                    return new JsonPrimitive(random.nextBoolean());
                default:
                    return new JsonPrimitive(string(schema, name, depth));
            }
        }

        private JsonObject object(JsonObject schema, int depth) {
            JsonObject object = new JsonObject();
            Schemas.ObjectShape shape = schemas.object(schema);
            if (depth > MAX_DEPTH) {
                return object;
            }
            for (Map.Entry<String, JsonObject> property : shape.properties().entrySet()) {
                JsonElement value = value(property.getValue(), property.getKey(), depth + 1);
                if (value != null) {
                    object.add(property.getKey(), value);
                }
            }
            if (shape.additionalProperties() != null) {
                JsonElement value = value(shape.additionalProperties(), "value", depth + 1);
                if (value != null) {
                    object.add(WORDS.get(random.nextInt(WORDS.size())).toLowerCase(Locale.ROOT), value);
                }
            }
            return object;
        }

        private long integer(JsonObject schema, String name) {
            JsonObject s = schemas.resolve(schema);
            long min = s.has("minimum") ? s.get("minimum").getAsLong() : 0;
            long max = s.has("maximum") ? s.get("maximum").getAsLong() : Math.max(min + 100, 100);
            if (name.equals("id") && naming.id().matches("\\d{1,18}")) {
                long id = Long.parseLong(naming.id());
                if (id >= min && id <= max) {
                    return id;
                }
            }
            long lower = Math.max(min, name.toLowerCase(Locale.ROOT).endsWith("id") ? 1 : min);
            long span = Math.max(1, Math.min(max - lower, 99));
            return lower + (long) (random.nextDouble() * span);
        }

        private double number(JsonObject schema) {
            JsonObject s = schemas.resolve(schema);
            double min = s.has("minimum") ? s.get("minimum").getAsDouble() : 0;
            double max = s.has("maximum") ? s.get("maximum").getAsDouble() : min + 100;
            return Math.round((min + random.nextDouble() * (max - min)) * 100) / 100.0;
        }

        private String string(JsonObject schema, String name, int depth) {
            JsonObject s = schemas.resolve(schema);
            String format = s.has("format") ? s.get("format").getAsString() : "";
            String n = name.toLowerCase(Locale.ROOT);
            String value = switch (format) {
                case "date-time" -> InventoryJson.date(FleetSeeder.REFERENCE.minusSeconds(random.nextInt(365 * 86400))
                        .minusMillis(random.nextInt(1000)));
                case "date" -> LocalDate.ofInstant(FleetSeeder.REFERENCE.minusSeconds(random.nextInt(365 * 86400)),
                        ZoneOffset.UTC).toString();
                case "uuid" -> uuid();
                case "email" -> email();
                case "uri", "url" -> url(n);
                case "byte", "base64", "binary" -> Base64.getEncoder().encodeToString(("sample " + naming.noun() + " "
                        + naming.id()).getBytes(StandardCharsets.UTF_8));
                case "password" -> "sim-secret-" + naming.id();
                default -> null;
            };
            if (value == null && s.has("pattern")) {
                String pattern = s.get("pattern").getAsString();
                if (pattern.equals("^\\d+$")) {
                    value = Integer.toString(1 + random.nextInt(999));
                } else if (pattern.startsWith("^(?:[A-Za-z0-9+/]")) {
                    value = Base64.getEncoder().encodeToString(("sample " + naming.id()).getBytes(StandardCharsets.UTF_8));
                }
            }
            if (value == null) {
                value = byName(name, depth);
            }
            int minLength = s.has("minLength") ? s.get("minLength").getAsInt() : 0;
            int maxLength = s.has("maxLength") ? s.get("maxLength").getAsInt() : Integer.MAX_VALUE;
            if (value.length() < minLength) {
                value = value + "x".repeat(minLength - value.length());
            }
            if (value.length() > maxLength) {
                value = value.substring(0, Math.max(minLength, maxLength));
            }
            return value;
        }

        private String byName(String name, int depth) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.equals("name") || n.equals("displayname") || n.equals("devicename")) {
                return depth <= 1 ? naming.noun() + " " + naming.id() : words(2);
            }
            if (n.equals("id")) {
                return depth <= 1 ? naming.id() : Integer.toString(1 + random.nextInt(20));
            }
            if (n.endsWith("id") && !n.contains("udid") && !n.contains("uuid") && !n.contains("guid") && n.length() > 2
                    && !n.endsWith("bundleid") && !n.endsWith("appleid")) {
                return Integer.toString(1 + random.nextInt(20));
            }
            if (n.contains("udid")) {
                return uuid().toUpperCase(Locale.ROOT);
            }
            if (n.contains("uuid") || n.contains("guid")) {
                return uuid();
            }
            if (n.contains("email")) {
                return email();
            }
            if (n.endsWith("url") || n.endsWith("uri") || n.equals("href") || n.endsWith("link")) {
                return url(n);
            }
            if (n.contains("serial")) {
                StringBuilder serial = new StringBuilder();
                for (int i = 0; i < 10; i++) {
                    serial.append(SERIAL.charAt(random.nextInt(i == 0 ? 18 : SERIAL.length())));
                }
                return serial.toString();
            }
            if (n.contains("macaddress")) {
                StringBuilder mac = new StringBuilder("A4:83:E7");
                for (int i = 0; i < 3; i++) {
                    int octet = random.nextInt(256);
                    mac.append(':').append(HEX.charAt(octet >> 4)).append(HEX.charAt(octet & 0xF));
                }
                return mac.toString();
            }
            if (n.equals("ip") || n.contains("ipaddress") || n.endsWith("ipv4")) {
                return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
            }
            if (n.contains("username") || n.equals("user")) {
                return "user" + (1 + random.nextInt(99));
            }
            if (n.contains("version")) {
                return (1 + random.nextInt(15)) + "." + random.nextInt(10) + "." + random.nextInt(10);
            }
            if (n.contains("phone")) {
                return "+1 555 01" + (10 + random.nextInt(90));
            }
            if (n.contains("date") || n.endsWith("time") || n.endsWith("timestamp")) {
                return InventoryJson.date(FleetSeeder.REFERENCE.minusSeconds(random.nextInt(365 * 86400)));
            }
            if (n.contains("color") || n.contains("colour")) {
                return String.format(Locale.ROOT, "%06X", random.nextInt(0x1000000));
            }
            if (n.contains("bundleid")) {
                return "com.example." + WORDS.get(random.nextInt(WORDS.size())).toLowerCase(Locale.ROOT);
            }
            return text(name);
        }

        private String text(String name) {
            String label = name.isEmpty() ? naming.noun() : humanize(name);
            return label + " " + WORDS.get(random.nextInt(WORDS.size()));
        }

        private String words(int count) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    text.append(' ');
                }
                text.append(WORDS.get(random.nextInt(WORDS.size())));
            }
            return text.toString();
        }

        private String uuid() {
            return new UUID(random.nextLong(), random.nextLong()).toString();
        }

        private String email() {
            return "user" + (1 + random.nextInt(99)) + "@example.com";
        }

        private String url(String name) {
            return "https://jamf.example.com/" + (name.isEmpty() ? "item" : name) + "/" + naming.id();
        }
    }

    /** {@code buildingId} becomes {@code Building id}, {@code extension_attributes} {@code Extension attributes}. */
    static String humanize(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_' || c == '-') {
                out.append(' ');
            } else if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1))) {
                out.append(' ').append(Character.toLowerCase(c));
            } else {
                out.append(i == 0 ? Character.toUpperCase(c) : c);
            }
        }
        return out.toString();
    }

    private static String singular(String name) {
        return name.endsWith("s") && name.length() > 1 ? name.substring(0, name.length() - 1) : name;
    }
}
