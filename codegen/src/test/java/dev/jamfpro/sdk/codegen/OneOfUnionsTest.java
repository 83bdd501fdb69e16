package dev.jamfpro.sdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OneOfUnionsTest {

    @Test
    void optionsBecomeOneModelAndConflictingObjectPropertiesGetAUnionSchema() {
        Components components = new Components()
                .addSchemas("IosGeneral", new ObjectSchema().addProperty("name", new StringSchema()).addProperty("backup", new StringSchema()))
                .addSchemas("TvGeneral", new ObjectSchema().addProperty("name", new StringSchema()).addProperty("airPlay", new StringSchema()))
                .addSchemas("Ios", new ObjectSchema().addProperty("deviceType", new StringSchema())
                        .addProperty("general", ref("IosGeneral")).addProperty("pin", new Schema<>()))
                .addSchemas("Tv", new ObjectSchema().addProperty("deviceType", new StringSchema())
                        .addProperty("general", ref("TvGeneral")).addProperty("pin", new IntegerSchema()))
                .addSchemas("Device", new ComposedSchema().oneOf(List.of(ref("Ios"), ref("Tv")))
                        .discriminator(new Discriminator().propertyName("deviceType")));
        OpenAPI api = new OpenAPI().components(components);

        OneOfUnions.apply(api);

        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Schema<?> device = schemas.get("Device");
        assertNull(device.getOneOf());
        assertNull(device.getDiscriminator());
        assertEquals(List.of("deviceType", "general", "pin"), List.copyOf(device.getProperties().keySet()));
        assertEquals("#/components/schemas/DeviceGeneral", device.getProperties().get("general").get$ref());
        assertEquals("integer", device.getProperties().get("pin").getType(), "the first typed declaration wins");
        assertEquals(List.of("name", "backup", "airPlay"), List.copyOf(schemas.get("DeviceGeneral").getProperties().keySet()));
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }
}
