package dev.jamfpro.sdk.pro.contract;

import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a body declared in the document travels, and so which Java type carries it:
 * JSON (a model, a list, {@code JsonElement}), text ({@code String}), binary ({@code ResponseBody} /
 * {@code RequestBody}), multipart, form, or none ({@code Void}).
 *
 * @param kind the kind
 * @param mediaType the media type to send or answer with (concrete: {@code image/*} becomes {@code image/png})
 * @param schema the schema of that media type
 */
record BodyKind(Kind kind, String mediaType, JsonObject schema) {
    enum Kind { NONE, JSON, TEXT, BINARY, MULTIPART, FORM }

    static final BodyKind NONE = new BodyKind(Kind.NONE, null, null);

    /** Chooses as the SDK must: a JSON media type when one is declared (unless its schema is binary), else the first. */
    static BodyKind of(Map<String, JsonObject> content) {
        if (content.isEmpty()) {
            return NONE;
        }
        for (Map.Entry<String, JsonObject> entry : content.entrySet()) {
            for (String type : mediaTypes(entry.getKey())) {
                if (type.equals("multipart/form-data")) {
                    return new BodyKind(Kind.MULTIPART, type, entry.getValue());
                }
                if (type.equals("application/x-www-form-urlencoded")) {
                    return new BodyKind(Kind.FORM, type, entry.getValue());
                }
                if (isJson(type) && !isBinary(entry.getValue())) {
                    return new BodyKind(Kind.JSON, type.equals("*/*") ? "application/json" : type, entry.getValue());
                }
            }
        }
        Map.Entry<String, JsonObject> first = content.entrySet().iterator().next();
        String type = mediaTypes(first.getKey()).get(0);
        String concrete = type.endsWith("/*") ? type.substring(0, type.length() - 1) + "png" : type;
        boolean binary = isBinary(first.getValue()) || !isText(type);
        return new BodyKind(binary ? Kind.BINARY : Kind.TEXT, concrete, first.getValue());
    }

    /** The media types of a content key; Jamf writes some keys as comma-separated lists. */
    static List<String> mediaTypes(String key) {
        return Arrays.stream(key.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
    }

    static boolean isJson(String type) {
        return type.equals("application/json") || type.endsWith("+json") || type.equals("*/*");
    }

    static boolean isText(String type) {
        return type.startsWith("text/") || type.equals("application/xml") || type.endsWith("+xml");
    }

    static boolean isBinary(JsonObject schema) {
        return schema != null && schema.has("format") && schema.get("format").getAsString().equals("binary");
    }
}
