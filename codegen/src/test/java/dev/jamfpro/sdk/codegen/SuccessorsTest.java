package dev.jamfpro.sdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuccessorsTest {

    @Test
    void theSuccessorIsTheSamePathUnderTheNewestVersionThatIsNotDeprecated() {
        OpenAPI api = new OpenAPI().paths(new Paths()
                .addPathItem("/v1/computers-inventory", new PathItem().get(deprecated()).post(deprecated()))
                .addPathItem("/v2/computers-inventory", new PathItem().get(deprecated()))
                .addPathItem("/v3/computers-inventory", new PathItem().get(current()))
                .addPathItem("/v4/computers-inventory", new PathItem().get(current()))
                .addPathItem("/v5/computers-inventory", new PathItem().get(deprecated()))
                .addPathItem("/auth", new PathItem().get(deprecated()))
                .addPathItem("/v1/auth", new PathItem().get(current()))
                .addPathItem("/preview/mdm/commands", new PathItem().post(deprecated()))
                .addPathItem("/v2/mdm/commands", new PathItem().post(current()))
                .addPathItem("/v1/jcds/files", new PathItem().get(deprecated()))
                .addPathItem("/v1/packages", new PathItem().get(current()))
                .addPathItem("/v2/old", new PathItem().get(deprecated()))
                .addPathItem("/v1/old", new PathItem().get(current())));

        assertEquals(Map.of(
                "GET /v1/computers-inventory", "GET /v4/computers-inventory",
                "GET /v2/computers-inventory", "GET /v4/computers-inventory",
                "GET /auth", "GET /v1/auth",
                "POST /preview/mdm/commands", "POST /v2/mdm/commands"), Successors.of(api),
                "no successor: another method (POST v1), only deprecated or older versions, another path");
    }

    @Test
    void annotationLiteralsEscapeWhatJavaWouldRead() {
        assertEquals("\"Read \\\"A\\\" \\\\u0041\\n\"", ProOperationSource.literal("Read \"A\" \\u0041\n"));
        assertEquals("@dev.jamfpro.sdk.internal.ProOperation(value = \"GET /v1/x\", privileges = {\"Read X\", \"Read Y\"}, "
                        + "deprecated = true, deprecationDate = \"2025-08-28\", successor = \"GET /v2/x\", successorMethod = \"getXV2\")",
                ProOperationSource.of("GET /v1/x", List.of("Read X", "Read Y"), true, "2025-08-28", "GET /v2/x", "getXV2"));
        assertEquals("@dev.jamfpro.sdk.internal.ProOperation(value = \"GET /v1/y\")",
                ProOperationSource.of("GET /v1/y", List.of(), false, null, null, null));
    }

    private static Operation deprecated() {
        return new Operation().deprecated(true);
    }

    private static Operation current() {
        return new Operation();
    }
}
