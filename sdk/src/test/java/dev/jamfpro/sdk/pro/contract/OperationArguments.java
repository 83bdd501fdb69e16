package dev.jamfpro.sdk.pro.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.jamfpro.sdk.internal.json.JamfDates;
import dev.jamfpro.sdk.internal.json.JamfGson;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import retrofit2.http.Body;
import retrofit2.http.Field;
import retrofit2.http.Header;
import retrofit2.http.Part;
import retrofit2.http.Query;

/**
 * The arguments of one generated method for one operation of the document, parameter by parameter
 * (path, query, header, body, form field, multipart part, as the Retrofit annotations say), with what
 * each should look like on the wire. Where the values come from is a {@link Samples}: the contract
 * test's own ({@link Samples#CONTRACT}: escapes, non-ASCII, every parameter set) or a test's that needs
 * a request a server accepts.
 */
final class OperationArguments {
    static final byte[] BINARY = {0, 1, 2, (byte) 0xff, 'P', 'K', 3, 4};
    static final String TEXT = "serial number,device type\nC02 é,Computer\n";
    private static final Gson GSON = JamfGson.gson();

    /** Where argument values come from; null (for an optional query parameter) leaves it out. */
    interface Samples {
        /** Values that exercise encoding: reserved characters, non-ASCII, every optional parameter set. */
        Samples CONTRACT = new Samples() {
        };

        default Object path(String name, Type type, int index) {
            if (type == String.class) {
                return "id " + index + " é?#+/ü"; // space, non-ASCII, reserved characters: all must be escaped
            }
            if (type == Integer.class || type == int.class) {
                return 41 + index;
            }
            if (type == Long.class) {
                return 41L + index;
            }
            if (type instanceof Class<?> c && c.isEnum()) {
                return c.getEnumConstants()[0];
            }
            throw new AssertionError("no path sample for " + type);
        }

        /** A list for a list-typed query parameter ({@code sort} is one joined value on the wire). */
        default List<?> queryList(String name, Type item, OpenApiDocument.Parameter parameter) {
            if (name.equals("sort")) {
                assertEquals(String.class, item, "sort items");
                return List.of("name:asc", "id:desc");
            }
            return List.of(query(name, item, 0, parameter), query(name, item, 1, parameter));
        }

        default Object query(String name, Type type, int index, OpenApiDocument.Parameter parameter) {
            if (type == String.class) {
                return name.equals("filter") ? "general.name==\"Oscar's Mac\";id=in=(1,2)" : "v" + index + " é&=+#";
            }
            if (type == Integer.class) {
                return 3 + index;
            }
            if (type == Long.class) {
                return 3L + index;
            }
            if (type == Boolean.class) {
                return index == 0;
            }
            if (type == OffsetDateTime.class) {
                return OffsetDateTime.parse(SampleJson.DATE_TIME).plusDays(index);
            }
            if (type == LocalDate.class) {
                return LocalDate.parse(SampleJson.DATE).plusDays(index);
            }
            if (type instanceof Class<?> c && c.isEnum()) {
                return c.getEnumConstants()[index % c.getEnumConstants().length];
            }
            throw new AssertionError("no query sample for " + type + " (" + name + ")");
        }

        default String header(String name) {
            return name.equalsIgnoreCase("accept") ? "text/csv" : "de-CH";
        }

        default String field(String name) {
            return "field " + name + " é&=+";
        }

        /** The JSON of a request body, as a value of the document's schema. */
        default JsonElement jsonBody(OpenApiDocument document, JsonObject schema) {
            return new SampleJson(document).of(schema);
        }
    }

    final Object[] values;
    final Map<String, Object> pathValues = new HashMap<>();
    final List<Map.Entry<String, String>> expectedQuery = new ArrayList<>();
    final Map<String, String> expectedHeaders = new LinkedHashMap<>();
    final List<Map.Entry<String, String>> expectedFields = new ArrayList<>();
    final List<String> expectedParts = new ArrayList<>();
    final List<String> javaOrder = new ArrayList<>();
    JsonElement expectedJsonBody;
    /** The JSON body as the method's model read it from {@link #expectedJsonBody}; null without a JSON body. */
    Object jsonBody;

    private final OpenApiDocument document;
    private final OpenApiDocument.Operation op;
    private final Method method;
    private final BodyKind requestKind;
    private final Samples samples;

    OperationArguments(OpenApiDocument document, OpenApiDocument.Operation op, Method method, Samples samples) {
        this.document = document;
        this.op = op;
        this.method = method;
        this.requestKind = BodyKind.of(op.requestContent());
        this.samples = samples;
        this.values = arguments();
    }

    private Object[] arguments() {
        Type[] types = method.getGenericParameterTypes();
        Annotation[][] annotations = method.getParameterAnnotations();
        Object[] args = new Object[types.length];
        int pathIndex = 0;
        int partIndex = 0;
        List<String> formNames = formProperties();
        for (int i = 0; i < types.length; i++) {
            Annotation a = retrofitAnnotation(annotations[i]);
            if (a instanceof retrofit2.http.Path path) {
                Object value = samples.path(path.value(), types[i], pathIndex++);
                pathValues.put(path.value(), value);
                javaOrder.add("path " + path.value());
                args[i] = value;
            } else if (a instanceof Query query) {
                args[i] = querySample(query.value(), types[i]);
                javaOrder.add("query " + query.value());
            } else if (a instanceof Header header) {
                String value = samples.header(header.value());
                expectedHeaders.put(header.value(), value);
                javaOrder.add("header " + header.value());
                args[i] = value;
            } else if (a instanceof Body) {
                args[i] = bodySample(types[i]);
                javaOrder.add("body");
            } else if (a instanceof Field field) {
                String value = samples.field(field.value());
                expectedFields.add(new SimpleEntry<>(field.value(), value));
                javaOrder.add("form " + field.value());
                args[i] = value;
            } else if (a instanceof Part part) {
                String name = part.value().isEmpty()
                        ? (partIndex < formNames.size() ? formNames.get(partIndex) : "unexpected-part-" + partIndex)
                        : part.value();
                partIndex++;
                if (isFileProperty(name)) {
                    assertEquals(MultipartBody.Part.class, types[i], "a file part (format: binary) takes a MultipartBody.Part: " + name);
                }
                expectedParts.add(name);
                javaOrder.add("form " + name);
                args[i] = types[i] == MultipartBody.Part.class
                        ? MultipartBody.Part.createFormData(name, "sample.bin", RequestBody.create(BINARY, MediaType.get("application/octet-stream")))
                        : RequestBody.create(TEXT, MediaType.get("text/plain"));
            } else {
                fail("parameter " + i + " of " + method.getName() + " has no Retrofit annotation");
            }
        }
        return args;
    }

    private Object querySample(String name, Type type) {
        OpenApiDocument.Parameter parameter = op.parameters().stream()
                .filter(p -> p.in().equals("query") && p.name().equals(name)).findFirst().orElse(null);
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            List<?> values = samples.queryList(name, list.getActualTypeArguments()[0], parameter);
            if (values == null) {
                return null;
            }
            if (name.equals("sort")) {
                expectedQuery.add(new SimpleEntry<>("sort", String.join(",", values.stream().map(String::valueOf).toList())));
            } else {
                values.forEach(v -> expectedQuery.add(new SimpleEntry<>(name, wire(v))));
            }
            return values;
        }
        Object value = samples.query(name, type, 0, parameter);
        if (value != null) {
            expectedQuery.add(new SimpleEntry<>(name, wire(value)));
        }
        return value;
    }

    static String wire(Object value) {
        return value instanceof OffsetDateTime time ? JamfDates.format(time) : String.valueOf(value);
    }

    private Object bodySample(Type type) {
        if (type == RequestBody.class) {
            return RequestBody.create(BINARY, (MediaType) null); // the declared Content-Type must come from the method
        }
        if (type == String.class) {
            return TEXT;
        }
        expectedJsonBody = samples.jsonBody(document, requestKind.schema());
        try {
            jsonBody = GSON.fromJson(expectedJsonBody, type);
        } catch (RuntimeException e) {
            throw new AssertionError("a request body built from the document does not read into " + type + ": " + e, e);
        }
        return jsonBody;
    }

    /** The properties of a form or multipart body, in document order; empty for other bodies. */
    List<String> formProperties() {
        if (requestKind.kind() != BodyKind.Kind.MULTIPART && requestKind.kind() != BodyKind.Kind.FORM) {
            return List.of();
        }
        JsonObject schema = document.resolve(requestKind.schema());
        return schema.has("properties") ? new ArrayList<>(schema.getAsJsonObject("properties").keySet()) : List.of();
    }

    boolean isFileProperty(String name) {
        JsonObject schema = document.resolve(requestKind.schema());
        JsonObject property = schema.has("properties") ? schema.getAsJsonObject("properties").getAsJsonObject(name) : null;
        return property != null && BodyKind.isBinary(document.resolve(property));
    }

    private static Annotation retrofitAnnotation(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a.annotationType().getPackageName().equals("retrofit2.http")) {
                return a;
            }
        }
        return null;
    }
}
