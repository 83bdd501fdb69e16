package dev.jamfpro.sdk.internal.json;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonWriter;
import dev.jamfpro.sdk.pro.ProModel;
import java.io.IOException;
import java.lang.reflect.Modifier;

/**
 * Reads and writes every generated Pro model losslessly ({@link ModelAdapter}) and every generated
 * {@code oneOf} interface by its discriminator ({@link OneOfAdapter}). Stateless: what it caches
 * lives in the adapters Gson keeps per type.
 */
final class ProModelAdapters implements TypeAdapterFactory {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        Class<? super T> raw = type.getRawType();
        if (ProModel.class.isAssignableFrom(raw) && !Modifier.isAbstract(raw.getModifiers())) {
            return new ModelAdapter(gson, raw);
        }
        OneOf oneOf = raw.getAnnotation(OneOf.class);
        if (raw.isInterface() && oneOf != null) {
            return new OneOfAdapter(gson, oneOf);
        }
        return null;
    }

    /** Writes a value kept as received exactly, its {@code null} members included. */
    static void writeExactly(JsonWriter out, TypeAdapter<JsonElement> elements, JsonElement json) throws IOException {
        boolean serializeNulls = out.getSerializeNulls();
        out.setSerializeNulls(true);
        try {
            elements.write(out, json);
        } finally {
            out.setSerializeNulls(serializeNulls);
        }
    }
}
