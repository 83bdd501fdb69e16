package dev.jamfpro.sdk.internal.json;

import com.google.gson.annotations.SerializedName;
import dev.jamfpro.sdk.pro.ProModel;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/** The JSON properties a generated Pro model declares: its instance fields, those of its superclasses first. */
public final class ModelFields {
    private static final Field MODEL_JSON;

    static {
        try {
            MODEL_JSON = ProModel.class.getDeclaredField("json");
            MODEL_JSON.setAccessible(true);
        } catch (NoSuchFieldException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ModelFields() {
    }

    /** The declared fields, accessible, in declaration order (superclass fields first). */
    static List<Field> of(Class<?> model) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = model; c != null && c != ProModel.class && c != Object.class; c = c.getSuperclass()) {
            chain.add(0, c);
        }
        List<Field> fields = new ArrayList<>();
        for (Class<?> c : chain) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    /** The JSON name of a declared field. */
    static String jsonName(Field field) {
        SerializedName name = field.getAnnotation(SerializedName.class);
        return name != null ? name.value() : field.getName();
    }

    /** True when {@code model} declares a property of that JSON name. */
    public static boolean declares(Class<?> model, String jsonName) {
        return of(model).stream().anyMatch(f -> jsonName(f).equals(jsonName));
    }

    /** What the model holds beside its typed fields; null when nothing. */
    static ModelJson json(Object model) {
        try {
            return (ModelJson) MODEL_JSON.get(model);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the model holds beside its typed fields, created when absent. */
    static ModelJson jsonOf(Object model) {
        ModelJson json = json(model);
        if (json == null) {
            json = new ModelJson();
            try {
                MODEL_JSON.set(model, json);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return json;
    }
}
