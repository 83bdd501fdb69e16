package dev.jamfpro.sdk.pro.model;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.internal.json.JamfGson;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The document's {@code oneOf}s as their own classes, over HTTP through the generated API: every MDM
 * command type is sent with its {@code commandType} and reads back as its class, a command type this
 * SDK does not know reads and goes back unchanged, and mobile devices read into their device type's
 * class. The options come from the document the SDK was generated from (system property {@code jamf.spec}).
 */
class PolymorphicModelsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Gson GSON = JamfGson.gson();
    private static final String MODELS = "dev.jamfpro.sdk.pro.model.";
    private static Map<String, String> commandTypes;
    private static Map<String, String> deviceTypes;
    private AsyncJamfProClient client;

    @BeforeAll
    static void document() throws IOException {
        String spec = System.getProperty("jamf.spec");
        assertNotNull(spec, "system property jamf.spec");
        JsonObject schemas = JsonParser.parseString(Files.readString(Path.of(spec))).getAsJsonObject()
                .getAsJsonObject("components").getAsJsonObject("schemas");
        commandTypes = mapping(schemas.getAsJsonObject("MdmCommandRequest").getAsJsonObject("properties")
                .getAsJsonObject("commandData"));
        deviceTypes = mapping(schemas.getAsJsonObject("MobileDeviceResponse"));
    }

    @BeforeEach
    void client() {
        client = ModelTestServer.client(wm);
        wm.stubFor(post(urlPathEqualTo("/api/v2/mdm/commands"))
                .willReturn(okJson("[{\"id\":\"1\",\"href\":\"/v2/mdm/commands/1\"}]").withStatus(201)));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void everyMdmCommandTypeIsSentWithItsDiscriminatorAndReadsBackAsItsClass() throws Exception {
        assertTrue(commandTypes.size() >= 31, "the document maps " + commandTypes.size() + " command types");
        for (Map.Entry<String, String> type : commandTypes.entrySet()) {
            Class<?> commandClass = Class.forName(MODELS + type.getValue());
            MdmCommandRequestCommandData command = (MdmCommandRequestCommandData) commandClass.getConstructor().newInstance();
            assertEquals(type.getKey(), command.getCommandType().getValue(), "the class sets its own commandType");
            wm.resetRequests();

            client.proApi().postMdmCommandsV2(new MdmCommandRequest().commandData(command)
                    .addClientDataItem(new MdmCommandClientRequest().managementId("m-1"))).join();

            JsonElement sent = ModelTestServer.sentJson(wm, postRequestedFor(urlPathEqualTo("/api/v2/mdm/commands")));
            assertEquals(new JsonPrimitive(type.getKey()),
                    sent.getAsJsonObject().getAsJsonObject("commandData").get("commandType"), type.getValue());
            MdmCommandRequest read = GSON.fromJson(sent, MdmCommandRequest.class);
            assertSame(commandClass, read.getCommandData().getClass(), type.getKey());
            assertEquals(command, read.getCommandData());
        }
    }

    @Test
    void aCommandsOwnFieldsAreSentBesideItsType() {
        EraseDeviceCommand erase = new EraseDeviceCommand().pin("123456").preserveDataPlan(true);

        client.proApi().postMdmCommandsV2(new MdmCommandRequest().commandData(erase)).join();

        assertEquals(JsonParser.parseString("{\"commandData\":{\"commandType\":\"ERASE_DEVICE\",\"pin\":\"123456\",\"preserveDataPlan\":true}}"),
                ModelTestServer.sentJson(wm, postRequestedFor(urlPathEqualTo("/api/v2/mdm/commands"))));
    }

    @Test
    void anOptionSetsItsDiscriminatorAndNoSetterChangesIt() {
        assertEquals(MdmCommandType.ERASE_DEVICE, new EraseDeviceCommand().getCommandType());
        assertEquals("iOS", new MobileDeviceIosInventory().getDeviceType());
        assertTrue(MdmCommandRequestCommandData.class.isSealed());
        assertThrows(NoSuchMethodException.class, () -> EraseDeviceCommand.class.getMethod("setCommandType", MdmCommandType.class));
        assertThrows(NoSuchMethodException.class, () -> EraseDeviceCommand.class.getMethod("commandType", MdmCommandType.class));
    }

    @Test
    void aCommandTypeThisSdkDoesNotKnowReadsAndGoesBackUnchanged() {
        String json = "{\"clientData\":[{\"managementId\":\"m-1\"}],"
                + "\"commandData\":{\"commandType\":\"LAUNCH_ROCKETS\",\"countdown\":10,\"target\":{\"planet\":\"Mars\"}}}";

        MdmCommandRequest request = GSON.fromJson(json, MdmCommandRequest.class);

        MdmCommandRequestCommandData.Unknown unknown = assertInstanceOf(MdmCommandRequestCommandData.Unknown.class,
                request.getCommandData());
        assertEquals(MdmCommandType.UNKNOWN_TO_SDK_VERSION, unknown.getCommandType());
        assertEquals(Optional.of(new JsonPrimitive("LAUNCH_ROCKETS")), unknown.rawValue("commandType"));
        assertEquals(List.of("countdown", "target"), List.copyOf(unknown.additionalFields().keySet()));

        client.proApi().postMdmCommandsV2(request).join();

        assertEquals(JsonParser.parseString(json), ModelTestServer.sentJson(wm, postRequestedFor(urlPathEqualTo("/api/v2/mdm/commands"))));
    }

    @Test
    void mobileDevicesReadIntoTheirDeviceTypesClassesAndAnUnknownTypeIsKept() throws Exception {
        JsonArray results = new JsonArray();
        for (String deviceType : deviceTypes.keySet()) {
            results.add(JsonParser.parseString("{\"mobileDeviceId\":\"" + results.size() + "\",\"deviceType\":\"" + deviceType
                    + "\",\"general\":{\"displayName\":\"device " + results.size() + "\",\"addedLater\":[1]},"
                    + "\"hardware\":{\"serialNumber\":\"C02X" + results.size() + "\"}}"));
        }
        results.add(JsonParser.parseString("{\"mobileDeviceId\":\"99\",\"deviceType\":\"carOS\",\"general\":{\"displayName\":\"car\"},"
                + "\"hardware\":{\"serialNumber\":\"CAR1\"}}"));
        JsonObject page = new JsonObject();
        page.addProperty("totalCount", results.size());
        page.add("results", results);
        wm.stubFor(get(urlPathEqualTo("/api/v2/mobile-devices/detail")).willReturn(okJson(page.toString())));

        MobileDeviceInventorySearchResults read = mobileDevicesDetail();

        List<MobileDeviceResponse> devices = read.getResults();
        int i = 0;
        for (Map.Entry<String, String> deviceType : deviceTypes.entrySet()) {
            MobileDeviceResponse device = devices.get(i);
            assertSame(Class.forName(MODELS + deviceType.getValue()), device.getClass(), deviceType.getKey());
            assertEquals(deviceType.getKey(), device.getDeviceType());
            assertEquals("C02X" + i, device.getHardware().getSerialNumber(), "shared getters work on the interface");
            i++;
        }
        MobileDeviceIosInventory ios = (MobileDeviceIosInventory) devices.stream()
                .filter(d -> d instanceof MobileDeviceIosInventory).findFirst().orElseThrow();
        assertTrue(ios.getGeneral().getDisplayName().startsWith("device "), "the iOS general section is typed as such");
        MobileDeviceResponse.Unknown car = assertInstanceOf(MobileDeviceResponse.Unknown.class, devices.get(i));
        assertEquals("99", car.getMobileDeviceId());
        assertEquals("CAR1", car.getHardware().getSerialNumber());
        assertTrue(car.additionalFields().containsKey("general"));
        assertEquals(page, GSON.toJsonTree(read), "the page writes back as it came");
    }

    @Test
    void aMobileDeviceThatIsNoObjectIsKeptWhole() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/api/v2/mobile-devices/detail"))
                .willReturn(okJson("{\"totalCount\":1,\"results\":[[\"not\",\"an\",\"object\"]]}")));

        MobileDeviceInventorySearchResults read = mobileDevicesDetail();

        MobileDeviceResponse.Unknown odd = assertInstanceOf(MobileDeviceResponse.Unknown.class, read.getResults().get(0));
        assertThrows(dev.jamfpro.sdk.UnexpectedShapeException.class, odd::getDeviceType);
        assertFalse(odd.toString().contains("not"), odd.toString());
        assertEquals(JsonParser.parseString("{\"totalCount\":1,\"results\":[[\"not\",\"an\",\"object\"]]}"), GSON.toJsonTree(read));
    }

    /**
     * {@code GET /v2/mobile-devices/detail} without parameters: its parameters differ between Jamf
     * versions (11.30.1 added {@code exception-handling}), the method name does not.
     */
    private MobileDeviceInventorySearchResults mobileDevicesDetail() throws Exception {
        Method method = Arrays.stream(client.proApi().getClass().getMethods())
                .filter(m -> m.getName().equals("getMobileDevicesDetailV2")).findFirst().orElseThrow();
        return (MobileDeviceInventorySearchResults) ((CompletableFuture<?>) method.invoke(client.proApi(),
                new Object[method.getParameterCount()])).join();
    }

    /** Discriminator value → schema name, as the document maps them. */
    private static Map<String, String> mapping(JsonObject oneOf) {
        Map<String, String> mapping = new LinkedHashMap<>();
        oneOf.getAsJsonObject("discriminator").getAsJsonObject("mapping").entrySet().forEach(e -> {
            String ref = e.getValue().getAsString();
            mapping.put(e.getKey(), ref.substring(ref.lastIndexOf('/') + 1));
        });
        return mapping;
    }
}
