package dev.jamfpro.sdk.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ClassicTest {
    private JamfProSimulator sim;
    private TestHttp http;
    private String token;

    @BeforeEach
    void start() {
        sim = JamfProSimulator.builder().computers(30).start();
        http = new TestHttp(sim);
        token = http.oauthToken();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private static Document xml(HttpResponse<String> response) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Document document, String path) {
        Element element = document.getDocumentElement();
        for (String name : path.split("/")) {
            element = (Element) element.getElementsByTagName(name).item(0);
            if (element == null) {
                return null;
            }
        }
        return element.getTextContent();
    }

    @Test
    void listHasSizeAndEveryComputer() throws Exception {
        HttpResponse<String> response = http.get("/JSSResource/computers", token);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("xml"));
        Document list = xml(response);
        assertEquals("computers", list.getDocumentElement().getTagName());
        assertEquals("30", text(list, "size"));
        assertEquals(30, list.getElementsByTagName("computer").getLength());
        assertEquals(sim.computer(1).orElseThrow().name(), text(list, "computer/name"));
    }

    @Test
    void recordMatchesTheFleet() throws Exception {
        SimulatedComputer c = sim.computer(7).orElseThrow();
        Document record = xml(http.get("/JSSResource/computers/id/7", token));
        assertEquals("7", text(record, "general/id"));
        assertEquals(c.name(), text(record, "general/name"));
        assertEquals(c.serialNumber(), text(record, "general/serial_number"));
        assertEquals(c.udid(), text(record, "general/udid"));
        assertEquals(c.model(), text(record, "hardware/model"));
        assertEquals(Long.toString(c.reportDate().toEpochMilli()), text(record, "general/report_date_epoch"));
        assertTrue(text(record, "general/report_date_utc").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000"));
        assertEquals(c.building() == null ? "" : c.building(), text(record, "location/building"));
    }

    @Test
    void lookupsBySerialUdidNameAndMac() throws Exception {
        SimulatedComputer c = sim.computer(3).orElseThrow();
        assertEquals("3", text(xml(http.get("/JSSResource/computers/serialnumber/" + c.serialNumber(), token)), "general/id"));
        assertEquals("3", text(xml(http.get("/JSSResource/computers/udid/" + c.udid(), token)), "general/id"));
        assertEquals("3", text(xml(http.get("/JSSResource/computers/macaddress/" + c.macAddress(), token)), "general/id"));
        SimulatedComputer oscar = sim.computer(1).orElseThrow();
        String encoded = URLEncoder.encode(oscar.name(), StandardCharsets.UTF_8).replace("+", "%20");
        assertEquals("1", text(xml(http.get("/JSSResource/computers/name/" + encoded, token)), "general/id"));
        // Jamf decodes '+' in a path as a space
        assertEquals("1", text(xml(http.get("/JSSResource/computers/name/" + oscar.name().replace("'", "%27")
                .replace(" ", "+"), token)), "general/id"));
    }

    @Test
    void subsetsLimitTheSections() throws Exception {
        Document record = xml(http.get("/JSSResource/computers/id/2/subset/General&Location", token));
        assertTrue(record.getElementsByTagName("general").getLength() == 1);
        assertTrue(record.getElementsByTagName("location").getLength() == 1);
        assertEquals(0, record.getElementsByTagName("hardware").getLength());
        Document encoded = xml(http.get("/JSSResource/computers/id/2/subset/Hardware%26Security", token));
        assertEquals(0, encoded.getElementsByTagName("general").getLength());
        assertEquals(1, encoded.getElementsByTagName("hardware").getLength());
    }

    @Test
    void missingComputerIsJamfsHtml404() {
        HttpResponse<String> response = http.get("/JSSResource/computers/id/999999", token);
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(response.body().startsWith("<html>") && response.body().contains("<p"), response.body());
        assertEquals(404, http.get("/JSSResource/computers/serialnumber/NOPE", token).statusCode());
        assertEquals(404, http.get("/JSSResource/nosuchresource", token).statusCode());
        assertEquals(404, http.get("/JSSResource/policies/id/999", token).statusCode());
    }

    @Test
    void putUpdatesLocationAndThePro_apiSeesIt() throws Exception {
        HttpResponse<String> put = http.put("/JSSResource/computers/id/4", token, "application/xml",
                "<computer><location><building>Main Office</building><room>3.14</room><unknown>x</unknown></location>"
                        + "<general><asset_tag></asset_tag></general></computer>");
        assertEquals(201, put.statusCode(), put.body());
        assertEquals("4", text(xml(put), "id"));
        SimulatedComputer after = sim.computer(4).orElseThrow();
        assertEquals("Main Office", after.building());
        assertEquals("1", after.buildingId());
        assertEquals("3.14", after.room());
        assertNull(after.assetTag(), "an empty element clears the value");
        assertEquals("Main Office", text(xml(http.get("/JSSResource/computers/id/4/subset/Location", token)),
                "location/building"));
        String pro = http.get("/api/v1/computers-inventory/4?section=USER_AND_LOCATION", token).body();
        assertEquals("1", TestHttp.json(http.get("/api/v1/computers-inventory/4?section=USER_AND_LOCATION", token))
                .getAsJsonObject("userAndLocation").get("buildingId").getAsString(), pro);
    }

    @Test
    void putChecksBuildingsContentTypeAndXml() {
        assertEquals(409, http.put("/JSSResource/computers/id/4", token, "application/xml",
                "<computer><location><building>Atlantis</building></location></computer>").statusCode());
        assertEquals(415, http.put("/JSSResource/computers/id/4", token, "application/json", "{}").statusCode());
        assertEquals(400, http.put("/JSSResource/computers/id/4", token, "application/xml", "<computer><oops>")
                .statusCode());
        HttpResponse<String> doctype = http.put("/JSSResource/computers/id/4", token, "application/xml",
                "<!DOCTYPE computer [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><computer><general><name>&x;</name>"
                        + "</general></computer>");
        assertEquals(400, doctype.statusCode(), "no DTDs");
        assertEquals(404, http.put("/JSSResource/computers/id/999", token, "application/xml", "<computer/>").statusCode());
    }

    @Test
    void deleteRemovesTheComputer() {
        assertEquals(200, http.delete("/JSSResource/computers/id/5", token).statusCode());
        assertTrue(sim.computer(5).isEmpty());
        assertEquals(404, http.get("/JSSResource/computers/id/5", token).statusCode());
        assertEquals(29, sim.computers().size());
        assertEquals(29, TestHttp.json(http.get("/api/v1/computers-inventory", token)).get("totalCount").getAsInt());
    }
}
