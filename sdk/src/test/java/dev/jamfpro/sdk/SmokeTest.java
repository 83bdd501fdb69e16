package dev.jamfpro.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.classic.model.ClassicComputer;
import dev.jamfpro.sdk.pro.PageQuery;
import dev.jamfpro.sdk.pro.model.ComputerInventory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

class SmokeTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void tokenThenProAndClassic() {
        wm.stubFor(post("/api/v1/oauth/token").willReturn(okJson("{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":1200,\"scope\":\"api-role:1\"}")));
        wm.stubFor(get(urlPathEqualTo("/api/v1/computers-inventory")).willReturn(okJson(
                "{\"totalCount\":2,\"results\":[{\"id\":\"1\",\"general\":{\"name\":\"A\",\"lastContactTime\":\"2024-01-02T03:04:05.123Z\"}},{\"id\":\"2\"}]}")));
        wm.stubFor(get("/JSSResource/computers/id/1").willReturn(aResponse().withHeader("Content-Type", "text/xml")
                .withBody("<?xml version=\"1.0\"?><computer><general><id>1</id><name>Oscar's Mac</name><platform>Mac</platform></general><location><building>HQ</building></location><hardware><model>MacBook</model></hardware></computer>")));
        try (AsyncJamfProClient client = AsyncJamfProClient.builder().server("localhost").port(wm.getPort())
                .credentials(new ApiClientCredentialsProvider("id", "secret"))
                .sessionConfig(SessionConfig.builder().scheme("http").build()).build()) {
            List<ComputerInventory> all = client.proApi().getComputersInventoryV1Pages(List.of("GENERAL"), PageQuery.defaults()).all().join();
            assertEquals(2, all.size());
            assertEquals("A", all.get(0).getGeneral().getName());
            ClassicComputer c = client.classicApi().getComputerById(1).join();
            assertEquals("Oscar's Mac", c.getGeneral().getName());
            assertEquals("HQ", c.getLocation().getBuilding());
            assertEquals("MacBook", c.getHardware().getModel()); // every section is typed now, none left over
            assertEquals(0, c.getOtherElements().size());
            wm.verify(getRequestedFor(urlPathEqualTo("/api/v1/computers-inventory")).withHeader("Authorization", equalTo("Bearer tok-1")));
        }
    }
}
