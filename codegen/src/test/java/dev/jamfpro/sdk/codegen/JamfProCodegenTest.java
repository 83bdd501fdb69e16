package dev.jamfpro.sdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.CodegenParameter;

class JamfProCodegenTest {

    @Test
    void pathParametersMoveBeforeTheFirstQueryParameterOnlyWhenListedAfterOne() {
        List<CodegenParameter> ordered = JamfProCodegen.pathBeforeQuery(List.of(
                param("header", "accept"), param("query", "filter"), param("path", "id"), param("query", "columns"),
                param("path", "sub")));
        assertEquals(List.of("accept", "id", "sub", "filter", "columns"), ordered.stream().map(p -> p.baseName).toList());

        List<CodegenParameter> documentOrder = List.of(param("path", "id"), param("query", "page"), param("body", "body"));
        assertEquals(documentOrder, JamfProCodegen.pathBeforeQuery(documentOrder));
    }

    @Test
    void twoOperationsWithOneNameFailTheBuildNamingBoth() {
        OpenAPI api = new OpenAPI().info(new Info().title("t").version("1")).components(new Components())
                .paths(new Paths()
                        .addPathItem("/v1/auth/keep-alive", new PathItem().post(new Operation()))
                        .addPathItem("/v1/auth/keepAlive", new PathItem().post(new Operation())));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new JamfProCodegen().preprocessOpenAPI(api));

        assertTrue(e.getMessage().contains("POST /v1/auth/keep-alive") && e.getMessage().contains("POST /v1/auth/keepAlive")
                && e.getMessage().contains("postAuthKeepAliveV1"), e.getMessage());
    }

    private static CodegenParameter param(String in, String name) {
        CodegenParameter p = new CodegenParameter();
        p.baseName = name;
        p.isPathParam = in.equals("path");
        p.isQueryParam = in.equals("query");
        p.isHeaderParam = in.equals("header");
        p.isBodyParam = in.equals("body");
        return p;
    }
}
