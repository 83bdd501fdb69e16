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
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.http.Headers;
import retrofit2.http.Path;

/**
 * Bodies of the generated Pro API: JSON through the SDK's Gson, parsed from the answer's stream (no
 * copy of the body), {@code String} answers (CSV, XML, text) as text, and a clear
 * {@link MalformedBodyException} when an answer that should be JSON is not (empty, {@code null}, an HTML
 * page from a proxy, a truncated body).
 *
 * <p>{@link TransportCall} parses a 2xx answer inside the transport's exchange (so a body cut mid-read
 * is retried) with {@link #reader(Type)}, then hands the value to the converter Retrofit asks for
 * through {@link #handOff}: a slot of this factory's own, confined to the thread on which Retrofit
 * converts that very answer.
 */
public final class ProApiConverterFactory extends Converter.Factory {
    private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
    private final Gson gson;
    private final ThreadLocal<Object> handedOff = new ThreadLocal<>();

    public ProApiConverterFactory(Gson gson) {
        this.gson = gson;
    }

    /** Retrofit's callback, which converts the answer on the calling thread. */
    @FunctionalInterface
    interface Delivery {
        void run() throws IOException;
    }

    /** Runs {@code delivery} with {@code parsed} (null: nothing) waiting for the converter on this thread. */
    void handOff(Object parsed, Delivery delivery) throws IOException {
        handOffNext(parsed);
        try {
            delivery.run();
        } finally {
            handedOff.remove();
        }
    }

    /** Leaves {@code parsed} (null: nothing) for the next conversion on this thread. */
    void handOffNext(Object parsed) {
        if (parsed == null) {
            handedOff.remove();
        } else {
            handedOff.set(parsed);
        }
    }

    /** Parses an answer of {@code type} from its body's stream. */
    Converter<ResponseBody, ?> reader(Type type) {
        if (type == String.class) {
            return this::text;
        }
        TypeAdapter<?> adapter = gson.getAdapter(TypeToken.get(type));
        return body -> json(body, adapter);
    }

    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        Converter<ResponseBody, ?> reader = reader(type);
        return body -> {
            Object parsed = handedOff.get();
            if (parsed != null) {
                handedOff.remove();
                body.close();
                return parsed;
            }
            return reader.convert(body);
        };
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
        String text = body.string(); // CSV, XML, PEM...: the declared charset matters here; "" stays 
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
        try (body) {
            BufferedSource source = body.source();
            if (source.rangeEquals(0, UTF8_BOM)) { // JSON is UTF-8 (RFC 8259); a byte-order mark is skipped
                source.skip(UTF8_BOM.size());
            }
            int first = firstNonBlank(source);
            if (first < 0) {
                throw new MalformedBodyException("the answer is empty, but the operation declares a body", null);
            }
            // The Content-Type is parsed only when the text does not already look like JSON: OkHttp parses
            // it with a regex on every call, which showed as the SDK's largest cost per small answer.
            MediaType type = first == '{' || first == '[' ? null : body.contentType();
            if (first == '<' || (type != null && !isJson(type))) {
                throw new MalformedBodyException("expected JSON but the answer is "
                        + (type == null ? "untyped" : type.type() + "/" + type.subtype()) + ": " + Snippets.of(head(source)),
                        null);
            }
            JsonReader reader = new JsonReader(new InputStreamReader(source.inputStream(), StandardCharsets.UTF_8));
            try {
                Object value = adapter.read(reader);
                if (reader.peek() != JsonToken.END_DOCUMENT) {
                    throw new MalformedBodyException("malformed JSON: unexpected content after the value at "
                            + reader.getPath(), null);
                }
                if (value == null) {
                    throw new MalformedBodyException("the answer is JSON null, but the operation declares a body", null);
                }
                return value;
            } catch (JsonParseException | IllegalStateException | IOException e) {
                if (isTruncated(e)) {
                    throw new MalformedBodyException("truncated JSON (the answer ends inside " + reader.getPath() + ")", e);
                }
                throw new MalformedBodyException("malformed JSON: " + gsonMessage(e), e);
            }
        }
    }

    /** The first byte that is not JSON whitespace, or -1 when there is none; nothing is consumed. */
    private static int firstNonBlank(BufferedSource source) throws IOException {
        BufferedSource peek = source.peek();
        while (peek.request(1)) {
            byte b = peek.readByte();
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b & 0xff;
            }
        }
        return -1;
    }

    /** The first few KB of the answer as text, for a message; nothing is consumed. */
    private static String head(BufferedSource source) throws IOException {
        BufferedSource peek = source.peek();
        peek.request(4096);
        return peek.getBuffer().size() == 0 ? "" : peek.readUtf8(Math.min(4096, peek.getBuffer().size()));
    }

    /** True when Gson ran out of input inside a value: the answer was cut short. */
    static boolean isTruncated(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof EOFException || message.contains("End of input") || message.contains("Unterminated")) {
                return true;
            }
        }
        return false;
    }

    private static String gsonMessage(Exception e) {
        String message = String.valueOf(e.getMessage());
        int troubleshooting = message.indexOf("\nSee https://github.com/google/gson");
        return troubleshooting < 0 ? message : message.substring(0, troubleshooting);
    }

    private static final okio.ByteString UTF8_BOM = okio.ByteString.decodeHex("efbbbf");

    private static boolean isJson(MediaType type) {
        return type != null && (type.subtype().equals("json") || type.subtype().endsWith("+json"));
    }
}
