package dev.jamfpro.sdk.simulator;

import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;

/** The client the simulator tests of this package drive: the simulator's default OAuth client, over plain HTTP. */
final class SimulatorClients {
    private SimulatorClients() {
    }

    static AsyncJamfProClient client(JamfProSimulator jamf) {
        return AsyncJamfProClient.builder().server(jamf.host()).port(jamf.port())
                .credentials(new ApiClientCredentialsProvider("sim-client", "sim-secret"))
                .sessionConfig(SessionConfig.builder().scheme("http").build()).build();
    }
}
