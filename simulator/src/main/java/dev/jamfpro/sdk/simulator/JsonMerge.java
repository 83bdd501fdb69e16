package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.Map;

/** JSON merge patch (RFC 7386) and the deep overlay the simulator's stores use. */
final class JsonMerge {
    private JsonMerge() {
    }

    /**
     * RFC 7386: {@code patch} applied to {@code target} (neither changed): members of an object patch
     * replace, recurse into objects, and a {@code null} member removes; anything else replaces whole.
     */
    static JsonElement mergePatch(JsonElement target, JsonElement patch) {
        return mergePatch(target, patch, (t, p) -> null);
    }

    /**
     * RFC 7386 with a way through: where {@code through} answers a value for a (target, patch) pair,
     * that value stands for the merge (the build's overrides patch the schema a {@code $ref} names).
     */
    static JsonElement mergePatch(JsonElement target, JsonElement patch,
                                  java.util.function.BinaryOperator<JsonElement> through) {
        if (patch == null || !patch.isJsonObject()) {
            return patch == null ? JsonNull.INSTANCE : patch.deepCopy();
        }
        JsonElement instead = through.apply(target, patch);
        if (instead != null) {
            return instead;
        }
        JsonObject result = target != null && target.isJsonObject() ? target.getAsJsonObject().deepCopy() : new JsonObject();
        for (Map.Entry<String, JsonElement> member : patch.getAsJsonObject().entrySet()) {
            if (member.getValue().isJsonNull()) {
                result.remove(member.getKey());
            } else {
                result.add(member.getKey(), mergePatch(result.get(member.getKey()), member.getValue(), through));
            }
        }
        return result;
    }

    /**
     * {@code top} laid over {@code base} (neither changed): objects merge member by member, anything
     * else in {@code top} (a {@code null} included) replaces what {@code base} has there.
     */
    static JsonElement overlay(JsonElement base, JsonElement top) {
        if (top == null) {
            return base == null ? JsonNull.INSTANCE : base.deepCopy();
        }
        if (!top.isJsonObject() || base == null || !base.isJsonObject()) {
            return top.deepCopy();
        }
        JsonObject result = base.getAsJsonObject().deepCopy();
        for (Map.Entry<String, JsonElement> member : top.getAsJsonObject().entrySet()) {
            result.add(member.getKey(), overlay(result.get(member.getKey()), member.getValue()));
        }
        return result;
    }
}
