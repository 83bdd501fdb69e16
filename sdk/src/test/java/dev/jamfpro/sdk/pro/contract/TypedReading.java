package dev.jamfpro.sdk.pro.contract;

import com.google.gson.annotations.SerializedName;
import dev.jamfpro.sdk.pro.ProModel;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where a value read into generated models was not read into typed fields: members kept because
 * the model does not declare them, and declared properties kept as received. A model keeps those
 * and writes them back, so a round trip alone cannot tell a typed read from a kept one.
 */
final class TypedReading {
    private TypedReading() {
    }

    /** Paths of everything kept rather than typed; empty when the whole value was read into typed fields. */
    static List<String> untyped(Object value) {
        List<String> found = new ArrayList<>();
        walk("$", value, found);
        return found;
    }

    private static void walk(String path, Object value, List<String> found) {
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(path + "[" + i++ + "]", item, found);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(path + "." + key, item, found));
        } else if (value instanceof ProModel model) {
            model.additionalFields().keySet().forEach(name -> found.add(path + "." + name + " (not declared)"));
            for (Class<?> c = model.getClass(); c != ProModel.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    SerializedName name = field.getAnnotation(SerializedName.class);
                    String json = name == null ? field.getName() : name.value();
                    model.rawValue(json).ifPresent(raw -> found.add(path + "." + json + " (kept as received: " + raw + ")"));
                    field.setAccessible(true);
                    try {
                        walk(path + "." + json, field.get(model), found);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }
}
