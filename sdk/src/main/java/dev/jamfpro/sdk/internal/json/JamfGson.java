package dev.jamfpro.sdk.internal.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Gson the SDK uses for the Pro API: ISO-8601 {@code java.time} values read leniently,
 * {@code byte[]} (the document's {@code format: byte}) as Base64 text, unknown fields ignored,
 * unknown enum values read as null (logged once per value), so an answer from a newer Jamf Pro
 * never breaks an older SDK.
 */
public final class JamfGson {
    private static final Logger LOG = LoggerFactory.getLogger(JamfGson.class);
    private static final String MODEL_PACKAGE = "dev.jamfpro.sdk.pro.model";
    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(OffsetDateTime.class, new OffsetDateTimeAdapter().nullSafe())
            .registerTypeAdapter(LocalDate.class, new LocalDateAdapter().nullSafe())
            .registerTypeAdapter(byte[].class, new Base64Adapter().nullSafe())
            .registerTypeAdapterFactory(new TolerantEnumFactory())
            .disableHtmlEscaping()
            .create();

    private JamfGson() {
    }

    public static Gson gson() {
        return GSON;
    }

    private static final class OffsetDateTimeAdapter extends TypeAdapter<OffsetDateTime> {
        @Override
        public void write(JsonWriter out, OffsetDateTime value) throws IOException {
            out.value(JamfDates.format(value));
        }

        @Override
        public OffsetDateTime read(JsonReader in) throws IOException {
            String text = in.nextString();
            try {
                return JamfDates.parseDateTime(text);
            } catch (IllegalArgumentException e) {
                throw new JsonParseException(e.getMessage() + " at " + in.getPreviousPath(), e);
            }
        }
    }

    private static final class LocalDateAdapter extends TypeAdapter<LocalDate> {
        @Override
        public void write(JsonWriter out, LocalDate value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public LocalDate read(JsonReader in) throws IOException {
            String text = in.nextString();
            try {
                return JamfDates.parseDate(text);
            } catch (IllegalArgumentException e) {
                throw new JsonParseException(e.getMessage() + " at " + in.getPreviousPath(), e);
            }
        }
    }

    /** Base64 text, as Jamf sends certificates, keystores and tokens; line breaks in it are tolerated. */
    private static final class Base64Adapter extends TypeAdapter<byte[]> {
        @Override
        public void write(JsonWriter out, byte[] value) throws IOException {
            out.value(Base64.getEncoder().encodeToString(value));
        }

        @Override
        public byte[] read(JsonReader in) throws IOException {
            String text = in.nextString();
            try {
                return Base64.getMimeDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw new JsonParseException("not Base64 at " + in.getPreviousPath() + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Wraps the generated enum adapters: writing is unchanged, an unknown value reads as null and is
     * logged once. User-registered factories run before class-level {@code @JsonAdapter}, and
     * {@code getDelegateAdapter} hands us that generated adapter.
     */
    static final class TolerantEnumFactory implements TypeAdapterFactory {
        private final Set<String> reported = ConcurrentHashMap.newKeySet();

        @Override
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            Class<? super T> raw = type.getRawType();
            if (!raw.isEnum() || !raw.getName().startsWith(MODEL_PACKAGE + ".")) {
                return null;
            }
            TypeAdapter<T> delegate = gson.getDelegateAdapter(this, type);
            TypeAdapter<JsonElement> elements = gson.getAdapter(JsonElement.class);
            return new TypeAdapter<T>() {
                @Override
                public void write(JsonWriter out, T value) throws IOException {
                    delegate.write(out, value);
                }

                @Override
                public T read(JsonReader in) throws IOException {
                    if (in.peek() == JsonToken.NULL) {
                        in.nextNull();
                        return null;
                    }
                    String path = in.getPath();
                    JsonElement element = elements.read(in);
                    try {
                        return delegate.fromJsonTree(element);
                    } catch (IllegalArgumentException | JsonParseException e) {
                        String value = element.toString();
                        if (reported.add(raw.getName() + "=" + value)) {
                            LOG.warn("Unknown value {} for {} at {}: read as null (this SDK predates it)",
                                    value, raw.getSimpleName(), path);
                        }
                        return null;
                    }
                }
            };
        }
    }
}
