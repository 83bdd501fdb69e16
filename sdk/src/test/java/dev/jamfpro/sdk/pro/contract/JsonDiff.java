package dev.jamfpro.sdk.pro.contract;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Differences between two JSON values; numbers compare by value ({@code 7} equals {@code 7.0}).
 * {@link #between} counts a {@code null} member as absent, {@link #exactly} does not.
 */
final class JsonDiff {
    private JsonDiff() {
    }

    /** Empty when {@code actual} carries exactly what {@code expected} does, a null member counting as absent. */
    static List<String> between(JsonElement expected, JsonElement actual) {
        List<String> differences = new ArrayList<>();
        compare("$", expected, actual, false, differences);
        return differences;
    }

    /** Empty when {@code actual} carries exactly what {@code expected} does, null members included. */
    static List<String> exactly(JsonElement expected, JsonElement actual) {
        List<String> differences = new ArrayList<>();
        compare("$", expected, actual, true, differences);
        return differences;
    }

    private static void compare(String path, JsonElement expected, JsonElement actual, boolean nullsCount, List<String> out) {
        if (out.size() > 10) {
            return;
        }
        if (nullsCount && (expected == null) != (actual == null)) {
            out.add(path + ": expected " + (expected == null ? "no member" : expected) + " but was "
                    + (actual == null ? "no member" : actual));
            return;
        }
        boolean expectedNull = expected == null || expected.isJsonNull();
        boolean actualNull = actual == null || actual.isJsonNull();
        if (expectedNull || actualNull) {
            if (expectedNull != actualNull) {
                out.add(path + ": expected " + expected + " but was " + actual);
            }
            return;
        }
        if (expected instanceof JsonObject e && actual instanceof JsonObject a) {
            TreeSet<String> keys = new TreeSet<>(e.keySet());
            keys.addAll(a.keySet());
            for (String key : keys) {
                compare(path + "." + key, e.get(key), a.get(key), nullsCount, out);
            }
        } else if (expected instanceof JsonArray e && actual instanceof JsonArray a) {
            if (e.size() != a.size()) {
                out.add(path + ": expected " + e.size() + " items but was " + a.size() + " (" + a + ")");
                return;
            }
            for (int i = 0; i < e.size(); i++) {
                compare(path + "[" + i + "]", e.get(i), a.get(i), nullsCount, out);
            }
        } else if (expected instanceof JsonPrimitive e && actual instanceof JsonPrimitive a) {
            boolean same = e.isNumber() && a.isNumber()
                    ? e.getAsBigDecimal().compareTo(a.getAsBigDecimal()) == 0
                    : e.equals(a);
            if (!same) {
                out.add(path + ": expected " + e + " but was " + a);
            }
        } else {
            out.add(path + ": expected " + expected + " but was " + actual);
        }
    }

    static String describe(List<String> differences) {
        return String.join("\n  ", differences);
    }
}
