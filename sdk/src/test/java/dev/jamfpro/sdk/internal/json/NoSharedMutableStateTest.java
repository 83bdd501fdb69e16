package dev.jamfpro.sdk.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jamfpro.sdk.pro.ProModel;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON layer is shared by every client in a JVM, so it holds no mutable state of its own: every
 * static field is final and none is a collection, a map or an array (Gson itself is immutable).
 */
class NoSharedMutableStateTest {

    @Test
    void theJsonLayerHasNoStaticMutableState() throws Exception {
        List<Class<?>> classes = new ArrayList<>(classesOf(JamfGson.class));
        classes.add(ProModel.class);
        assertTrue(classes.size() >= 8, "classes found: " + classes);
        List<String> mutable = new ArrayList<>();
        for (Class<?> c : classes) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) || field.isSynthetic()) {
                    continue;
                }
                Class<?> type = field.getType();
                if (!Modifier.isFinal(modifiers) || type.isArray() || Collection.class.isAssignableFrom(type)
                        || Map.class.isAssignableFrom(type)) {
                    mutable.add(c.getSimpleName() + "." + field.getName() + " (" + type.getSimpleName() + ")");
                }
            }
        }
        assertEquals(List.of(), mutable);
    }

    /** The classes compiled into the package of {@code anchor}, nested ones included. */
    private static List<Class<?>> classesOf(Class<?> anchor) throws URISyntaxException, Exception {
        Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = root.resolve(anchor.getPackageName().replace('.', '/'));
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString();
                classes.add(Class.forName(anchor.getPackageName() + "." + name.substring(0, name.length() - ".class".length()),
                        false, anchor.getClassLoader()));
            }
        }
        return classes;
    }
}
