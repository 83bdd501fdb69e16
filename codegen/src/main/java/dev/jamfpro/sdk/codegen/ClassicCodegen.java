package dev.jamfpro.sdk.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Generates the Classic API layer at build time: {@code ClassicApi} (one method per operation of the
 * Classic swagger) and the JAXB models of {@code dev.jamfpro.sdk.classic.model} (one per schema of
 * Jamf's Classic resource document), with {@code specs/classic-catalogue.json} for what the documents
 * leave out. The runtime it calls ({@code ClassicCalls}, {@code ClassicXml}) is hand-written.
 *
 * <p>Arguments: {@code <swagger.yaml> <resources.json> <catalogue.json> <source output dir> <index.json>}.
 * The index lists every schema and method for the SDK's tests.
 */
public final class ClassicCodegen {
    private ClassicCodegen() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            throw new IllegalArgumentException("usage: ClassicCodegen <swagger.yaml> <resources.json> <catalogue.json> <out dir> <index.json>");
        }
        JsonNode swagger = new ObjectMapper(new YAMLFactory()).readTree(Path.of(args[0]).toFile());
        JsonNode document = new ObjectMapper().readTree(Path.of(args[1]).toFile());
        ClassicCatalogue catalogue = ClassicCatalogue.read(Path.of(args[2]));
        Path out = Path.of(args[3]);
        ClassicModels models = new ClassicModels(catalogue.patchedSchemas(document.path("components").path("schemas")), catalogue);
        ClassicOperations operations = new ClassicOperations(swagger, document, catalogue, models);
        ClassicApiWriter api = new ClassicApiWriter(operations, models, catalogue);
        String apiSource = api.source();
        Map<String, String> modelSources = new ClassicModelWriter(models.classes(), catalogue).sources();
        clean(out);
        Path modelDir = Files.createDirectories(out.resolve("dev/jamfpro/sdk/classic/model"));
        Path apiDir = Files.createDirectories(out.resolve("dev/jamfpro/sdk/classic"));
        Files.writeString(apiDir.resolve("ClassicApi.java"), apiSource, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> file : modelSources.entrySet()) {
            Files.writeString(modelDir.resolve(file.getKey() + ".java"), file.getValue(), StandardCharsets.UTF_8);
        }
        Path index = Path.of(args[4]);
        Files.createDirectories(index.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(index.toFile(), api.index());
        System.out.println("[classic-codegen] " + operations.methods().size() + " methods for "
                + operations.operationsByResource().size() + " resources, " + modelSources.size() + " model files ("
                + models.classes().size() + " classes) from " + models.schemaNames().size() + " schemas -> " + out);
    }

    private static void clean(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
