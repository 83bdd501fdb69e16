package dev.jamfpro.sdk.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Writes the blocking twin of a class whose methods return {@code CompletableFuture}s, at compile time:
 * for {@code dev.jamfpro.sdk.classic.ClassicApi}, {@code BlockingClassicApi} in the same package, with
 * every public instance method returning {@code CompletableFuture<T>} as a method of the same name and
 * parameters returning {@code T} ({@code void} for {@code Void}) that waits with
 * {@code dev.jamfpro.sdk.internal.Blocking.await}. The Javadoc is the original's, with its
 * {@code @return} replaced, {@code @throws} added and {@code {@link #x}} pointed at the original.
 *
 * <p>Because it reads the compiled class rather than a list of methods, a method added to the class,
 * by hand or by a generator, gets its twin in the same {@code javac} run with no more code. The classes
 * to twin are named by the option {@code -Ajamf.blockingTwins=a.b.C,d.e.F}; a class is twinned only in
 * the compilation that compiles it (not in a test compilation that merely sees it).
 */
public final class BlockingTwinProcessor extends AbstractProcessor {
    /** The processor option naming the classes to twin, comma-separated. */
    public static final String OPTION = "jamf.blockingTwins";
    static final String PREFIX = "Blocking";
    private static final String FUTURE = "java.util.concurrent.CompletableFuture";
    private static final Pattern LOCAL_LINK = Pattern.compile("\\{@(link|linkplain) #");

    private final Set<String> written = new HashSet<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        String option = processingEnv.getOptions().get(OPTION);
        if (option == null || round.processingOver()) {
            return false;
        }
        Set<? extends Element> compiled = round.getRootElements();
        for (String name : option.split(",")) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name.trim());
            if (type != null && compiled.contains(type) && written.add(type.getQualifiedName().toString())) {
                write(type);
            }
        }
        return false;
    }

    private void write(TypeElement type) {
        String pkg = ((PackageElement) type.getEnclosingElement()).getQualifiedName().toString();
        String original = type.getSimpleName().toString();
        String twin = PREFIX + original;
        List<ExecutableElement> methods = futureMethods(type);
        StringBuilder out = new StringBuilder();
        out.append("package ").append(pkg).append(";\n\n");
        out.append("/**\n")
                .append(" * {@link ").append(original).append("}, blocking: its methods with the same names and parameters,\n")
                .append(" * returning the answer itself instead of a future.\n")
                .append(" *\n")
                .append(" * <p>Each method waits for its call and returns the answer, or throws the SDK's exception directly,\n")
                .append(" * never wrapped in a {@code CompletionException}: a {@link dev.jamfpro.sdk.JamfHttpException} for a\n")
                .append(" * non-2xx answer, another {@link dev.jamfpro.sdk.JamfProSdkException} when the call fails otherwise.\n")
                .append(" * The exception's stack trace is the caller's; where it was raised is kept as a suppressed exception.\n")
                .append(" * Waiting parks the thread without holding a monitor: on a virtual thread it releases the carrier.\n")
                .append(" *\n")
                .append(" * <p>Generated at compile time from {@link ").append(original).append("} (")
                .append(methods.size()).append(" methods) by {@code ").append(getClass().getSimpleName())
                .append("}: every method of it\n")
                .append(" * returning a {@code CompletableFuture} has its twin here.\n")
                .append(" */\n")
                .append("@javax.annotation.processing.Generated(\"").append(getClass().getName()).append("\")\n")
                .append("public final class ").append(twin).append(" {\n")
                .append("    /** The asynchronous API the methods wait for. */\n")
                .append("    private final ").append(original).append(" async;\n\n")
                .append("    /**\n     * Use {@link #of}.\n     *\n     * @param async the asynchronous API\n     */\n")
                .append("    private ").append(twin).append('(').append(original).append(" async) {\n")
                .append("        this.async = async;\n    }\n\n")
                .append("    /**\n     * The blocking face of {@code async}: its methods wait for those of {@code async}.\n     *\n")
                .append("     * @param async the asynchronous API, for example {@code asyncClient.classicApi()}\n")
                .append("     * @return the blocking API\n     */\n")
                .append("    public static ").append(twin).append(" of(").append(original).append(" async) {\n")
                .append("        return new ").append(twin).append("(java.util.Objects.requireNonNull(async, \"async == null\"));\n")
                .append("    }\n\n")
                .append("    /**\n     * The asynchronous API these methods wait for.\n     *\n")
                .append("     * @return the {@link ").append(original).append("} these methods call\n     */\n")
                .append("    public ").append(original).append(" async() {\n        return async;\n    }\n");
        for (ExecutableElement method : methods) {
            out.append('\n');
            method(out, original, method);
        }
        out.append("\n    @Override\n    public String toString() {\n        return \"").append(twin)
                .append("{\" + async + '}';\n    }\n}\n");
        try (Writer writer = processingEnv.getFiler().createSourceFile(pkg + "." + twin, type).openWriter()) {
            writer.write(out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE,
                "wrote " + pkg + "." + twin + " (" + methods.size() + " blocking methods)");
    }

    /** Public instance methods returning {@code CompletableFuture}, declared or inherited (not from Object), in source order. */
    private List<ExecutableElement> futureMethods(TypeElement type) {
        List<ExecutableElement> methods = new ArrayList<>();
        for (Element member : processingEnv.getElementUtils().getAllMembers(type)) {
            if (member.getKind() != ElementKind.METHOD || !member.getModifiers().contains(Modifier.PUBLIC)
                    || member.getModifiers().contains(Modifier.STATIC)
                    || ((TypeElement) member.getEnclosingElement()).getQualifiedName().contentEquals("java.lang.Object")) {
                continue;
            }
            ExecutableElement method = (ExecutableElement) member;
            if (isFuture(method.getReturnType())) {
                methods.add(method);
            }
        }
        return methods;
    }

    private boolean isFuture(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(FUTURE);
    }

    private void method(StringBuilder out, String original, ExecutableElement method) {
        String name = method.getSimpleName().toString();
        TypeMirror value = ((DeclaredType) method.getReturnType()).getTypeArguments().get(0);
        boolean none = value.toString().equals("java.lang.Void");
        List<String> parameters = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        List<String> erased = new ArrayList<>();
        List<? extends VariableElement> params = method.getParameters();
        for (int i = 0; i < params.size(); i++) {
            VariableElement p = params.get(i);
            boolean varargs = method.isVarArgs() && i == params.size() - 1;
            String type = varargs ? ((ArrayType) p.asType()).getComponentType() + "..." : p.asType().toString();
            parameters.add(type + " " + p.getSimpleName());
            arguments.add(p.getSimpleName().toString());
            String erasure = processingEnv.getTypeUtils().erasure(p.asType()).toString();
            erased.add(varargs ? erasure.substring(0, erasure.length() - 2) + "..." : erasure);
        }
        String link = original + "#" + name + "(" + String.join(", ", erased) + ")";
        out.append(javadoc(method, original, link, "{@code " + original + "." + name + "}", params, none));
        if (method.getAnnotation(Deprecated.class) != null) {
            out.append("    @Deprecated\n");
        }
        out.append("    public ");
        if (!method.getTypeParameters().isEmpty()) {
            out.append(method.getTypeParameters().stream().map(BlockingTwinProcessor::typeParameter)
                    .collect(Collectors.joining(", ", "<", "> ")));
        }
        out.append(none ? "void" : value.toString()).append(' ').append(name).append('(')
                .append(String.join(", ", parameters)).append(") {\n        ")
                .append(none ? "" : "return ").append("dev.jamfpro.sdk.internal.Blocking.await(async.").append(name)
                .append('(').append(String.join(", ", arguments)).append("));\n    }\n");
    }

    private static String typeParameter(TypeParameterElement parameter) {
        List<String> bounds = parameter.getBounds().stream().map(TypeMirror::toString)
                .filter(b -> !b.equals("java.lang.Object")).toList();
        return parameter.getSimpleName() + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds));
    }

    /** The original's Javadoc, blocking: its own {@code @return} replaced, {@code @throws} added. */
    private String javadoc(ExecutableElement method, String original, String link, String mention,
                           List<? extends VariableElement> params, boolean none) {
        String doc = processingEnv.getElementUtils().getDocComment(method);
        List<String> body = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        if (doc != null) {
            boolean inReturn = false;
            List<String> target = body;
            for (String raw : doc.strip().split("\n", -1)) {
                String line = LOCAL_LINK.matcher(raw.startsWith(" ") ? raw.substring(1) : raw)
                        .replaceAll(Matcher.quoteReplacement("{@$1 " + original + "#"));
                String trimmed = line.strip();
                if (trimmed.startsWith("@")) {
                    target = tags;
                    inReturn = trimmed.startsWith("@return");
                }
                if (!inReturn) {
                    target.add(line);
                }
            }
        }
        while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) {
            body.remove(body.size() - 1);
        }
        if (body.isEmpty()) {
            body.add("The blocking form of {@link " + link + "}.");
        } else {
            body.add("");
            body.add("<p>Waits for {@link " + link + "}.");
        }
        List<String> lines = new ArrayList<>(body);
        lines.add("");
        for (VariableElement p : params) {
            String tag = "@param " + p.getSimpleName();
            if (tags.stream().noneMatch(t -> t.strip().equals(tag) || t.strip().startsWith(tag + " "))) {
                lines.add(tag + " as for " + mention);
            }
        }
        List<String> kept = new ArrayList<>(tags);
        List<String> deprecated = new ArrayList<>();
        boolean inDeprecated = false;
        for (String tag : kept) {
            if (tag.strip().startsWith("@")) {
                inDeprecated = tag.strip().startsWith("@deprecated");
            }
            (inDeprecated ? deprecated : lines).add(tag);
        }
        if (!none) {
            lines.add("@return the answer " + mention + " completes with");
        }
        lines.add("@throws dev.jamfpro.sdk.JamfHttpException if Jamf Pro answers with a status that is not 2xx");
        lines.add("@throws dev.jamfpro.sdk.JamfProSdkException if the call fails otherwise (timeout, connection, an unreadable answer)");
        lines.addAll(deprecated);
        StringBuilder out = new StringBuilder("    /**\n");
        for (String line : lines) {
            out.append(line.isBlank() ? "     *" : "     * " + line).append('\n');
        }
        return out.append("     */\n").toString();
    }
}
