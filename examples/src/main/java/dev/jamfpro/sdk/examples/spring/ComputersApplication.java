package dev.jamfpro.sdk.examples.spring;

import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * "Integration with Async Frameworks": the Python guide's FastAPI app as a Spring Boot application
 * (Spring MVC). {@link ComputersController} serves {@code GET /computers} and
 * {@code GET /computers/{id}} from Jamf Pro's current computer inventory ({@code /v4/computers-inventory},
 * the successor of the Classic {@code /computers} the guide reads), returning the SDK's
 * {@code CompletableFuture}s: Spring MVC answers when they complete and holds no servlet thread while Jamf
 * Pro works.
 *
 * <p>FastAPI's dependency opens a client per request ({@code async with AsyncJamfProClient(...)}); here
 * the client is one singleton bean, closed with the application context, so every request shares its
 * token, connections and {@code maxConcurrency} limit (a client per request would ask Jamf Pro for a
 * token per request and lift the limit). Settings come from Spring's environment:
 * {@code jamf.server}, {@code jamf.port}, {@code jamf.scheme}, {@code jamf.client-id},
 * {@code jamf.client-secret}.
 *
 * <pre>
 * java ... dev.jamfpro.sdk.examples.spring.ComputersApplication --jamf.server=jamf.my.org \
 *     --jamf.client-id=... --jamf.client-secret=...
 * </pre>
 */
@SpringBootApplication
public class ComputersApplication {

    /**
     * The one Jamf Pro client of the application; Spring closes it on shutdown.
     *
     * @param server the Jamf Pro host
     * @param port its port
     * @param scheme {@code https}, or {@code http} for a simulator
     * @param clientId the API client's id
     * @param clientSecret its secret
     * @return the client
     */
    @Bean(destroyMethod = "close")
    AsyncJamfProClient jamfProClient(@Value("${jamf.server}") String server, @Value("${jamf.port:443}") int port,
                                     @Value("${jamf.scheme:https}") String scheme, @Value("${jamf.client-id}") String clientId,
                                     @Value("${jamf.client-secret}") String clientSecret) {
        return AsyncJamfProClient.builder()
                .server(server)
                .port(port)
                .credentials(new ApiClientCredentialsProvider(clientId, clientSecret))
                .sessionConfig(SessionConfig.builder().scheme(scheme).build())
                .build();
    }

    /**
     * Starts the application on a free port of this machine, against the given Jamf Pro (the demo and
     * the tests point it at the simulator). Close the context to stop it and close its client.
     *
     * @param server the Jamf Pro host
     * @param port its port
     * @param scheme {@code https}, or {@code http} for a simulator
     * @param clientId the API client's id
     * @param clientSecret its secret
     * @return the running application; {@link #port(ConfigurableApplicationContext)} tells where
     */
    public static ConfigurableApplicationContext start(String server, int port, String scheme, String clientId,
                                                       String clientSecret) {
        return new SpringApplicationBuilder(ComputersApplication.class)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
                        "jamf.server=" + server, "jamf.port=" + port, "jamf.scheme=" + scheme,
                        "jamf.client-id=" + clientId, "jamf.client-secret=" + clientSecret)
                .run();
    }

    /**
     * The port a running application listens on.
     *
     * @param application as {@link #start} returned it
     * @return the HTTP port
     */
    public static int port(ConfigurableApplicationContext application) {
        return Integer.parseInt(application.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /**
     * Runs the application.
     *
     * @param args Spring Boot's arguments, for example {@code --jamf.server=jamf.my.org}
     */
    public static void main(String[] args) {
        SpringApplication.run(ComputersApplication.class, args);
    }
}
