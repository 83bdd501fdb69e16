package dev.jamfpro.sdk.internal.json;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A generated {@code oneOf} interface: reads an object into the option its discriminator names (one
 * object is buffered at a time, since the discriminator may come last), or into the interface's
 * {@code Unknown} class when the discriminator is missing or names no option; writes whatever option
 * it holds through that option's own adapter (whose constructor set the discriminator).
 */
final class OneOfAdapter<T> extends TypeAdapter<T> {
    private final Gson gson;
    private final String discriminator;
    private final Map<String, Class<?>> options = new HashMap<>();
    private final Class<?> unknown;
    private final TypeAdapter<JsonElement> elements;

    OneOfAdapter(Gson gson, OneOf oneOf) {
        this.gson = gson;
        this.discriminator = oneOf.discriminator();
        for (OneOf.Option option : oneOf.options()) {
            options.put(option.value(), option.type());
        }
        this.unknown = oneOf.unknown();
        this.elements = gson.getAdapter(JsonElement.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T read(JsonReader in) throws IOException {
        JsonToken token = in.peek();
        if (token == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        if (token != JsonToken.BEGIN_OBJECT) {
            return (T) gson.getAdapter(unknown).read(in); // kept whole, as received
        }
        JsonObject object = elements.read(in).getAsJsonObject();
        JsonElement value = object.get(discriminator);
        Class<?> option = value != null && value.isJsonPrimitive() ? options.get(value.getAsString()) : null;
        Class<?> type = option != null ? option : unknown;
        return (T) gson.getAdapter(type).fromJsonTree(object);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void write(JsonWriter out, T value) throws IOException {
        if (value == null) {
            out.nullValue();
            return;
        }
        ((TypeAdapter<Object>) gson.getAdapter(value.getClass())).write(out, value);
    }
}
