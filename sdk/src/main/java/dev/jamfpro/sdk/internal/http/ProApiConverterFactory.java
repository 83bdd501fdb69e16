package dev.jamfpro.sdk.internal.http;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.jamfpro.sdk.internal.Snippets;
import dev.jamfpro.sdk.internal.json.JamfDates;
import java.io.EOFException;
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
        String text = body.string();
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
        String text = body.string();
        if (text.isBlank()) {
            return null;
        }
        MediaType type = body.contentType();
        char first = text.stripLeading().charAt(0);
        if (first == '<' || (type != null && !isJson(type) && first != '{' && first != '[')) {
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
        } catch (EOFException e) {
            throw new MalformedBodyException("truncated JSON (" + text.length() + " characters): "
                    + Snippets.of(tail(text)), e);
        } catch (JsonParseException | IllegalStateException | IOException e) {
            Throwable cause = e.getCause() instanceof EOFException ? e.getCause() : e;
            String what = cause instanceof EOFException ? "truncated JSON" : "malformed JSON";
            throw new MalformedBodyException(what + ": " + e.getMessage(), e);
        }
    }

    private static String tail(String text) {
        return text.length() <= 80 ? text : "…" + text.substring(text.length() - 80);
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.subtype().equals("json") || type.subtype().endsWith("+json"));
    }
}
