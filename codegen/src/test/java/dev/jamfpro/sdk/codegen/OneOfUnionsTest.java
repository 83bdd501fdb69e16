package dev.jamfpro.sdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OneOfUnionsTest {

    @Test
    void aOneOfWithADiscriminatorBecomesAnInterfaceOfTheSharedProperties() {
        Components components = new Components()
                .addSchemas("CommandType", new StringSchema()._enum(new ArrayList<>(List.of("ERASE"))))
                .addSchemas("Base", new ObjectSchema().addProperty("commandType", ref("CommandType")))
                .addSchemas("Erase", new ComposedSchema().allOf(List.of(ref("Base"),
                        new ObjectSchema().addProperty("pin", new StringSchema()).addProperty("status", new StringSchema()._enum(List.of("A"))))))
                .addSchemas("Restart", new ComposedSchema().allOf(List.of(ref("Base"), new ObjectSchema()
                        .addProperty("commandType", new Schema<>().example("RESTART")) // annotates only: the typed one stands
                        .addProperty("status", new StringSchema()._enum(List.of("A"))))))
                .addSchemas("Request", new ObjectSchema().addProperty("commandData", new ComposedSchema()
                        .oneOf(List.of(ref("Erase"), ref("Restart")))
                        .discriminator(new Discriminator().propertyName("commandType").mapping(Map.of("ERASE", "#/components/schemas/Erase")))));
        OpenAPI api = new OpenAPI().components(components);

        OneOfUnions.apply(api);

        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Schema<?> request = schemas.get("Request");
        assertEquals("#/components/schemas/RequestCommandData", request.getProperties().get("commandData").get$ref(),
                "an inline oneOf gets a schema of its own");
        Schema<?> sealed = schemas.get("RequestCommandData");
        assertNull(sealed.getOneOf());
        assertEquals(List.of("commandType"), List.copyOf(sealed.getProperties().keySet()),
                "shared alike: commandType; status is an inline enum, so a type of each option's own");
        Map<?, ?> marks = (Map<?, ?>) sealed.getExtensions().get(OneOfUnions.INTERFACE);
        assertEquals("commandType", marks.get("discriminator"));
        assertEquals(List.of(Map.of("value", "ERASE", "schema", "Erase"), Map.of("value", "Restart", "schema", "Restart")),
                marks.get("options"), "mapped values, else the schema name");
        assertEquals(List.of(Map.of("interface", "RequestCommandData", "discriminator", "commandType", "value", "ERASE")),
                schemas.get("Erase").getExtensions().get(OneOfUnions.OPTION));
        assertTrue(schemas.get("CommandType").getEnum().contains("Restart"), "the enum gets the mapped values it lacks");
        Schema<?> restart = schemas.get("Restart");
        Schema<?> restartOwn = restart.getAllOf().get(1);
        assertEquals(List.of("status"), List.copyOf(restartOwn.getProperties().keySet()));
    }

    @Test
    void aOneOfWithoutADiscriminatorIsMergedAndConflictingObjectPropertiesGetAUnionSchema() {
        Components components = new Components()
                .addSchemas("IosGeneral", new ObjectSchema().addProperty("name", new StringSchema()).addProperty("backup", new StringSchema()))
                .addSchemas("TvGeneral", new ObjectSchema().addProperty("name", new StringSchema()).addProperty("airPlay", new StringSchema()))
                .addSchemas("Ios", new ObjectSchema().addProperty("deviceType", new StringSchema())
                        .addProperty("general", ref("IosGeneral")).addProperty("pin", new Schema<>()))
                .addSchemas("Tv", new ObjectSchema().addProperty("deviceType", new StringSchema())
                        .addProperty("general", ref("TvGeneral")).addProperty("pin", new IntegerSchema()))
                .addSchemas("Device", new ComposedSchema().oneOf(List.of(ref("Ios"), ref("Tv"))));
        OpenAPI api = new OpenAPI().components(components);

        OneOfUnions.apply(api);

        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Schema<?> device = schemas.get("Device");
        assertNull(device.getOneOf());
        assertEquals(List.of("deviceType", "general", "pin"), List.copyOf(device.getProperties().keySet()));
        assertEquals("#/components/schemas/DeviceGeneral", device.getProperties().get("general").get$ref());
        assertEquals("integer", device.getProperties().get("pin").getType(), "the first typed declaration wins");
        assertEquals(List.of("name", "backup", "airPlay"), List.copyOf(schemas.get("DeviceGeneral").getProperties().keySet()));
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }
}
