package dev.jamfpro.sdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jamfpro.sdk.JamfProClient;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.simulator.JamfProSimulator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The shared check itself: it tells deprecated from current operations, and it fails when it should. */
class DeprecatedOperationsTest {

    @Test
    void tellsDeprecatedFromCurrentOperations() {
        assertEquals(Optional.of("GET /v1/computers-inventory"),
                DeprecatedOperations.deprecatedOperation("GET", "/api/v1/computers-inventory"));
        assertEquals(Optional.of("GET /v3/computers-inventory/{id}"),
                DeprecatedOperations.deprecatedOperation("GET", "/api/v3/computers-inventory/12"));
        assertEquals(Optional.of("GET /computers"), DeprecatedOperations.deprecatedOperation("GET", "/JSSResource/computers"));
        assertEquals(Optional.of("GET /computers/id/{id}/subset/{subset}"),
                DeprecatedOperations.deprecatedOperation("GET", "/JSSResource/computers/id/3/subset/General&Location"));
        assertEquals(Optional.of("PUT /computers/id/{id}"), DeprecatedOperations.deprecatedOperation("PUT", "/JSSResource/computers/id/3"));
        for (String[] current : new String[][] {
                {"GET", "/api/v4/computers-inventory"}, {"GET", "/api/v4/computers-inventory/12"},
                {"PATCH", "/api/v4/computers-inventory-detail/12"}, {"GET", "/api/v1/buildings"},
                {"POST", "/api/v1/oauth/token"}, {"GET", "/JSSResource/policies"}, {"GET", "/JSSResource/policies/id/3"},
                {"GET", "/api/no/such/operation"}}) {
            assertEquals(Optional.empty(), DeprecatedOperations.deprecatedOperation(current[0], current[1]),
                    current[0] + " " + current[1]);
        }
    }

    @Test
    void failsOnARecordedDeprecatedRequestAndOnNothingRecorded() {
        try (JamfProSimulator jamf = JamfProSimulator.builder().computers(3).start();
             JamfProClient client = JamfProClient.builder().baseUrl(jamf.baseUrl())
                     .credentials(new ApiClientCredentialsProvider("sim-client", "sim-secret")).build()) {
            jamf.resetStats();
            AssertionFailedError nothing = assertThrows(AssertionFailedError.class,
                    () -> DeprecatedOperations.assertNoneCalled(jamf.recordedRequests()));
            assertTrue(nothing.getMessage().contains("no request was recorded"), nothing.getMessage());

            client.proApiRequest("GET", "v4/computers-inventory", Map.of(), null);
            client.classicApiRequest("GET", "policies", null);
            DeprecatedOperations.assertNoneCalled(jamf.recordedRequests());

            client.proApiRequest("GET", "v1/computers-inventory", Map.of(), null);   // raw: the compiler cannot tell
            client.classicApiRequest("GET", "computers/id/1", null);
            AssertionFailedError deprecated = assertThrows(AssertionFailedError.class,
                    () -> DeprecatedOperations.assertNoneCalled(jamf.recordedRequests()));
            for (String expected : List.of("2 of ", "GET /api/v1/computers-inventory (Jamf deprecated GET /v1/computers-inventory)",
                    "GET /JSSResource/computers/id/1 (Jamf deprecated GET /computers/id/{id})")) {
                assertTrue(deprecated.getMessage().contains(expected), deprecated.getMessage());
            }
        }
    }
}
