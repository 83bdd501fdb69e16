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

    @Override
    public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
                                                          Annotation[] methodAnnotations, Retrofit retrofit) {
        TypeAdapter<Object> adapter = (TypeAdapter<Object>) gson.getAdapter(TypeToken.get(type));
        return value -> RequestBody.create(adapter.toJson(value), JSON);
    }

    @Override
    public Converter<?, String> stringConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        if (type == OffsetDateTime.class) {
            return value -> JamfDates.format((OffsetDateTime) value);
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
