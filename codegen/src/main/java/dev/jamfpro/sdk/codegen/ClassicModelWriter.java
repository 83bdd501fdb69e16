package dev.jamfpro.sdk.codegen;

import dev.jamfpro.sdk.codegen.ClassicModels.ClassDef;
import dev.jamfpro.sdk.codegen.ClassicModels.Field;
import dev.jamfpro.sdk.codegen.ClassicModels.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Java sources of the Classic models: one file per top-level class, inline objects as nested classes. */
final class ClassicModelWriter {
    static final String PACKAGE = "dev.jamfpro.sdk.classic.model";
    private static final Set<String> HAND_WRITTEN = Set.of(ClassicModels.REFERENCE, ClassicModels.TEXT);

    private final Map<String, ClassDef> classes;
    private final ClassicCatalogue catalogue;

    ClassicModelWriter(Map<String, ClassDef> classes, ClassicCatalogue catalogue) {
        this.classes = classes;
        this.catalogue = catalogue;
    }

    /** Source files by top-level class name. */
    Map<String, String> sources() {
        Map<String, List<ClassDef>> byOuter = new LinkedHashMap<>();
        for (ClassDef def : classes.values()) {
            if (!HAND_WRITTEN.contains(def.outer())) {
                byOuter.computeIfAbsent(def.outer(), k -> new ArrayList<>()).add(def);
            }
        }
        Map<String, String> files = new LinkedHashMap<>();
        byOuter.forEach((outer, defs) -> {
            ClassDef top = classes.get(outer);
            if (top == null) {
                throw new IllegalStateException("nested classes " + defs.stream().map(d -> d.name).toList()
                        + " have no top-level class " + outer + ": map a schema or element to " + outer);
            }
            StringBuilder out = new StringBuilder();
            out.append("package ").append(PACKAGE).append(";\n\n")
                    .append("import jakarta.xml.bind.annotation.XmlAccessType;\n")
                    .append("import jakarta.xml.bind.annotation.XmlAccessorType;\n")
                    .append("import jakarta.xml.bind.annotation.XmlElement;\n")
                    .append("import jakarta.xml.bind.annotation.XmlRootElement;\n")
                    .append("import jakarta.xml.bind.annotation.XmlType;\n")
                    .append('\n');
            writeClass(out, top, defs.stream().filter(d -> d != top).toList(), "");
            files.put(outer, out.toString());
        });
        return files;
    }

    private void writeClass(StringBuilder out, ClassDef def, List<ClassDef> nested, String indent) {
        String simple = def.simpleName();
        boolean isNested = !indent.isEmpty();
        List<String> doc = new ArrayList<>();
        String element = def.rootElement != null ? def.rootElement : lastElement(def);
        doc.add("A Classic API {@code <" + JavadocText.escape(element) + ">}"
                + (def.isList() ? ": a list of {@code <" + JavadocText.escape(def.itemElement) + ">}" : "") + ".");
        doc.addAll(JavadocText.lines(def.description));
        List<String> places = def.sources.stream().distinct().limit(4).map(s -> "{@code " + JavadocText.escape(s) + "}").toList();
        doc.add("<p>From Jamf's Classic API document: " + String.join(", ", places)
                + (def.sources.stream().distinct().count() > 4 ? ", …" : "") + ".");
        javadoc(out, indent, doc);
        if (def.rootElement != null) {
            out.append(indent).append("@XmlRootElement(name = \"").append(def.rootElement).append("\")\n");
        }
        out.append(indent).append("@XmlType(name = \"").append(def.name).append("\")\n");
        out.append(indent).append("@XmlAccessorType(XmlAccessType.FIELD)\n");
        String superType = superType(def);
        out.append(indent).append("public ").append(isNested ? "static " : "").append("class ").append(simple)
                .append(" extends ").append(superType).append(" {\n");
        String in = indent + "    ";
        List<Field> fields = ownFields(def, superType);
        Set<String> javaNames = new HashSet<>();
        if (def.isList()) {
            out.append(in).append("@XmlElement(name = \"").append(def.itemElement).append("\")\n")
                    .append(in).append("private java.util.List<").append(javaType(def.itemType)).append("> items;\n");
        }
        for (Field field : fields) {
            String name = fieldName(field);
            if (!javaNames.add(name)) {
                throw new IllegalStateException(def.name + ": two elements map to the Java name " + name);
            }
            out.append(in).append("@XmlElement(name = \"").append(field.element).append("\")\n")
                    .append(in).append("private ").append(fieldType(field)).append(' ').append(name).append(";\n");
        }
        out.append('\n');
        javadoc(out, in, List.of("An empty {@code <" + JavadocText.escape(element) + ">}: nothing is sent until set."));
        out.append(in).append("public ").append(simple).append("() {\n").append(in).append("}\n\n");
        if (superType.equals(ClassicModels.REFERENCE)) {
            javadoc(out, in, List.of("One with the given {@code <id>} and {@code <name>} (either may be null: not sent).", "",
                    "@param id the {@code <id>}, or null", "@param name the {@code <name>}, or null"));
            out.append(in).append("public ").append(simple).append("(Integer id, String name) {\n")
                    .append(in).append("    super(id, name);\n").append(in).append("}\n\n");
        }
        List<String> constructor = catalogue.constructor(def.name);
        if (!constructor.isEmpty()) {
            List<String> ctorDoc = new ArrayList<>(List.of("One with " + String.join(", ", constructor.stream().map(e -> "{@code <" + e + ">}").toList())
                    + " set (null: not sent).", ""));
            ctorDoc.addAll(paramTags(constructor));
            javadoc(out, in, ctorDoc);
            out.append(in).append("public ").append(simple).append('(').append(parameters(def, constructor)).append(") {\n");
            for (String e : constructor) {
                out.append(in).append("    set").append(accessorName(field(def, e))).append('(').append(parameterName(e)).append(");\n");
            }
            out.append(in).append("}\n\n");
        }
        List<String> factory = catalogue.factory(def.name);
        if (!factory.isEmpty()) {
            List<String> factoryDoc = new ArrayList<>(List.of("One with " + String.join(", ", factory.stream().map(e -> "{@code <" + e + ">}").toList())
                    + " set, the rest left out of what is sent.", ""));
            factoryDoc.addAll(paramTags(factory));
            factoryDoc.add("@return a new {@code <" + JavadocText.escape(element) + ">}");
            javadoc(out, in, factoryDoc);
            out.append(in).append("public static ").append(simple).append(" of(").append(parameters(def, factory)).append(") {\n")
                    .append(in).append("    ").append(simple).append(" created = new ").append(simple).append("();\n");
            for (String e : factory) {
                out.append(in).append("    created.set").append(accessorName(field(def, e))).append('(').append(parameterName(e)).append(");\n");
            }
            out.append(in).append("    return created;\n").append(in).append("}\n\n");
        }
        if (def.isList()) {
            String item = javaType(def.itemType);
            javadoc(out, in, List.of("One holding {@code items} (null or empty: none).", "",
                    "@param items the {@code <" + JavadocText.escape(def.itemElement) + ">} entries, in order"));
            out.append(in).append("public ").append(simple).append("(java.util.List<").append(item).append("> items) {\n")
                    .append(in).append("    setItems(items);\n").append(in).append("}\n\n");
            out.append(in).append("@Override\n").append(in).append("public java.util.List<").append(item).append("> getItems() {\n")
                    .append(in).append("    return items = live(items);\n").append(in).append("}\n\n");
            out.append(in).append("@Override\n").append(in).append("public void setItems(java.util.List<").append(item)
                    .append("> items) {\n").append(in).append("    this.items = copy(items);\n").append(in).append("}\n\n");
        }
        for (Field field : fields) {
            accessors(out, in, field);
        }
        dateHelpers(out, in, def, fields);
        for (ClassDef child : nested) {
            writeClass(out, child, List.of(), in);
        }
        trimBlankLine(out);
        out.append(indent).append("}\n");
        if (isNested) {
            out.append('\n');
        }
    }

    private static Field field(ClassDef def, String element) {
        Field field = def.fields.get(element);
        if (field == null || field.repeated) {
            throw new IllegalStateException(def.name + " has no single element <" + element + "> for a constructor");
        }
        return field;
    }

    private static String parameters(ClassDef def, List<String> elements) {
        return String.join(", ", elements.stream().map(e -> {
            Field f = field(def, e);
            String type = f.type.name().equals(ClassicModels.TEXT) ? "String" : javaType(f.type);
            return type + " " + parameterName(e);
        }).toList());
    }

    /** An {@code @param} line per element of a constructor or factory, in parameter order. */
    private static List<String> paramTags(List<String> elements) {
        return elements.stream().map(e -> "@param " + parameterName(e) + " the {@code <" + JavadocText.escape(e) + ">}, or null").toList();
    }

    private static String parameterName(String element) {
        return ClassicNames.safe(ClassicNames.camel(element, Map.of()));
    }

    private void accessors(StringBuilder out, String in, Field field) {
        String name = fieldName(field);
        String pascal = accessorName(field);
        String type = fieldType(field);
        List<String> doc = new ArrayList<>();
        doc.add(field.repeated ? "{@return the {@code <" + JavadocText.escape(field.element) + ">} elements, in document order: a live list (empty, never null)}"
                : "{@return the {@code <" + JavadocText.escape(field.element) + ">} element, or null when absent}");
        doc.addAll(JavadocText.lines(field.description));
        if (!field.allowed.isEmpty()) {
            doc.add("<p>Values Jamf documents: " + String.join(", ", field.allowed.stream().map(ClassicModelWriter::code).toList())
                    + " (other values are kept as sent).");
        }
        if (field.example != null && !field.example.isBlank()) {
            doc.add("<p>Example: " + code(field.example) + ".");
        }
        if (field.defaultValue != null && !field.defaultValue.isBlank()) {
            doc.add("<p>Default: " + code(field.defaultValue) + ".");
        }
        javadoc(out, in, doc);
        boolean text = field.type.scalar() && field.type.name().equals(ClassicModels.TEXT) && !field.repeated;
        String getterType = text ? "String" : type;
        out.append(in).append("public ").append(getterType).append(" get").append(pascal).append("() {\n");
        if (field.repeated) {
            out.append(in).append("    return ").append(name).append(" = ClassicList.live(").append(name).append(");\n");
        } else if (text) {
            out.append(in).append("    return ").append(name).append(" == null ? null : ").append(name).append(".getValue();\n");
        } else {
            out.append(in).append("    return ").append(name).append(";\n");
        }
        out.append(in).append("}\n\n");
        String param = ClassicNames.safe(Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1));
        javadoc(out, in, List.of(field.repeated ? "Replaces the {@code <" + JavadocText.escape(field.element)
                + ">} elements (null or empty: none are sent)." : "Sets {@code <" + JavadocText.escape(field.element)
                + ">}; null leaves it out of what is sent.", "",
                "@param " + param + (field.repeated ? " the new elements, in document order" : " the new value, or null")));
        out.append(in).append("public void set").append(pascal).append('(').append(getterType).append(' ').append(param).append(") {\n");
        if (field.repeated) {
            out.append(in).append("    this.").append(name).append(" = ClassicList.copy(").append(param).append(");\n");
        } else if (text) {
            out.append(in).append("    this.").append(name).append(" = ClassicText.replace(this.").append(name).append(", ")
                    .append(param).append(");\n");
        } else {
            out.append(in).append("    this.").append(name).append(" = ").append(param).append(";\n");
        }
        out.append(in).append("}\n\n");
    }

    /** {@code x()Instant} for every date triple {@code x}, {@code x_epoch}, {@code x_utc} (any two of them). */
    private void dateHelpers(StringBuilder out, String in, ClassDef def, List<Field> fields) {
        Map<String, Field> byElement = new LinkedHashMap<>();
        fields.forEach(f -> byElement.put(f.element, f));
        Set<String> bases = new java.util.LinkedHashSet<>();
        for (Field f : fields) {
            String base = f.element.replaceFirst("_(epoch|utc)$", "");
            if (!base.equals(f.element) || byElement.containsKey(f.element + "_epoch") || byElement.containsKey(f.element + "_utc")) {
                bases.add(base);
            }
        }
        Set<String> methods = new HashSet<>();
        fields.forEach(f -> methods.add(ClassicNames.camel(f.element, Map.of()) + "Instant"));
        for (String base : bases) {
            List<Field> parts = new ArrayList<>();
            for (String suffix : List.of("_epoch", "_utc", "")) {
                Field part = byElement.get(base + suffix);
                parts.add(part != null && !part.repeated && part.type.scalar() && part.type.name().equals("String") ? part : null);
            }
            if (parts.stream().filter(java.util.Objects::nonNull).count() < 2) {
                continue;
            }
            String method = ClassicNames.camel(base, Map.of()) + "Instant";
            javadoc(out, in, List.of("{@return {@code <" + JavadocText.escape(base) + ">} as an instant, from whichever of the date forms Jamf sent"
                    + " (epoch, {@code _utc}, then the zone-less form read as UTC); null if unset}"));
            out.append(in).append("public java.time.Instant ").append(method).append("() {\n").append(in).append("    return dev.jamfpro.sdk.classic.ClassicDates.toInstant(")
                    .append(String.join(", ", parts.stream().map(p -> p == null ? "null" : fieldName(p)).toList()))
                    .append(");\n").append(in).append("}\n\n");
        }
    }

    private List<Field> ownFields(ClassDef def, String superType) {
        List<Field> fields = new ArrayList<>();
        for (Field field : def.fields.values()) {
            if (superType.equals(ClassicModels.REFERENCE) && (field.element.equals("id") || field.element.equals("name"))) {
                continue;
            }
            if (def.isList() && field.element.equals("size")) {
                continue;
            }
            fields.add(field);
        }
        return fields;
    }

    private String superType(ClassDef def) {
        if (def.extendsModel != null) {
            return def.extendsModel;
        }
        if (def.isList()) {
            return "ClassicList<" + javaType(def.itemType) + ">";
        }
        Field id = def.fields.get("id");
        Field name = def.fields.get("name");
        if (id != null && name != null && !id.repeated && !name.repeated && id.type.equals(TypeRef.scalar("Integer"))
                && name.type.equals(TypeRef.scalar("String"))) {
            return ClassicModels.REFERENCE;
        }
        return "ClassicElement";
    }

    static String javaType(TypeRef type) {
        return type.name();
    }

    private static String fieldType(Field field) {
        return field.repeated ? "java.util.List<" + javaType(field.type) + ">" : javaType(field.type);
    }

    static String accessorName(Field field) {
        String pascal = ClassicNames.pascal(field.element);
        return pascal.equals("Class") ? "ClassElement" : pascal;
    }

    private static String fieldName(Field field) {
        String pascal = accessorName(field);
        return ClassicNames.safe(Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1));
    }

    private static String lastElement(ClassDef def) {
        String source = def.sources.get(0);
        return source.substring(source.lastIndexOf('/') + 1);
    }

    static String code(String text) {
        return "{@code " + JavadocText.escape(text.replaceAll("\\s+", " ").strip()).replace("{", "&#123;").replace("}", "&#125;") + "}";
    }

    static void javadoc(StringBuilder out, String indent, List<String> lines) {
        out.append(indent).append("/**\n");
        for (String line : lines) {
            out.append(indent).append(line.isEmpty() ? " *" : " * " + line).append('\n');
        }
        out.append(indent).append(" */\n");
    }

    private static void trimBlankLine(StringBuilder out) {
        while (out.length() >= 2 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n') {
            out.setLength(out.length() - 1);
        }
    }
}
