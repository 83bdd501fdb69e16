package dev.jamfpro.sdk.internal.json;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import dev.jamfpro.sdk.pro.ProModel;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One declared property of a generated model. The common case streams: a string where a
 * {@code String} is declared, a boolean, an integer, a date Jamf writes as Java does, a known enum
 * value, an object where a model is declared. Anything else is read as a {@link JsonElement} first,
 * then converted: when the typed value cannot show it exactly (an unknown enum value, a number where
 * a string is declared, a date written another way) the JSON is kept beside it and written back
 * while the property is unchanged; when it does not convert at all (an array where an object is
 * declared) the field stays null, the JSON is kept, and the getter reports it.
 */
final class Property {
    private static final Logger LOG = LoggerFactory.getLogger(Property.class);
    static final String UNKNOWN_ENUM_CONSTANT = "UNKNOWN_TO_SDK_VERSION";

    private enum Kind { STRING, BOOLEAN, INTEGER, LONG, DATE_TIME, ENUM, JSON, MODEL, MODEL_ARRAY, MODEL_MAP, OTHER }

    private final Class<?> owner;
    private final Field field;
    private final String name;
    private final Kind kind;
    private final TypeAdapter<Object> adapter;
    private final TypeAdapter<JsonElement> elements;
    /** For {@link Kind#ENUM}: constant by JSON value, and the constant standing for a value this SDK does not know. */
    private final Map<String, Object> enumConstants;
    private final Object unknownEnum;

    @SuppressWarnings("unchecked")
    Property(Gson gson, Class<?> owner, Field field, TypeAdapter<JsonElement> elements) {
        this.owner = owner;
        this.field = field;
        this.name = ModelFields.jsonName(field);
        this.elements = elements;
        Type type = field.getGenericType();
        this.adapter = (TypeAdapter<Object>) gson.getAdapter(TypeToken.get(type));
        this.unknownEnum = unknownEnumConstant(field.getType());
        this.enumConstants = unknownEnum == null ? null : stringEnumConstants(field.getType());
        this.kind = enumConstants != null ? Kind.ENUM : kindOf(type);
    }

    String name() {
        return name;
    }

    void read(JsonReader in, Object model) throws IOException {
        JsonToken token = in.peek();
        if (token == JsonToken.NULL) {
            in.nextNull();
            set(model, null);
            return;
        }
        switch (kind) {
            case STRING -> {
                if (token == JsonToken.STRING) {
                    set(model, in.nextString());
                    return;
                }
            }
            case BOOLEAN -> {
                if (token == JsonToken.BOOLEAN) {
                    set(model, in.nextBoolean());
                    return;
                }
            }
            case INTEGER, LONG -> {
                if (token == JsonToken.NUMBER) {
                    readNumber(in, model);
                    return;
                }
            }
            case DATE_TIME -> {
                if (token == JsonToken.STRING) {
                    readDateTime(in, model);
                    return;
                }
            }
            case ENUM -> {
                if (token == JsonToken.STRING) {
                    readEnum(in, model);
                    return;
                }
            }
            case JSON -> {
                set(model, elements.read(in));
                return;
            }
            case MODEL, MODEL_MAP -> {
                if (token == JsonToken.BEGIN_OBJECT) {
                    set(model, adapter.read(in));
                    return;
                }
                misfit(in, model, elements.read(in));
                return;
            }
            case MODEL_ARRAY -> {
                if (token == JsonToken.BEGIN_ARRAY) {
                    set(model, adapter.read(in));
                    return;
                }
                misfit(in, model, elements.read(in));
                return;
            }
            default -> { }
        }
        convert(in, model, elements.read(in));
    }

    void write(JsonWriter out, Object model, ModelJson json) throws IOException {
        Object value = get(model);
        ModelJson.Received received = json == null ? null : json.received(name);
        if (received != null && received.unchanged(value)) {
            out.name(name);
            ProModelAdapters.writeExactly(out, elements, received.json());
        } else if (value != null) {
            out.name(name);
            adapter.write(out, value);
        }
    }

    private void readNumber(JsonReader in, Object model) throws IOException {
        String text = in.nextString();
        try {
            Object value = kind == Kind.INTEGER ? (Object) Integer.valueOf(text) : (Object) Long.valueOf(text);
            if (value.toString().equals(text)) {
                set(model, value);
                return;
            }
        } catch (NumberFormatException e) {
            // 7.0, 1e3, beyond the range of the type: converted below, or kept as received
        }
        convert(in, model, new JsonPrimitive(new BigDecimal(text)));
    }

    private void readDateTime(JsonReader in, Object model) throws IOException {
        String text = in.nextString();
        OffsetDateTime value;
        try {
            value = JamfDates.parseDateTime(text);
        } catch (IllegalArgumentException e) {
            misfit(in, model, new JsonPrimitive(text));
            return;
        }
        set(model, value);
        if (!JamfDates.format(value).equals(text)) {
            ModelFields.jsonOf(model).receive(name, new JsonPrimitive(text), value, true);
        }
    }

    private void readEnum(JsonReader in, Object model) throws IOException {
        String text = in.nextString();
        Object value = enumConstants.get(text);
        if (value != null) {
            set(model, value);
            return;
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}.{} at {}: value '{}' is unknown to this SDK: read as {}, kept as received",
                    owner.getSimpleName(), name, in.getPreviousPath(), text, UNKNOWN_ENUM_CONSTANT);
        }
        set(model, unknownEnum);
        ModelFields.jsonOf(model).receive(name, new JsonPrimitive(text), unknownEnum, true);
    }

    /** The slow path: the JSON is in hand; convert it, and keep it where the typed value cannot show it exactly. */
    private void convert(JsonReader in, Object model, JsonElement json) {
        if (json.isJsonNull()) {
            set(model, null);
            return;
        }
        Object value;
        try {
            value = adapter.fromJsonTree(json);
        } catch (RuntimeException e) {
            misfit(in, model, json);
            return;
        }
        if (value == null) {
            misfit(in, model, json);
            return;
        }
        set(model, value);
        if (!json.equals(writtenAs(value))) {
            Object asRead = value instanceof Collection<?> || value instanceof Map<?, ?> || value.getClass().isArray()
                    ? adapter.fromJsonTree(json) // a copy of its own: the caller may change the one in the field
                    : value;
            ModelFields.jsonOf(model).receive(name, json, asRead, true);
        }
    }

    private JsonElement writtenAs(Object value) {
        try {
            return adapter.toJsonTree(value);
        } catch (RuntimeException e) {
            return null; // an unknown enum value inside a list cannot be written: the JSON received is kept
        }
    }

    private void misfit(JsonReader in, Object model, JsonElement json) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}.{} at {}: {} does not fit {}: kept as received", owner.getSimpleName(), name,
                    in.getPreviousPath(), ModelJson.kind(json), field.getGenericType().getTypeName());
        }
        set(model, null);
        ModelFields.jsonOf(model).receive(name, json, null, false);
    }

    private Object get(Object model) {
        try {
            return field.get(model);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private void set(Object model, Object value) {
        try {
            field.set(model, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Kind kindOf(Type type) {
        if (type == String.class) {
            return Kind.STRING;
        }
        if (type == Boolean.class) {
            return Kind.BOOLEAN;
        }
        if (type == Integer.class) {
            return Kind.INTEGER;
        }
        if (type == Long.class) {
            return Kind.LONG;
        }
        if (type == OffsetDateTime.class) {
            return Kind.DATE_TIME;
        }
        if (type instanceof Class<?> c && JsonElement.class.isAssignableFrom(c)) {
            return Kind.JSON;
        }
        if (isModel(type)) {
            return Kind.MODEL;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] arguments = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw) && isModel(arguments[0])) {
                return Kind.MODEL_ARRAY;
            }
            if (Map.class.isAssignableFrom(raw) && arguments[0] == String.class && isModel(arguments[1])) {
                return Kind.MODEL_MAP;
            }
        }
        return Kind.OTHER;
    }

    private static boolean isModel(Type type) {
        return type instanceof Class<?> c && (ProModel.class.isAssignableFrom(c) || c.isAnnotationPresent(OneOf.class));
    }

    /** The constant of a generated enum that stands for a value this SDK does not know; null for other types. */
    private static Object unknownEnumConstant(Class<?> type) {
        if (!type.isEnum()) {
            return null;
        }
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(UNKNOWN_ENUM_CONSTANT)) {
                return constant;
            }
        }
        return null;
    }

    /** A generated enum with string values: constant by value (the unknown-value constant left out); else null. */
    private static Map<String, Object> stringEnumConstants(Class<?> type) {
        Map<String, Object> constants = new HashMap<>();
        try {
            Method getValue = type.getMethod("getValue");
            if (getValue.getReturnType() != String.class) {
                return null;
            }
            for (Object constant : type.getEnumConstants()) {
                Object value = getValue.invoke(constant);
                if (value != null) {
                    constants.put((String) value, constant);
                }
            }
        } catch (ReflectiveOperationException e) {
            return null;
        }
        return constants;
    }
}
