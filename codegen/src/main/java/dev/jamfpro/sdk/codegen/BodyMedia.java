package dev.jamfpro.sdk.codegen;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a body declared in the document travels, which decides its Java type:
 *
 * <ul>
 *   <li>JSON (a JSON media type whose schema is not {@code format: binary}): a model, list or
 *       {@code JsonElement};</li>
 *   <li>binary ({@code format: binary}, or a media type that is not text): {@code ResponseBody} /
 *       {@code RequestBody};</li>
 *   <li>text ({@code text/*}, XML): {@code String}, whatever the schema says (Jamf declares CSV
 *       templates as {@code type: object}).</li>
 * </ul>
 *
 * A JSON media type wins when a body offers several. Jamf writes some content keys as lists
 * ({@code "text/csv,application/json"}); each member counts.
 */
record BodyMedia(Kind kind, String mediaType, int offered) {
    enum Kind { NONE, JSON, TEXT, BINARY, MULTIPART, FORM }

    static final BodyMedia NONE = new BodyMedia(Kind.NONE, null, 0);

    @SuppressWarnings("rawtypes")
    static BodyMedia of(Content content) {
        if (content == null || content.isEmpty()) {
            return NONE;
        }
        int offered = 0;
        for (String key : content.keySet()) {
            offered += mediaTypes(key).size();
        }
        for (Map.Entry<String, MediaType> entry : content.entrySet()) {
            Schema schema = entry.getValue() == null ? null : entry.getValue().getSchema();
            for (String type : mediaTypes(entry.getKey())) {
                if (type.equals("multipart/form-data")) {
                    return new BodyMedia(Kind.MULTIPART, type, offered);
                }
                if (type.equals("application/x-www-form-urlencoded")) {
                    return new BodyMedia(Kind.FORM, type, offered);
                }
                if (isJson(type) && !isBinary(schema)) {
                    return new BodyMedia(Kind.JSON, type.equals("*/*") ? "application/json" : type, offered);
                }
            }
        }
        Map.Entry<String, MediaType> first = content.entrySet().iterator().next();
        String type = mediaTypes(first.getKey()).get(0);
        Schema schema = first.getValue() == null ? null : first.getValue().getSchema();
        boolean binary = isBinary(schema) || !isText(type);
        return new BodyMedia(binary ? Kind.BINARY : Kind.TEXT, type, offered);
    }

    static List<String> mediaTypes(String key) {
        List<String> types = new ArrayList<>();
        Arrays.stream(key.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).forEach(types::add);
        return types;
    }

    static boolean isJson(String type) {
        return type.equals("application/json") || type.endsWith("+json") || type.equals("*/*");
    }

    static boolean isText(String type) {
        return type.startsWith("text/") || type.equals("application/xml") || type.endsWith("+xml");
    }

    @SuppressWarnings("rawtypes")
    static boolean isBinary(Schema schema) {
        return schema != null && "binary".equals(schema.getFormat());
    }
}
