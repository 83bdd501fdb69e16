package dev.jamfpro.sdk.internal.http;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.jamfpro.sdk.internal.Snippets;
import dev.jamfpro.sdk.internal.json.JamfDates;
import java.io.IOException;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.http.Headers;
import retrofit2.http.Path;

/**
 * Bodies of the generated Pro API: JSON through the SDK's Gson, {@code String} answers (CSV, XML,
 * text) as text, and a clear {@link MalformedBodyException} when an answer that should be JSON is not
 * (an HTML error page from a proxy, a truncated body).
 */
public final class ProApiConverterFactory extends Converter.Factory {
    private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
    private final Gson gson;

    public ProApiConverterFactory(Gson gson) {
        this.gson = gson;
    }

    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        if (type == String.class) {
            return this::text;
        }
        TypeAdapter<?> adapter = gson.getAdapter(TypeToken.get(type));
        return body -> json(body, adapter);
    }

    /**
     * JSON through Gson; a {@code String} for a method that declares a text Content-Type (CSV) is
     * sent as it is, in UTF-8.
     */
    @Override
    @SuppressWarnings("unchecked")
    public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
                                                          Annotation[] methodAnnotations, Retrofit retrofit) {
        MediaType declared = declaredContentType(methodAnnotations);
        if (type == String.class && declared != null && !isJson(declared)) {
            return value -> RequestBody.create((String) value, declared);
        }
        TypeAdapter<Object> adapter = (TypeAdapter<Object>) gson.getAdapter(TypeToken.get(type));
        return value -> RequestBody.create(adapter.toJson(value), JSON);
    }

    /**
     * Query and header values: dates in ISO-8601. Path values (the generated {@code @Path} are
     * {@code encoded = true}) are percent-encoded here by {@link PathEncoding}, stricter than
     * Retrofit, which leaves {@code +} as it is: Jamf Pro reads a {@code +} in a path as a space.
     */
    @Override
    public Converter<?, String> stringConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof Path path && path.encoded()) {
                return value -> PathEncoding.encodeSegment(asText(value));
            }
        }
        if (type == OffsetDateTime.class) {
            return value -> JamfDates.format((OffsetDateTime) value);
        }
        return null;
    }

    private static String asText(Object value) {
        return value instanceof OffsetDateTime time ? JamfDates.format(time) : String.valueOf(value);
    }

    private static MediaType declaredContentType(Annotation[] methodAnnotations) {
        for (Annotation annotation : methodAnnotations) {
            if (annotation instanceof Headers headers) {
                for (String header : headers.value()) {
                    int colon = header.indexOf(':');
                    if (colon > 0 && header.substring(0, colon).trim().equalsIgnoreCase("Content-Type")) {
                        return MediaType.parse(header.substring(colon + 1).trim());
                    }
                }
            }
        }
        return null;
    }

    private String text(ResponseBody body) throws IOException {
        String text = body.string(); // CSV, XML, PEM...: the declared charset matters here
        if (isJson(body.contentType()) && text.startsWith("\"")) {
            try {
                return gson.fromJson(text, String.class);
            } catch (JsonParseException e) {
                return text;
            }
        }
        return text;
    }

    private Object json(ResponseBody body, TypeAdapter<?> adapter) throws IOException {
        String text = utf8(body);
        if (text.isBlank()) {
            return null;
        }
        char first = text.stripLeading().charAt(0);
        // The Content-Type is parsed only when the text does not already look like JSON: OkHttp parses
        // it with a regex on every call, which showed as the SDK's largest cost per small answer.
        MediaType type = first == '{' || first == '[' ? null : body.contentType();
        if (first == '<' || (type != null && !isJson(type))) {
            throw new MalformedBodyException("expected JSON but the answer is "
                    + (type == null ? "untyped" : type.type() + "/" + type.subtype()) + ": " + Snippets.of(text), null);
        }
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            Object value = adapter.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new MalformedBodyException("malformed JSON: unexpected content after the value at "
                        + reader.getPath(), null);
            }
            return value;
        } catch (JsonParseException | IllegalStateException | IOException e) {
            if (isTruncated(text)) {
                throw new MalformedBodyException("truncated JSON (" + text.length() + " characters, ends with '"
                        + tail(text) + "')", e);
            }
            throw new MalformedBodyException("malformed JSON: " + gsonMessage(e), e);
        }
    }

    /** True when the text ends inside a string or with objects or arrays left open. */
    static boolean isTruncated(String text) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return inString || depth > 0;
    }

    private static String gsonMessage(Exception e) {
        String message = String.valueOf(e.getMessage());
        int troubleshooting = message.indexOf("\nSee https://github.com/google/gson");
        return troubleshooting < 0 ? message : message.substring(0, troubleshooting);
    }

    /** JSON is UTF-8 (RFC 8259): read it as such, skipping a byte-order mark, and close the body. */
    private static String utf8(ResponseBody body) throws IOException {
        try (body) {
            okio.BufferedSource source = body.source();
            if (source.rangeEquals(0, UTF8_BOM)) {
                source.skip(UTF8_BOM.size());
            }
            return source.readUtf8();
        }
    }

    private static final okio.ByteString UTF8_BOM = okio.ByteString.decodeHex("efbbbf");

    private static String tail(String text) {
        return text.length() <= 80 ? text : "…" + text.substring(text.length() - 80);
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.subtype().equals("json") || type.subtype().endsWith("+json"));
    }
}
