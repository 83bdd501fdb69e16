package dev.jamfpro.sdk.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Jamf's Classic resource document read as XML models: every schema becomes a class (or, for a list
 * document, an item class), every inline object a class nested in the nearest top-level class.
 *
 * <p>How the document's JSON shapes are read as XML (Jamf's convention, checked against its Postman
 * examples):
 * <ul>
 *   <li>an array whose items hold one element (and maybe {@code size}) is a list element:
 *       {@code <computers><size>2</size><computer/>…</computers>}; with several elements besides
 *       {@code size}, the one named like the list's singular repeats and the others are plain fields;</li>
 *   <li>an array whose items are a record (several elements, no {@code size}) is that element repeated;</li>
 *   <li>an object holding only one repeated element (and maybe {@code size}) is a list element too;</li>
 *   <li>a top-level array schema whose items are a list entry is a list document (its item class
 *       is named {@code Classic<Schema>Item}); one whose items are a record is a single document.</li>
 * </ul>
 * Classes that several places map to (by name or by {@code classNames}) hold the union of their
 * elements, so nothing any of them declares is left untyped.
 */
final class ClassicModels {
    static final String REFERENCE = "ClassicReference";
    static final String TEXT = "ClassicText";
    private static final String SCHEMA_REF = "#/components/schemas/";

    /** A Java type of a field: a scalar ({@code String}, {@code Integer}, {@code Boolean}) or a class by qualified name. */
    record TypeRef(String name, boolean scalar) {
        static TypeRef scalar(String javaType) {
            return new TypeRef(javaType, true);
        }

        static TypeRef type(String qualifiedName) {
            return new TypeRef(qualifiedName, false);
        }
    }

    /** One XML child element of a class. */
    static final class Field {
        final String element;
        TypeRef type;
        boolean repeated;
        String description;
        String example;
        String defaultValue;
        List<String> allowed = List.of();

        Field(String element, TypeRef type, boolean repeated) {
            this.element = element;
            this.type = type;
            this.repeated = repeated;
        }
    }

    /** A generated class: a model, a list element ({@code itemElement} set) or a list item extending a model. */
    static final class ClassDef {
        final String name;
        String rootElement;
        String description;
        String extendsModel;
        String itemElement;
        TypeRef itemType;
        final Map<String, Field> fields = new LinkedHashMap<>();
        final List<String> sources = new ArrayList<>();

        ClassDef(String name) {
            this.name = name;
        }

        boolean isList() {
            return itemElement != null;
        }

        String outer() {
            int dot = name.indexOf('.');
            return dot < 0 ? name : name.substring(0, dot);
        }

        String simpleName() {
            return name.substring(name.lastIndexOf('.') + 1);
        }
    }

    /** A list document: its root, item element and item class. */
    record ListDoc(String schema, String listElement, String itemElement, TypeRef itemType) {
    }

    private final JsonNode schemas;
    private final ClassicCatalogue catalogue;
    private final Map<String, ClassDef> classes = new TreeMap<>();
    private final Map<String, TypeRef> componentTypes = new LinkedHashMap<>();
    private final Map<String, ListDoc> listDocs = new LinkedHashMap<>();

    ClassicModels(JsonNode schemas, ClassicCatalogue catalogue) {
        this.schemas = schemas;
        this.catalogue = catalogue;
        for (Iterator<String> names = schemas.fieldNames(); names.hasNext(); ) {
            component(names.next());
        }
    }

    Map<String, ClassDef> classes() {
        return classes;
    }

    Map<String, ListDoc> listDocs() {
        return listDocs;
    }

    /** The names of every schema of the document (after the catalogue's patches). */
    List<String> schemaNames() {
        List<String> names = new ArrayList<>();
        schemas.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The type a component schema maps to (a scalar for {@code size}), or null for a list document. */
    TypeRef component(String schemaName) {
        if (componentTypes.containsKey(schemaName)) {
            return componentTypes.get(schemaName);
        }
        if (listDocs.containsKey(schemaName)) {
            return null;
        }
        JsonNode schema = schemas.get(schemaName);
        if (schema == null) {
            throw new IllegalArgumentException("the Classic document has no schema '" + schemaName + "'");
        }
        if (isScalar(schema)) {
            TypeRef scalar = TypeRef.scalar(scalarType(schemaName, schema));
            componentTypes.put(schemaName, scalar);
            return scalar;
        }
        String mapped = catalogue.className(schemaName, schemaName);
        String base = schemaName.replaceFirst("_post$", "");
        if (mapped == null && !base.equals(schemaName) && schemas.has(base)) {
            TypeRef baseType = component(base); // a *_post variant is the same document: one class holds both
            mapped = baseType == null || baseType.scalar() ? null : baseType.name();
        }
        String root = schema.path("xml").path("name").asText(schemaName);
        if ("array".equals(schema.path("type").asText())) {
            JsonNode items = schema.path("items");
            Map<String, JsonNode> props = properties(items);
            List<String> nonSize = new ArrayList<>(props.keySet());
            nonSize.remove("size");
            if (props.containsKey("size") || nonSize.size() == 1) {
                String itemElement = pickItem(root, nonSize, props);
                JsonNode itemSchema = props.get(itemElement);
                if ("array".equals(itemSchema.path("type").asText())) {
                    itemSchema = itemSchema.path("items");
                }
                String itemClass = mapped != null ? mapped : "Classic" + ClassicNames.pascal(schemaName) + "Item";
                TypeRef itemType;
                if (itemSchema.has("$ref")) {
                    TypeRef target = component(refName(itemSchema));
                    if (target == null || target.scalar()) {
                        itemType = target;
                    } else {
                        ClassDef item = define(itemClass, schemaName);
                        ClassDef model = classes.get(target.name());
                        if (model != null && model.fields.containsKey("id")) {
                            item.extendsModel = target.name();
                        } else { // the list entry is id and name even where the record nests them (general/id)
                            merge(item, new Field("id", TypeRef.scalar("Integer"), false));
                            merge(item, new Field("name", TypeRef.scalar("String"), false));
                        }
                        itemType = TypeRef.type(itemClass);
                    }
                } else if (isScalar(itemSchema)) {
                    itemType = TypeRef.scalar(scalarType(itemElement, itemSchema));
                } else {
                    itemType = TypeRef.type(objectClass(itemClass, schemaName + "/" + itemElement, itemSchema));
                }
                listDocs.put(schemaName, new ListDoc(schemaName, root, itemElement, itemType));
                return null;
            }
            schema = items;
        }
        String name = mapped != null ? mapped : "Classic" + ClassicNames.pascal(schemaName);
        TypeRef type = TypeRef.type(name);
        componentTypes.put(schemaName, type);
        if (!name.equals(REFERENCE)) {
            objectClass(name, schemaName, schema);
            ClassDef model = classes.get(name);
            if (model.rootElement == null) {
                model.rootElement = root;
            }
        }
        return type;
    }

    private String objectClass(String name, String path, JsonNode schema) {
        if (name.equals(REFERENCE)) {
            return name;
        }
        String owner = name.contains(".") || classes.containsKey(name) || catalogue.className(path, lastSegment(path)) != null
                ? ownerOf(name) : name;
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : properties(schema).entrySet()) {
            fields.add(field(owner, path + "/" + property.getKey(), property.getKey(), property.getValue()));
        }
        String target = available(name, path, def -> !def.isList() && compatible(def, fields));
        ClassDef def = define(target, path);
        if (def.description == null && schema.hasNonNull("description")) {
            def.description = schema.get("description").asText();
        }
        fields.forEach(field -> merge(def, field));
        listify(def);
        return target;
    }

    /** {@code name}, or when a class of that name holds something else, the name prefixed with the parent element. */
    private String available(String name, String path, java.util.function.Predicate<ClassDef> fits) {
        ClassDef existing = classes.get(name);
        if (existing == null || fits.test(existing) || !name.contains(".")) {
            return name;
        }
        String[] segments = path.split("/");
        String candidate = name;
        for (int i = segments.length - 2; i >= 0; i--) {
            candidate = name.substring(0, name.lastIndexOf('.') + 1) + pascal(segments[i]) + candidate.substring(candidate.lastIndexOf('.') + 1);
            ClassDef other = classes.get(candidate);
            if (other == null || fits.test(other)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no class name for " + path + ": map it in classNames");
    }

    private static String conflict(ClassDef a, ClassDef b) {
        if (a == null || b == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(" (");
        for (Field f : b.fields.values()) {
            Field e = a.fields.get(f.element);
            if (e != null && !e.type.equals(f.type)) {
                out.append(f.element).append(": ").append(e.type.name()).append(" vs ").append(f.type.name()).append("; ");
            }
        }
        return out.append(a.isList() ? "list of " + a.itemElement : "").append(b.isList() ? " / list of " + b.itemElement : "").append(")").toString();
    }

    private boolean compatible(ClassDef def, List<Field> fields) {
        return compatible(def, fields, new java.util.HashSet<>());
    }

    private boolean compatible(ClassDef def, List<Field> fields, Set<String> seen) {
        for (Field field : fields) {
            Field existing = def.fields.get(field.element);
            if (existing != null && !compatible(existing.type, field.type, seen)) {
                return false;
            }
        }
        return true;
    }

    private boolean compatible(TypeRef a, TypeRef b, Set<String> seen) {
        if (a.equals(b) || a.scalar() && b.scalar()) {
            return true;
        }
        if (a.scalar() != b.scalar()) {
            return false;
        }
        if (a.name().equals(REFERENCE) || b.name().equals(REFERENCE) || !seen.add(a.name() + "|" + b.name())) {
            return true;
        }
        ClassDef first = classes.get(a.name());
        ClassDef second = classes.get(b.name());
        if (first == null || second == null || first.isList() != second.isList()) {
            return false;
        }
        if (first.isList() && (!first.itemElement.equals(second.itemElement) || !compatible(first.itemType, second.itemType, seen))) {
            return false;
        }
        return compatible(first, List.copyOf(second.fields.values()), seen);
    }

    private static String ownerOf(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String pascal(String text) {
        return ClassicNames.pascal(text);
    }

    /** An object whose only element repeats (besides {@code size}) is a list element. */
    private static void listify(ClassDef def) {
        if (def.isList() || def.extendsModel != null) {
            return;
        }
        List<Field> repeated = def.fields.values().stream().filter(f -> f.repeated).toList();
        boolean onlySizeBesides = def.fields.values().stream()
                .allMatch(f -> f.repeated || (f.element.equals("size") && f.type.scalar()));
        if (repeated.size() == 1 && onlySizeBesides) {
            Field item = repeated.get(0);
            def.itemElement = item.element;
            def.itemType = item.type;
            def.fields.clear();
        }
    }

    private Field field(String owner, String path, String element, JsonNode schema) {
        Field field = fieldAt(owner, path, element, schema);
        if (field.type.scalar() && !field.type.name().equals(TEXT) && catalogue.matches(catalogue.stringElements(), path)) {
            field.type = TypeRef.scalar("String");
        }
        if (catalogue.matches(catalogue.repeated(), path)) {
            field.repeated = true;
        }
        return field;
    }

    private Field fieldAt(String owner, String path, String element, JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = refName(schema);
            TypeRef target = component(ref);
            if (target == null) { // a list document used as an element: the same list element, inline
                ListDoc doc = listDocs.get(ref);
                ClassDef list = define(nestedName(owner, path, element), path);
                list.itemElement = doc.itemElement();
                list.itemType = doc.itemType();
                return documented(new Field(element, TypeRef.type(list.name), false), schema);
            }
            if (target.scalar()) {
                return documented(new Field(element, scalarOverride(element, target), false), schemas.get(ref));
            }
            return documented(new Field(element, target, false), schema);
        }
        if (isScalar(schema)) {
            return documented(new Field(element, TypeRef.scalar(scalarType(element, schema)), false), schema);
        }
        if ("array".equals(schema.path("type").asText()) || schema.has("items")) {
            JsonNode items = schema.path("items");
            if (items.has("$ref")) {
                Field single = field(owner, path, element, items);
                single.repeated = true;
                return documented(single, schema);
            }
            if (isScalar(items)) {
                return documented(new Field(element, TypeRef.scalar(scalarType(element, items)), true), schema);
            }
            Map<String, JsonNode> props = properties(items);
            List<String> nonSize = new ArrayList<>(props.keySet());
            nonSize.remove("size");
            if (props.containsKey("size") || nonSize.size() == 1) {
                return listField(owner, path, element, props, nonSize, schema);
            }
            String record = objectClass(nestedName(owner, path, element), path, items);
            return documented(new Field(element, TypeRef.type(record), true), schema);
        }
        Map<String, JsonNode> props = properties(schema);
        List<String> children = new ArrayList<>(props.keySet());
        children.remove("size");
        if (children.size() == 1 && isPluralOf(element, children.get(0))) {
            return listField(owner, path, element, props, children, schema);
        }
        if (props.size() == 2 && isType(props.get("id"), "integer") && isType(props.get("name"), "string")
                && catalogue.className(path, element) == null) {
            return documented(new Field(element, TypeRef.type(REFERENCE), false), schema);
        }
        return documented(new Field(element, TypeRef.type(objectClass(nestedName(owner, path, element), path, schema)),
                false), schema);
    }

    private Field listField(String owner, String path, String element, Map<String, JsonNode> props, List<String> nonSize,
                            JsonNode schema) {
                String itemElement = pickItem(element, nonSize, props);
                String preferred = nestedName(owner, path, element);
                String listOwner = ownerOf(preferred);
                Field item = field(listOwner, path + "/" + itemElement, itemElement, props.get(itemElement));
                String listName = available(preferred, path, def -> def.isList() && def.itemElement.equals(itemElement)
                        && compatible(def.itemType, item.type, new java.util.HashSet<>()) || !def.isList() && def.fields.isEmpty());
                ClassDef list = define(listName, path);
                for (String other : nonSize) {
                    if (!other.equals(itemElement)) {
                        merge(list, field(listOwner, path + "/" + other, other, props.get(other)));
                    }
                }
                list.itemElement = itemElement;
                list.itemType = list.itemType == null || list.itemType.equals(item.type) ? item.type
                        : widen(list.itemType, item.type, path);
                return documented(new Field(element, TypeRef.type(list.name), false), schema);
    }

    /** {@code categories}/{@code category}, {@code emails}/{@code email}, {@code addresses}/{@code address}. */
    private static boolean isPluralOf(String list, String item) {
        return list.endsWith(item + "s") || list.endsWith(item + "es")
                || item.endsWith("y") && list.endsWith(item.substring(0, item.length() - 1) + "ies");
    }

    private String nestedName(String owner, String path, String element) {
        String mapped = catalogue.className(path, element);
        return mapped != null ? mapped : owner + "." + ClassicNames.pascal(element);
    }

    private ClassDef define(String name, String source) {
        ClassDef def = classes.computeIfAbsent(name, ClassDef::new);
        def.sources.add(source);
        return def;
    }

    private void merge(ClassDef def, Field field) {
        Field existing = def.fields.get(field.element);
        if (existing == null) {
            def.fields.put(field.element, field);
            return;
        }
        existing.repeated |= field.repeated;
        if (!existing.type.equals(field.type)) {
            existing.type = widen(existing.type, field.type, def.name + "/" + field.element);
        }
        if (existing.description == null) {
            existing.description = field.description;
        }
        if (existing.example == null) {
            existing.example = field.example;
        }
    }

    private TypeRef widen(TypeRef a, TypeRef b, String where) {
        if (a.scalar() && b.scalar()) {
            return TypeRef.scalar("String");
        }
        ClassDef first = a.scalar() ? null : classes.get(a.name());
        ClassDef second = b.scalar() ? null : classes.get(b.name());
        if (first != null && second != null && compatible(a, b, new java.util.HashSet<>())) {
            second.fields.values().forEach(field -> merge(first, field));
            if (first.isList() && !first.itemType.equals(second.itemType)) {
                first.itemType = widen(first.itemType, second.itemType, where);
            }
            return a;
        }
        if (a.name().equals(REFERENCE) && !b.scalar()) {
            return withReference(b);
        }
        if (b.name().equals(REFERENCE) && !a.scalar()) {
            return withReference(a);
        }
        throw new IllegalStateException("<" + where + "> is " + a.name() + " in one place and " + b.name()
                + " in another: map one of them to its own class in classNames" + conflict(first, second));
    }

    /** A class that stands where a reference also stands holds the reference's id and name too. */
    private TypeRef withReference(TypeRef type) {
        ClassDef def = classes.get(type.name());
        if (def != null && !def.isList()) {
            merge(def, new Field("id", TypeRef.scalar("Integer"), false));
            merge(def, new Field("name", TypeRef.scalar("String"), false));
        }
        return type;
    }

    private Field documented(Field field, JsonNode schema) {
        if (field.description == null && schema.hasNonNull("description")) {
            field.description = schema.get("description").asText();
        }
        if (field.example == null && schema.has("example") && schema.get("example").isValueNode()) {
            field.example = schema.get("example").asText();
        }
        if (field.defaultValue == null && schema.has("default") && schema.get("default").isValueNode()) {
            field.defaultValue = schema.get("default").asText();
        }
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(v -> values.add(v.asText()));
            field.allowed = values;
        }
        return field;
    }

    private static String pickItem(String listElement, List<String> nonSize, Map<String, JsonNode> props) {
        if (nonSize.isEmpty()) {
            throw new IllegalStateException("list <" + listElement + "> declares no item element");
        }
        if (nonSize.size() == 1) {
            return nonSize.get(0);
        }
        for (String name : nonSize) {
            if (listElement.equals(name + "s") || listElement.equals(name + "es")
                    || (name.endsWith("y") && listElement.equals(name.substring(0, name.length() - 1) + "ies"))) {
                return name;
            }
        }
        for (String name : nonSize) {
            JsonNode p = props.get(name);
            if (!isScalar(p)) {
                return name;
            }
        }
        return nonSize.get(0);
    }

    private String scalarType(String element, JsonNode schema) {
        if (catalogue.attributed().contains(element)) {
            return TEXT;
        }
        if (catalogue.stringElements().contains(element) || element.endsWith("_epoch")) {
            return "String";
        }
        return switch (schema.path("type").asText("string")) {
            case "integer" -> fitsInt(schema.path("example")) && fitsInt(schema.path("default")) ? "Integer" : "String";
            case "boolean" -> "Boolean";
            default -> "String";
        };
    }

    private TypeRef scalarOverride(String element, TypeRef type) {
        if (catalogue.attributed().contains(element)) {
            return TypeRef.scalar(TEXT);
        }
        if (catalogue.stringElements().contains(element) || element.endsWith("_epoch")) {
            return TypeRef.scalar("String");
        }
        return type;
    }

    private static boolean fitsInt(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return true;
        }
        try {
            BigInteger number = new BigInteger(value.asText());
            return number.bitLength() < 32;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean isScalar(JsonNode schema) {
        if (schema.has("$ref") || schema.has("properties") || schema.has("items")) {
            return false;
        }
        String type = schema.path("type").asText("");
        return !type.equals("object") && !type.equals("array") || type.isEmpty();
    }

    private static boolean isType(JsonNode schema, String type) {
        return schema != null && !schema.has("$ref") && type.equals(schema.path("type").asText());
    }

    /**
     * The properties of an object schema. Jamf writes a few attributes into the property name
     * ({@code management_username deprecated="10.48"}): the element is the name's first word, and it
     * is kept with its attributes ({@link #TEXT}).
     */
    private Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> props = new LinkedHashMap<>();
        JsonNode properties = schema.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isNull()) {
                String[] words = entry.getKey().strip().split("\\s+", 2);
                if (words.length > 1) {
                    catalogue.attributed().add(words[0]);
                }
                props.putIfAbsent(words[0], entry.getValue());
            }
        }
        return props;
    }

    static String refName(JsonNode schema) {
        String ref = schema.get("$ref").asText();
        if (!ref.startsWith(SCHEMA_REF)) {
            throw new IllegalArgumentException("unsupported $ref " + ref);
        }
        return ref.substring(SCHEMA_REF.length());
    }
}
