package dev.jamfpro.sdk.internal.json;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonIOException;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One generated Pro model class, streamed: declared properties are read by {@link Property} (which
 * keeps a value as received where its type cannot show it exactly), members the model does not
 * declare are kept as {@link JsonElement}s, and a value inside a record or a list that is not an
 * object at all is kept whole (the whole answer not being an object is an error: the answer is not
 * what the operation declares). Writing gives back what was read, with what the caller changed.
 */
final class ModelAdapter<T> extends TypeAdapter<T> {
    private static final Logger LOG = LoggerFactory.getLogger(ModelAdapter.class);

    private final Class<T> type;
    private final Constructor<T> constructor;
    private final List<Property> properties = new ArrayList<>();
    private final Map<String, Property> byName = new HashMap<>();
    private final TypeAdapter<JsonElement> elements;

    ModelAdapter(Gson gson, Class<T> type) {
        this.type = type;
        this.elements = gson.getAdapter(JsonElement.class);
        try {
            this.constructor = type.getDeclaredConstructor();
            this.constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " has no constructor without parameters", e);
        }
        for (Field field : ModelFields.of(type)) {
            Property property = new Property(gson, type, field, elements);
            properties.add(property);
            byName.put(property.name(), property);
        }
    }

    @Override
    public T read(JsonReader in) throws IOException {
        JsonToken token = in.peek();
        if (token == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        if (token != JsonToken.BEGIN_OBJECT && in.getPath().equals("$")) {
            // The whole answer is not what the operation declares: that is no odd value inside a record.
            throw new JsonSyntaxException("expected an object (" + type.getSimpleName() + ") but the JSON is "
                    + switch (token) {
                        case BEGIN_ARRAY -> "an array";
                        case STRING -> "a string";
                        case NUMBER -> "a number";
                        case BOOLEAN -> "a boolean";
                        default -> token.toString();
                    });
        }
        T model = newInstance();
        if (token != JsonToken.BEGIN_OBJECT) {
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} at {} came as {}: kept as received", type.getSimpleName(), in.getPath(), token);
            }
            ModelFields.jsonOf(model).whole(elements.read(in));
            return model;
        }
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            Property property = byName.get(name);
            if (property != null) {
                property.read(in, model);
            } else {
                ModelFields.jsonOf(model).putAdditional(name, elements.read(in));
            }
        }
        in.endObject();
        return model;
    }

    @Override
    public void write(JsonWriter out, T value) throws IOException {
        if (value == null) {
            out.nullValue();
            return;
        }
        ModelJson json = ModelFields.json(value);
        if (json != null && json.whole() != null) {
            ProModelAdapters.writeExactly(out, elements, json.whole());
            return;
        }
        out.beginObject();
        for (Property property : properties) {
            property.write(out, value, json);
        }
        if (json != null) {
            for (Map.Entry<String, JsonElement> member : json.additional().entrySet()) {
                out.name(member.getKey());
                ProModelAdapters.writeExactly(out, elements, member.getValue());
            }
        }
        out.endObject();
    }

    private T newInstance() {
        try {
            return constructor.newInstance();
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new JsonIOException("cannot create " + type.getName() + ": " + Objects.toString(e.getCause(), e.toString()), e);
        }
    }
}
