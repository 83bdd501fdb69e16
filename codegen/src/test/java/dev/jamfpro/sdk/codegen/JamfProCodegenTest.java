package dev.jamfpro.sdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
