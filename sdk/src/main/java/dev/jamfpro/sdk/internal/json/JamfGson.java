package dev.jamfpro.sdk.internal.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;

/**
 * The one Gson the SDK uses for the Pro API, immutable and shared: ISO-8601 {@code java.time} values
 * read leniently, {@code byte[]} (the document's {@code format: byte}) as Base64 text, and every
 * generated model read and written losslessly ({@link ProModelAdapters}): members the model does not
 * declare, enum values this SDK does not know and values of another shape than declared are kept and
 * written back unchanged, so an answer from a newer Jamf Pro never breaks an older SDK nor loses a
 * field on its way back.
 */
public final class JamfGson {
    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(OffsetDateTime.class, new OffsetDateTimeAdapter().nullSafe())
            .registerTypeAdapter(LocalDate.class, new LocalDateAdapter().nullSafe())
            .registerTypeAdapter(byte[].class, new Base64Adapter().nullSafe())
            .registerTypeAdapter(Boolean.class, new StrictBooleanAdapter().nullSafe())
            .registerTypeAdapterFactory(new ProModelAdapters())
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
     * {@code true} and {@code false} (also as text, in any case): Gson's own reads any other text as
     * {@code false}, which would turn {@code "yes"} into a quiet {@code false}; here it does not
     * convert, so a model keeps it as received.
     */
    private static final class StrictBooleanAdapter extends TypeAdapter<Boolean> {
        @Override
        public void write(JsonWriter out, Boolean value) throws IOException {
            out.value(value);
        }

        @Override
        public Boolean read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.STRING) {
                String text = in.nextString();
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                    return Boolean.valueOf(text);
                }
                throw new JsonSyntaxException("not a boolean at " + in.getPreviousPath() + ": '" + text + "'");
            }
            return in.nextBoolean();
        }
    }
}
