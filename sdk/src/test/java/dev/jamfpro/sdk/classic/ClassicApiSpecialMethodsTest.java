package dev.jamfpro.sdk.classic;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.jamfpro.sdk.classic.ClassicApiMethodsTest.assertXmlContentType;
import static dev.jamfpro.sdk.classic.ClassicTestSupport.join;
import static dev.jamfpro.sdk.classic.ClassicTestSupport.onlyRequest;
import static dev.jamfpro.sdk.classic.ClassicTestSupport.xml;
import static dev.jamfpro.sdk.classic.ClassicXmlAssert.assertSameXml;
import static dev.jamfpro.sdk.classic.ClassicXmlAssert.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.classic.model.ClassicComputer;
import dev.jamfpro.sdk.classic.model.ClassicMobileDevice;
import dev.jamfpro.sdk.classic.model.ClassicMobileDeviceConfigurationProfile;
import dev.jamfpro.sdk.classic.model.ClassicOsxConfigurationProfile;
import dev.jamfpro.sdk.classic.model.ClassicUser;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The methods beyond list/get/create/update/delete, against WireMock. */
class ClassicApiSpecialMethodsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String COMPUTER = "<computer><general><id>3</id><name>Mac</name>"
            + "<report_date>2022-12-22 21:31:48</report_date><report_date_epoch>1671744708190</report_date_epoch>"
            + "<report_date_utc>2022-12-22T21:31:48.190+0000</report_date_utc></general>"
            + "<location><building>HQ</building></location></computer>";
    private static final String DEVICE = "<mobile_device><general><id>4</id><name>iPad</name>"
            + "<initial_entry_date_epoch>1512756469186</initial_entry_date_epoch></general></mobile_device>";

    private AsyncJamfProClient client;
    private ClassicApi api;

    @BeforeEach
    void setUp() {
        client = ClassicTestSupport.client(wm);
        api = client.classicApi();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    // ---------------------------------------------------------------- lookups and subsets

    @Test
    void computerLookupsUseTheirPathAndEncodeTheValue() {
        List<Lookup<ClassicComputer>> lookups = List.of(
                new Lookup<>("/JSSResource/computers/serialnumber/C02%2BX%20Y", a -> a.getComputerBySerialNumber("C02+X Y")),
                new Lookup<>("/JSSResource/computers/udid/55900BDC-347C", a -> a.getComputerByUdid("55900BDC-347C")),
                new Lookup<>("/JSSResource/computers/macaddress/E0:AC:CB:97:36:G4",
                        a -> a.getComputerByMacAddress("E0:AC:CB:97:36:G4")),
                new Lookup<>("/JSSResource/computers/name/Oscar's%20Mac%2FBook", a -> a.getComputerByName("Oscar's Mac/Book")));
        for (Lookup<ClassicComputer> lookup : lookups) {
            ClassicTestSupport.reset(wm);
            wm.stubFor(get(urlEqualTo(lookup.url())).willReturn(xml(COMPUTER)));
            ClassicComputer computer = join(lookup.call().apply(api));
            assertEquals("Mac", computer.getGeneral().getName());
            onlyRequest(wm, "GET", lookup.url());
        }
    }

    @Test
    void subsetsJoinSectionNamesWithAmpersand() {
        wm.stubFor(get(urlEqualTo("/JSSResource/computers/id/3/subset/General&Location")).willReturn(xml(COMPUTER)));
        ClassicComputer computer = join(api.getComputerById(3, ComputerSubset.GENERAL, ComputerSubset.LOCATION,
                ComputerSubset.GENERAL));
        assertEquals("HQ", computer.getLocation().getBuilding());
        assertEquals(Instant.parse("2022-12-22T21:31:48.190Z"), computer.getGeneral().reportDateInstant());
        onlyRequest(wm, "GET", "/JSSResource/computers/id/3/subset/General&Location");
    }

    @Test
    void subsetsWorkWithEveryLookup() {
        String url = "/JSSResource/computers/serialnumber/C02X/subset/ExtensionAttributes&GroupsAccounts";
        wm.stubFor(get(urlEqualTo(url)).willReturn(xml(COMPUTER)));
        join(api.getComputerBySerialNumber("C02X", ComputerSubset.EXTENSION_ATTRIBUTES, ComputerSubset.GROUPS_ACCOUNTS));
        onlyRequest(wm, "GET", url);
    }

    @Test
    void noSubsetMeansTheWholeRecord() {
        wm.stubFor(get(urlEqualTo("/JSSResource/computers/id/3")).willReturn(xml(COMPUTER)));
        join(api.getComputerById(3));
        onlyRequest(wm, "GET", "/JSSResource/computers/id/3");
    }

    @Test
    void mobileDeviceLookups() {
        List<Lookup<ClassicMobileDevice>> lookups = List.of(
                new Lookup<>("/JSSResource/mobiledevices/serialnumber/DLXN69", a -> a.getMobileDeviceBySerialNumber("DLXN69")),
                new Lookup<>("/JSSResource/mobiledevices/udid/270aae10", a -> a.getMobileDeviceByUdid("270aae10")),
                new Lookup<>("/JSSResource/mobiledevices/macaddress/C0:F2:FB:37:04:1D",
                        a -> a.getMobileDeviceByMacAddress("C0:F2:FB:37:04:1D")));
        for (Lookup<ClassicMobileDevice> lookup : lookups) {
            ClassicTestSupport.reset(wm);
            wm.stubFor(get(urlEqualTo(lookup.url())).willReturn(xml(DEVICE)));
            ClassicMobileDevice device = join(lookup.call().apply(api));
            assertEquals(Instant.ofEpochMilli(1512756469186L), device.getGeneral().initialEntryDateInstant());
            onlyRequest(wm, "GET", lookup.url());
        }
    }

    @Test
    void userByEmailEncodesPlus() {
        String url = "/JSSResource/users/email/a%2Bb@example.com";
        wm.stubFor(get(urlEqualTo(url)).willReturn(xml("<user><id>6</id><name>ab</name><email>a+b@example.com</email></user>")));
        ClassicUser user = join(api.getUserByEmail("a+b@example.com"));
        assertEquals("a+b@example.com", user.getEmail());
        onlyRequest(wm, "GET", url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void blankLookupValuesAreRejectedBeforeSending(String blank) {
        assertThrows(IllegalArgumentException.class, () -> api.getComputerByName(blank));
        assertThrows(IllegalArgumentException.class, () -> api.getCategoryByName(null));
        assertEquals(0, wm.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().startsWith("/JSSResource")).count());
    }

    // ---------------------------------------------------------------- management and membership

    @Test
    void setComputerManagedAndUnmanagedSendOnlyTheFlag() {
        wm.stubFor(put(urlEqualTo("/JSSResource/computers/id/9")).willReturn(aResponse().withStatus(201)));
        join(api.setComputerManagedById(9));
        LoggedRequest managed = onlyRequest(wm, "PUT", "/JSSResource/computers/id/9");
        assertXmlContentType(managed);
        assertSameXml("<computer><general><remote_management><managed>true</managed></remote_management></general>"
                + "</computer>", managed.getBodyAsString());

        wm.resetRequests();
        join(api.setComputerUnmanagedById(9));
        assertSameXml("<computer><general><remote_management><managed>false</managed></remote_management></general>"
                + "</computer>", onlyRequest(wm, "PUT", "/JSSResource/computers/id/9").getBodyAsString());
    }

    @Test
    void staticComputerGroupMembershipSendsAdditionsAndDeletions() {
        wm.stubFor(put(urlEqualTo("/JSSResource/computergroups/id/44")).willReturn(aResponse().withStatus(201)
                .withBody("<computer_group><id>44</id></computer_group>")));
        assertNull(join(api.updateStaticComputerGroupMembershipById(44, List.of(68, 93), List.of(12))));
        LoggedRequest request = onlyRequest(wm, "PUT", "/JSSResource/computergroups/id/44");
        assertXmlContentType(request);
        assertSameXml("<computer_group><computer_additions><computer><id>68</id></computer><computer><id>93</id>"
                + "</computer></computer_additions><computer_deletions><computer><id>12</id></computer>"
                + "</computer_deletions></computer_group>", request.getBodyAsString());

        wm.resetRequests();
        join(api.updateStaticComputerGroupMembershipById(44, List.of(), List.of(5)));
        assertSameXml("<computer_group><computer_deletions><computer><id>5</id></computer></computer_deletions>"
                + "</computer_group>", onlyRequest(wm, "PUT", "/JSSResource/computergroups/id/44").getBodyAsString());
    }

    @Test
    void staticMobileDeviceGroupMembershipSendsAdditionsAndDeletions() {
        wm.stubFor(put(urlEqualTo("/JSSResource/mobiledevicegroups/id/30")).willReturn(aResponse().withStatus(201)));
        join(api.updateStaticMobileDeviceGroupMembershipById(30, List.of(38, 44), null));
        assertSameXml("<mobile_device_group><mobile_device_additions><mobile_device><id>38</id></mobile_device>"
                        + "<mobile_device><id>44</id></mobile_device></mobile_device_additions></mobile_device_group>",
                onlyRequest(wm, "PUT", "/JSSResource/mobiledevicegroups/id/30").getBodyAsString());
    }

    @Test
    void emptyMembershipChangeSendsNothing() {
        join(api.updateStaticComputerGroupMembershipById(44, List.of(), null));
        join(api.updateStaticMobileDeviceGroupMembershipById(30, null, List.of()));
        assertEquals(0, wm.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().startsWith("/JSSResource")).count());
    }

    @Test
    void nullMemberIdIsRejected() {
        assertThrows(NullPointerException.class,
                () -> api.updateStaticComputerGroupMembershipById(44, java.util.Arrays.asList(1, null), null));
    }

    // ---------------------------------------------------------------- configuration profile payloads

    /** A plist whose text holds an escaped ampersand, as a profile payload does. */
    private static final String PLIST = "<?xml version=\"1.0\"?><plist version=\"1\"><dict><key>Name</key>"
            + "<string>Tom &amp; Jerry &lt;HQ&gt;</string></dict></plist>";

    @Test
    void macOsProfilePayloadsAreEscapedOnceMoreOnCreateAndUpdate() {
        ClassicOsxConfigurationProfile profile = new ClassicOsxConfigurationProfile();
        profile.setGeneral(new ClassicOsxConfigurationProfile.General());
        profile.getGeneral().setName("R&D");
        profile.getGeneral().setPayloads(PLIST);
        wm.stubFor(post(urlEqualTo("/JSSResource/osxconfigurationprofiles/id/0")).willReturn(aResponse().withStatus(201)
                .withBody("<os_x_configuration_profile><id>5</id></os_x_configuration_profile>")));
        wm.stubFor(put(urlEqualTo("/JSSResource/osxconfigurationprofiles/id/5")).willReturn(aResponse().withStatus(201)));
        assertEquals(5, join(api.createOsxConfigurationProfile(profile)));
        join(api.updateOsxConfigurationProfileById(5, profile));
        for (LoggedRequest request : List.of(onlyRequest(wm, "POST", "/JSSResource/osxconfigurationprofiles/id/0"),
                onlyRequest(wm, "PUT", "/JSSResource/osxconfigurationprofiles/id/5"))) {
            assertPayloadEscapedOnceMore(request.getBodyAsString(), "R&amp;D");
        }
    }

    @Test
    void mobileProfilePayloadsAreEscapedOnceMoreOnCreateAndUpdate() {
        ClassicMobileDeviceConfigurationProfile profile = new ClassicMobileDeviceConfigurationProfile();
        profile.setGeneral(new ClassicMobileDeviceConfigurationProfile.General());
        profile.getGeneral().setName("R&D");
        profile.getGeneral().setPayloads(PLIST);
        wm.stubFor(post(urlEqualTo("/JSSResource/mobiledeviceconfigurationprofiles/id/0")).willReturn(aResponse()
                .withStatus(201).withBody("<configuration_profile><id>6</id></configuration_profile>")));
        wm.stubFor(put(urlEqualTo("/JSSResource/mobiledeviceconfigurationprofiles/id/6")).willReturn(aResponse().withStatus(201)));
        assertEquals(6, join(api.createMobileDeviceConfigurationProfile(profile)));
        join(api.updateMobileDeviceConfigurationProfileById(6, profile));
        for (LoggedRequest request : List.of(onlyRequest(wm, "POST", "/JSSResource/mobiledeviceconfigurationprofiles/id/0"),
                onlyRequest(wm, "PUT", "/JSSResource/mobiledeviceconfigurationprofiles/id/6"))) {
            assertPayloadEscapedOnceMore(request.getBodyAsString(), "R&amp;D");
        }
    }

    @Test
    void payloadsReadFromJamfAreWrittenBackEscapedOnceMore() {
        String stored = "<os_x_configuration_profile><general><id>5</id><name>P</name><payloads>"
                + PLIST.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                + "</payloads></general></os_x_configuration_profile>";
        wm.stubFor(get(urlEqualTo("/JSSResource/osxconfigurationprofiles/id/5")).willReturn(xml(stored)));
        wm.stubFor(put(urlEqualTo("/JSSResource/osxconfigurationprofiles/id/5")).willReturn(aResponse().withStatus(201)));
        ClassicOsxConfigurationProfile profile = join(api.getOsxConfigurationProfileById(5));
        assertEquals(PLIST, profile.getGeneral().getPayloads(), "reading decodes XML once, as usual");
        join(api.updateOsxConfigurationProfileById(5, profile));
        assertPayloadEscapedOnceMore(onlyRequest(wm, "PUT", "/JSSResource/osxconfigurationprofiles/id/5")
                .getBodyAsString(), "P");
    }

    @Test
    void otherResourcesAreNotEscapedOnceMore() {
        wm.stubFor(post(urlEqualTo("/JSSResource/scripts/id/0")).willReturn(aResponse().withStatus(201)
                .withBody("<script><id>1</id></script>")));
        var script = new dev.jamfpro.sdk.classic.model.ClassicScript();
        script.setScriptContents("echo a && echo b");
        join(api.createScript(script));
        String body = onlyRequest(wm, "POST", "/JSSResource/scripts/id/0").getBodyAsString();
        assertTrue(body.contains("echo a &amp;&amp; echo b"), body);
        assertEquals("echo a && echo b", parse(body).getTextContent());
    }

    /**
     * The body is XML whose payload text, decoded once more (as Jamf does), is the plist; the name
     * outside the payloads is escaped normally.
     */
    private static void assertPayloadEscapedOnceMore(String body, String escapedName) {
        assertTrue(body.contains("<name>" + escapedName + "</name>"), "name escaped once: " + body);
        assertTrue(body.contains("Tom &amp;amp;amp; Jerry &amp;amp;lt;HQ&amp;amp;gt;"), "payload escaped once more: " + body);
        String payloads = parse(body).getElementsByTagName("payloads").item(0).getTextContent();
        String decodedOnceMore = payloads.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
        assertEquals(PLIST, decodedOnceMore);
    }

    record Lookup<T>(String url, Function<ClassicApi, CompletableFuture<T>> call) {
    }
}
