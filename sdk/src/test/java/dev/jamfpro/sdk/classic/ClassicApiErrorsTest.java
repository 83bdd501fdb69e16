package dev.jamfpro.sdk.classic;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.jamfpro.sdk.classic.ClassicTestSupport.failure;
import static dev.jamfpro.sdk.classic.ClassicTestSupport.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.ClassicApiException;
import dev.jamfpro.sdk.JamfProSdkException;
import dev.jamfpro.sdk.classic.model.ClassicCategory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a Classic call does with answers it must not trust or cannot use: XML with a DTD or external
 * entities is refused before anything it points at is read; Jamf's HTML error pages become
 * {@link ClassicApiException} with Jamf's message; a 2xx answer that is not the expected XML becomes a
 * {@link JamfProSdkException} naming method and path.
 */
class ClassicApiErrorsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path temp;

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

    // ---------------------------------------------------------------- untrusted XML

    @Test
    void externalFileEntityIsNeverRead() throws Exception {
        String secret = "TOP-SECRET-" + UUID.randomUUID();
        Path file = Files.writeString(temp.resolve("secret.txt"), secret);
        wm.stubFor(get(urlEqualTo("/JSSResource/categories/id/1")).willReturn(xml(
                "<?xml version=\"1.0\"?><!DOCTYPE category [<!ENTITY xxe SYSTEM \"" + file.toUri() + "\">]>"
                        + "<category><id>1</id><name>&xxe;</name></category>")));
        JamfProSdkException error = failure(JamfProSdkException.class, api.getCategoryById(1));
        assertFalse(error instanceof ClassicApiException, "a 200 answer is not an HTTP error");
        String everything = describe(error);
        assertTrue(error.getMessage().contains("GET /JSSResource/categories/id/1"), error.getMessage());
        assertTrue(everything.contains("DTD"), everything);
        assertFalse(everything.contains(secret), "the entity's file was read: " + everything);
    }

    @Test
    void externalHttpEntityAndExternalDtdAreNeverFetched() {
        String base = "http://localhost:" + wm.getPort();
        wm.stubFor(get(urlPathMatching("/evil.*")).willReturn(ok("<!ENTITY leak \"LEAKED\">")));
        wm.stubFor(get(urlEqualTo("/JSSResource/categories/id/2")).willReturn(xml(
                "<!DOCTYPE category [<!ENTITY % remote SYSTEM \"" + base + "/evil.dtd\"> %remote;"
                        + "<!ENTITY xxe SYSTEM \"" + base + "/evil-entity\">]><category><name>&xxe;&leak;</name></category>")));
        wm.stubFor(get(urlEqualTo("/JSSResource/categories/id/3")).willReturn(xml(
                "<!DOCTYPE category SYSTEM \"" + base + "/evil-external.dtd\"><category><name>x</name></category>")));
        wm.stubFor(get(urlEqualTo("/JSSResource/categories")).willReturn(xml(
                "<!DOCTYPE categories SYSTEM \"" + base + "/evil-list.dtd\"><categories><size>0</size></categories>")));
        wm.stubFor(post(urlEqualTo("/JSSResource/categories/id/0")).willReturn(aResponse().withStatus(201).withBody(
                "<!DOCTYPE category SYSTEM \"" + base + "/evil-created.dtd\"><category><id>7</id></category>")));

        failure(JamfProSdkException.class, api.getCategoryById(2));
        failure(JamfProSdkException.class, api.getCategoryById(3));
        failure(JamfProSdkException.class, api.listAllCategories());
        failure(JamfProSdkException.class, api.createCategory(new ClassicCategory()));
        assertEquals(0, wm.findAll(getRequestedFor(urlPathMatching("/evil.*"))).size(), "something fetched the DTD");
    }

    @Test
    void entityExpansionIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE category [<!ENTITY a \"aaaaaaaaaa\">");
        for (char c = 'b'; c <= 'k'; c++) {
            String previous = String.valueOf((char) (c - 1));
            dtd.append("<!ENTITY ").append(c).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">");
        }
        wm.stubFor(get(urlEqualTo("/JSSResource/categories/id/4")).willReturn(xml(dtd
                + "]><category><name>&k;</name></category>")));
        JamfProSdkException error = failure(JamfProSdkException.class, api.getCategoryById(4));
        assertTrue(describe(error).contains("DTD"), describe(error));
    }

    @Test
    void undeclaredEntityWithoutDtdIsRefused() {
        wm.stubFor(get(urlEqualTo("/JSSResource/categories/id/5")).willReturn(xml("<category><name>&xxe;</name></category>")));
        JamfProSdkException error = failure(JamfProSdkException.class, api.getCategoryById(5));
        assertTrue(error.getMessage().contains("GET /JSSResource/categories/id/5"), error.getMessage());
    }

    // ---------------------------------------------------------------- Jamf's error pages

    @Test
    void notFoundPageBecomesClassicApiExceptionWithJamfsMessage() {
        wm.stubFor(get(urlEqualTo("/JSSResource/computers/id/99")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html;charset=UTF-8").withBody(
                        "<html><head><title>Status page</title></head><body style=\"font-family:sans-serif;\">"
                                + "<p style=\"font-size:1.2em;font-weight:bold;margin:1em 0px;\">Not Found</p>"
                                + "<p>The server has not found anything matching the request URI</p>"
                                + "<p>You can get technical details <a href=\"http://www.w3.org/Protocols/rfc2616/"
                                + "rfc2616-sec10.html#sec10.4.5\">here</a>.<br>Please continue your visit at our "
                                + "<a href=\"/\">home page</a>.</p></body></html>")));
        ClassicApiException error = failure(ClassicApiException.class, api.getComputerById(99));
        assertEquals(404, error.statusCode());
        assertEquals("GET", error.method());
        assertTrue(error.path().endsWith("/JSSResource/computers/id/99"), error.path());
        assertEquals("Not Found", error.errorMessage());
    }

    @Test
    void conflictPageBecomesClassicApiExceptionWithTheValidationError() {
        wm.stubFor(post(urlEqualTo("/JSSResource/categories/id/0")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "text/html;charset=UTF-8").withBody(
                        "<html><head><title>Status page</title></head><body style=\"font-family:sans-serif;\">"
                                + "<p style=\"font-size:1.2em;font-weight:bold;margin:1em 0px;\">Conflict</p>"
                                + "<p>Error: Duplicate name</p><p>You can get technical details <a href=\"x\">here</a>."
                                + "</p></body></html>")));
        ClassicCategory category = new ClassicCategory();
        category.setName("Apps");
        ClassicApiException error = failure(ClassicApiException.class, api.createCategory(category));
        assertEquals(409, error.statusCode());
        assertEquals("Duplicate name", error.errorMessage());
        assertTrue(error.getMessage().contains("Duplicate name"), error.getMessage());
    }

    // ---------------------------------------------------------------- 2xx answers we cannot use

    @Test
    void htmlLoginPageWithStatus200SaysAnHtmlPageArrivedNotThatADtdWasRefused() {
        wm.stubFor(get(urlEqualTo("/JSSResource/policies/id/1")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody(
                        "<!DOCTYPE html><html><head><title>Jamf Pro Login</title></head><body><form>…</form></body></html>")));
        JamfProSdkException error = failure(JamfProSdkException.class, api.getPolicyById(1));
        assertFalse(error instanceof ClassicApiException);
        assertTrue(error.getMessage().startsWith("GET /JSSResource/policies/id/1: expected Classic API XML but the answer is"
                + " an HTML page (Content-Type text/html"), error.getMessage());
        assertTrue(error.getMessage().contains("Jamf Pro Login"), "Jamf's page title: " + error.getMessage());
        assertFalse(error.getMessage().contains("DTD"), error.getMessage());
    }

    @Test
    void htmlPageWithJamfsMessageIsQuoted() {
        wm.stubFor(get(urlEqualTo("/JSSResource/policies/id/2")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body><p>Error: Maintenance until 10:00</p></body></html>")));
        JamfProSdkException error = failure(JamfProSdkException.class, api.getPolicyById(2));
        assertTrue(error.getMessage().startsWith("GET /JSSResource/policies/id/2: expected Classic API XML but the answer is"
                + " an HTML page"), error.getMessage());
        assertTrue(error.getMessage().endsWith("the page says: Maintenance until 10:00)"), error.getMessage());
    }

    @Test
    void htmlPageWithAnXmlContentTypeIsStillNamedAsHtml() {
        wm.stubFor(get(urlEqualTo("/JSSResource/policies/id/4")).willReturn(xml(
                "<!DOCTYPE html>\n<html><head><title>Status page</title></head><body><p>Bad Gateway</p></body></html>")));
        JamfProSdkException error = failure(JamfProSdkException.class, api.getPolicyById(4));
        assertTrue(error.getMessage().contains("an HTML page (Content-Type text/xml"), error.getMessage());
        assertTrue(error.getMessage().contains("the page says: Bad Gateway"), error.getMessage());
    }

    @Test
    void truncatedXmlIsAClearError() {
        wm.stubFor(get(urlEqualTo("/JSSResource/policies/id/3")).willReturn(xml(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><policy><general><id>3</id><name>Inst")));
        JamfProSdkException error = failure(JamfProSdkException.class, api.getPolicyById(3));
        assertTrue(error.getMessage().startsWith("GET /JSSResource/policies/id/3: unreadable answer"), error.getMessage());
        assertTrue(error.getMessage().contains("<name>Inst"), "the start of the body is shown: " + error.getMessage());
    }

    @Test
    void truncatedListIsAClearError() {
        wm.stubFor(get(urlEqualTo("/JSSResource/scripts")).willReturn(xml(
                "<scripts><size>2</size><script><id>1</id><name>a</name></script><script><id>2")));
        JamfProSdkException error = failure(JamfProSdkException.class, api.listAllScripts());
        assertTrue(error.getMessage().startsWith("GET /JSSResource/scripts: unreadable answer"), error.getMessage());
    }

    @Test
    void emptyAnswerIsAClearError() {
        wm.stubFor(get(urlEqualTo("/JSSResource/sites/id/1")).willReturn(aResponse().withStatus(200)));
        JamfProSdkException error = failure(JamfProSdkException.class, api.getSiteById(1));
        assertTrue(error.getMessage().startsWith("GET /JSSResource/sites/id/1: "), error.getMessage());
    }

    @Test
    void valueThatWouldNotRoundTripIsAClearError() {
        wm.stubFor(get(urlEqualTo("/JSSResource/categories/id/6")).willReturn(xml(
                "<category><id>6</id><name>Apps</name><priority/></category>")));
        JamfProSdkException error = failure(JamfProSdkException.class, api.getCategoryById(6));
        assertTrue(error.getMessage().startsWith("GET /JSSResource/categories/id/6: "), error.getMessage());
        assertTrue(describe(error).contains("is not an integer"), describe(error));
    }

    @Test
    void createAnswerWithoutIdIsAClearError() {
        wm.stubFor(post(urlEqualTo("/JSSResource/buildings/id/0")).willReturn(aResponse().withStatus(201)
                .withBody("<building><name>HQ</name></building>")));
        JamfProSdkException error = failure(JamfProSdkException.class, api.createBuilding(new dev.jamfpro.sdk.classic.model.ClassicBuilding()));
        assertTrue(error.getMessage().startsWith("POST /JSSResource/buildings/id/0: "), error.getMessage());
        assertTrue(error.getMessage().contains("has no <id>"), error.getMessage());
    }

    @Test
    void updateIgnoresTheAnswerBody() {
        wm.stubFor(put(urlEqualTo("/JSSResource/buildings/id/1")).willReturn(aResponse().withStatus(201).withBody("not xml")));
        ClassicTestSupport.join(api.updateBuildingById(1, new dev.jamfpro.sdk.classic.model.ClassicBuilding()));
    }

    private static String describe(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
