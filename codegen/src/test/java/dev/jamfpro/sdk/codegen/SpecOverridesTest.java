package dev.jamfpro.sdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecOverridesTest {
    @TempDir
    Path dir;

    @Test
    void operationPatchReachesTheSchemaTheGeneratorMovedToComponents() throws Exception {
        OpenAPI api = new OpenAPI().components(new Components().addSchemas("upload_request",
                new ObjectSchema().addProperty("file", new StringSchema())));
        Operation upload = new Operation().requestBody(new RequestBody().content(new Content().addMediaType(
                "multipart/form-data", new MediaType().schema(new Schema<>().$ref("#/components/schemas/upload_request")))));
        api.paths(new Paths().addPathItem("/v2/upload", new PathItem().post(upload)));

        overrides("""
                {"operationPatches": {"POST /v2/upload": {"requestBody": {"content": {"multipart/form-data":
                    {"schema": {"properties": {"file": {"format": "binary"}}}}}}},
                  "POST /v9/absent": {"summary": "skipped"}}}
                """).applyTo(api);

        Schema<?> file = (Schema<?>) api.getComponents().getSchemas().get("upload_request").getProperties().get("file");
        assertEquals("binary", file.getFormat());
        assertEquals("string", file.getType());
        assertEquals("#/components/schemas/upload_request", api.getPaths().get("/v2/upload").getPost().getRequestBody()
                .getContent().get("multipart/form-data").getSchema().get$ref());
    }

    @Test
    void schemaPatchRemovesWithNullAndSkipsAbsentSchemas() throws Exception {
        ObjectSchema map = new ObjectSchema();
        map.addProperty("key", new StringSchema()._enum(java.util.List.of("A")));
        map.setAdditionalProperties(new StringSchema());
        OpenAPI api = new OpenAPI().components(new Components().addSchemas("Owner", new ObjectSchema().addProperty("byKey", map)));

        overrides("""
                {"schemaPatches": {"Owner": {"properties": {"byKey": {"properties": null}}}, "Absent": {"type": "object"}}}
                """).applyTo(api);

        Schema<?> patched = (Schema<?>) api.getComponents().getSchemas().get("Owner").getProperties().get("byKey");
        assertNull(patched.getProperties());
        assertEquals("string", ((Schema<?>) patched.getAdditionalProperties()).getType());
    }

    @Test
    void keysMustNameAnOperation() {
        assertThrows(IllegalArgumentException.class, () -> overrides("{\"operationPatches\": {\"/v1/x\": {}}}"));
        assertThrows(IllegalArgumentException.class, () -> overrides("{\"operationNames\": {\"get /v1/x\": \"y\"}}"));
    }

    private SpecOverrides overrides(String json) throws Exception {
        File file = dir.resolve("overrides.json").toFile();
        Files.writeString(file.toPath(), json);
        return SpecOverrides.read(file);
    }
}
