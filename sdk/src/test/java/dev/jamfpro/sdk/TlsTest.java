package dev.jamfpro.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS is verified by default. A server whose certificate chains to a private CA is trusted only with
 * {@code caCertBundle}; {@code verify(false)} accepts anything. The certificate is made with keytool.
 */
class TlsTest {
    @TempDir
    static Path dir;
    static WireMockServer server;
    static Path caPem;

    @BeforeAll
    static void startHttpsServer() throws Exception {
        Path keystore = dir.resolve("server.p12");
        caPem = dir.resolve("server.pem");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit");
        keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", keystore.toString(), "-storepass", "changeit",
                "-file", caPem.toString());
        server = new WireMockServer(wireMockConfig().httpDisabled(true).dynamicHttpsPort()
                .keystorePath(keystore.toString()).keystoreType("PKCS12").keystorePassword("changeit").keyManagerPassword("changeit"));
        server.start();
        server.stubFor(post("/api/v1/oauth/token").willReturn(okJson(Stubs.tokenJson("tok", 1200))));
        server.stubFor(get("/api/v1/jamf-pro-version").willReturn(okJson("{\"version\":\"11.30.1\"}")));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static void keytool(String... args) throws Exception {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        List<String> command = new java.util.ArrayList<>(List.of(keytool));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, "keytool failed: " + output);
    }

    private static AsyncJamfProClient client(SessionConfig.Builder config) {
        return AsyncJamfProClient.builder().server("localhost").port(server.httpsPort())
                .credentials(new ApiClientCredentialsProvider("id", "secret")).sessionConfig(config.build()).build();
    }

    @Test
    void anUntrustedCertificateIsRefusedByDefault() {
        server.resetRequests();
        try (AsyncJamfProClient client = client(SessionConfig.builder())) {
            CompletionException failure = assertThrows(CompletionException.class,
                    () -> client.proApiRequest("GET", "v1/jamf-pro-version", null, null).join());
            Throwable cause = failure.getCause();
            while (cause != null && !(cause instanceof SSLException)) {
                cause = cause.getCause();
            }
            assertNotNull(cause, "expected a TLS failure, got " + failure.getCause());
        }
        assertEquals(0, server.getAllServeEvents().size(), "nothing reached the server");
    }

    @Test
    void aPrivateCaIsTrustedThroughCaCertBundle() {
        try (AsyncJamfProClient client = client(SessionConfig.builder().caCertBundle(caPem))) {
            assertEquals(200, client.proApiRequest("GET", "v1/jamf-pro-version", null, null).join().statusCode());
        }
    }

    @Test
    void verifyFalseAcceptsAnyCertificate() {
        try (AsyncJamfProClient client = client(SessionConfig.builder().verify(false))) {
            assertEquals(200, client.proApiRequest("GET", "v1/jamf-pro-version", null, null).join().statusCode());
        }
    }
}
