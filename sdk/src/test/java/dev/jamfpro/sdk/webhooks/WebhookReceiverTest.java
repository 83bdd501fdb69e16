package dev.jamfpro.sdk.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The receiver as a plain function and behind the JDK's HTTP server. */
class WebhookReceiverTest {
    private static final String PASSWORD = "Pa55-webhook-secret";
    private static final String HEADER_VALUE = "shared-header-value-9f2";

    private final ComputerCheckIn checkIn = FakeWebhooks.seeded(8).computerCheckIn().build();
    private final byte[] json = checkIn.toJson().getBytes(StandardCharsets.UTF_8);
    private final WebhookReceiver basic = WebhookReceiver.builder().basicAuthentication("jamf", PASSWORD).build();
    private final WebhookReceiver header = WebhookReceiver.builder().headerAuthentication("X-Jamf-Secret", HEADER_VALUE)
            .maxBodyBytes(64 * 1024).build();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static Map<String, List<String>> headers(String... pairs) {
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            headers.put(pairs[i], List.of(pairs[i + 1]));
        }
        return headers;
    }

    private static String basicHeader(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static int status(Runnable call) {
        return assertThrows(WebhookRejectedException.class, call::run).statusCode();
    }

    @Test
    void theFunctionReturnsTheTypedEventWhenCredentialsMatch() {
        WebhookEvent event = basic.receive(headers("Authorization", basicHeader("jamf", PASSWORD),
                "Content-Type", "application/json"), json);
        assertEquals(checkIn, event);
        assertEquals(checkIn, basic.apply(headers("authorization", basicHeader("jamf", PASSWORD)), json),
                "header names in any case; no Content-Type: the body decides");
        assertEquals(checkIn, header.receive(headers("x-jamf-secret", HEADER_VALUE, "content-type", "text/xml"),
                checkIn.toXml().getBytes(StandardCharsets.UTF_8)));
        assertEquals(checkIn, WebhookReceiver.builder().noAuthentication().build().receive(Map.of(), json));
    }

    @Test
    void wrongMissingOrMalformedCredentialsAre401() {
        assertEquals(401, status(() -> basic.receive(headers("Authorization", basicHeader("jamf", "wrong")), json)));
        assertEquals(401, status(() -> basic.receive(headers("Authorization", basicHeader("admin", PASSWORD)), json)));
        assertEquals(401, status(() -> basic.receive(headers("Authorization", basicHeader("jamf", PASSWORD + "x")), json)));
        assertEquals(401, status(() -> basic.receive(headers(), json)));
        assertEquals(401, status(() -> basic.receive(headers("Authorization", "Bearer " + PASSWORD), json)));
        assertEquals(401, status(() -> basic.receive(headers("Authorization", "Basic %%%"), json)));
        assertEquals(401, status(() -> header.receive(headers("X-Jamf-Secret", HEADER_VALUE.substring(1)), json)));
        assertEquals(401, status(() -> header.receive(headers("Authorization", HEADER_VALUE), json)));
        assertEquals(401, status(() -> basic.receive(headers(), new byte[17 * 1024 * 1024])),
                "credentials are checked first: an unauthenticated caller learns nothing else");
    }

    @Test
    void sizeContentTypeAndBodyProblemsGetTheirOwnStatus() {
        Map<String, List<String>> ok = headers("X-Jamf-Secret", HEADER_VALUE);
        assertEquals(413, status(() -> header.receive(ok, new byte[64 * 1024 + 1])));
        Map<String, List<String>> plain = headers("X-Jamf-Secret", HEADER_VALUE, "Content-Type", "text/plain");
        WebhookRejectedException unsupported = assertThrows(WebhookRejectedException.class, () -> header.receive(plain, json));
        assertEquals(415, unsupported.statusCode());
        assertEquals("Content-Type text/plain is neither JSON nor XML", unsupported.getMessage());
        WebhookRejectedException garbled = assertThrows(WebhookRejectedException.class,
                () -> header.receive(headers("X-Jamf-Secret", HEADER_VALUE, "Content-Type", "application/json"),
                        "{\"webhook\":".getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, garbled.statusCode());
        assertTrue(garbled.getMessage().startsWith("not valid JSON"), garbled.getMessage());
        assertInstanceOf(InvalidWebhookException.class, garbled.getCause());
        assertEquals(400, status(() -> header.receive(ok, new byte[0])));
        assertEquals(400, status(() -> header.receive(ok, "<html>".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void configurationIsCheckedAndSecretsNeverShow() {
        assertThrows(IllegalArgumentException.class, () -> WebhookReceiver.builder().build());
        assertThrows(IllegalArgumentException.class, () -> WebhookReceiver.builder().basicAuthentication("jamf", ""));
        assertThrows(IllegalArgumentException.class, () -> WebhookReceiver.builder().basicAuthentication("a:b", "c"));
        assertThrows(IllegalArgumentException.class, () -> WebhookReceiver.builder().headerAuthentication("Bad Name", "v"));
        assertThrows(IllegalArgumentException.class, () -> WebhookReceiver.builder().maxBodyBytes(0));
        assertThrows(IllegalArgumentException.class, () -> WebhookReceiver.builder().basicAuthentication("a", "b")
                .headerAuthentication("X-A", "b"));
        assertEquals("WebhookReceiver{authentication=basic, maxBodyBytes=16777216}", basic.toString());
        assertEquals("WebhookReceiver{authentication=header X-Jamf-Secret, maxBodyBytes=65536}", header.toString());

        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        List<String> messages = new ArrayList<>();
        try {
            for (Runnable refused : List.<Runnable>of(
                    () -> basic.receive(headers("Authorization", basicHeader("jamf", PASSWORD + "-typo")), json),
                    () -> header.receive(headers("X-Jamf-Secret", HEADER_VALUE + "-typo"), json),
                    () -> header.receive(headers("X-Jamf-Secret", HEADER_VALUE, "Content-Type", "text/csv"), json))) {
                messages.add(assertThrows(WebhookRejectedException.class, refused::run).getMessage());
            }
        } finally {
            System.setErr(original);
        }
        String all = log.toString(StandardCharsets.UTF_8) + messages;
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("refused with 401"), "refusals are logged: " + all);
        for (String secret : List.of(PASSWORD, HEADER_VALUE, Base64.getEncoder().encodeToString(("jamf:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8)).substring(0, 12))) {
            assertFalse(all.contains(secret), "leaked " + secret + " in " + all);
        }
    }

    // ------------------------------------------------------------------ the JDK HTTP server

    private URI listen(WebhookReceiver receiver, java.util.function.Consumer<WebhookEvent> listener) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/jamf", receiver.httpHandler(listener));
        server.start();
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/jamf");
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theHandlerHandsAcceptedEventsToTheListenerAndAnswers200() throws Exception {
        BlockingQueue<WebhookEvent> events = new LinkedBlockingQueue<>();
        URI uri = listen(basic, events::add);
        HttpResponse<String> json = send(HttpRequest.newBuilder(uri).header("Authorization", basicHeader("jamf", PASSWORD))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(this.json)).build());
        assertEquals(200, json.statusCode());
        HttpResponse<String> xml = send(HttpRequest.newBuilder(uri).header("Authorization", basicHeader("jamf", PASSWORD))
                .header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofString(checkIn.toXml())).build());
        assertEquals(200, xml.statusCode());
        assertEquals(List.of(checkIn, checkIn), List.of(events.take(), events.take()));
    }

    @Test
    void theHandlerAnswersRefusalsWithTheirStatusAndReason() throws Exception {
        BlockingQueue<WebhookEvent> events = new LinkedBlockingQueue<>();
        URI uri = listen(WebhookReceiver.builder().basicAuthentication("jamf", PASSWORD).maxBodyBytes(4096).build(),
                events::add);
        Function<HttpRequest.Builder, HttpRequest.Builder> auth = b -> b.header("Authorization", basicHeader("jamf", PASSWORD));

        HttpResponse<String> unauthorized = send(HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build());
        assertEquals(401, unauthorized.statusCode());
        assertEquals("Basic realm=\"Jamf Pro webhooks\", charset=\"UTF-8\"",
                unauthorized.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertTrue(unauthorized.body().contains("no Authorization header"), unauthorized.body());

        HttpResponse<String> get = send(auth.apply(HttpRequest.newBuilder(uri)).GET().build());
        assertEquals(405, get.statusCode());
        assertEquals("POST", get.headers().firstValue("Allow").orElseThrow());

        HttpResponse<String> large = send(auth.apply(HttpRequest.newBuilder(uri))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[5000])).build());
        assertEquals(413, large.statusCode());
        assertTrue(large.body().contains("5000 bytes"), large.body());

        HttpResponse<String> chunked = send(auth.apply(HttpRequest.newBuilder(uri)).POST(HttpRequest.BodyPublishers
                .ofInputStream(() -> new ByteArrayInputStream(new byte[50_000]))).build());
        assertEquals(413, chunked.statusCode(), "a body without Content-Length is cut at the limit");
        assertTrue(chunked.body().contains("more than 4096 bytes"), chunked.body());

        HttpResponse<String> csv = send(auth.apply(HttpRequest.newBuilder(uri)).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build());
        assertEquals(415, csv.statusCode());

        HttpResponse<String> garbled = send(auth.apply(HttpRequest.newBuilder(uri)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"webhook\": 1}")).build());
        assertEquals(400, garbled.statusCode());
        assertEquals("text/plain; charset=utf-8", garbled.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(garbled.body().contains("no \"webhook\" object"), garbled.body());

        assertNull(events.poll(), "no refused request reached the listener");
    }

    @Test
    void aListenerThatThrowsGets500AndTheServerKeepsServing() throws Exception {
        List<WebhookEvent> handled = new ArrayList<>();
        URI uri = listen(WebhookReceiver.builder().noAuthentication().build(), event -> {
            if (handled.isEmpty()) {
                handled.add(event);
                throw new IllegalStateException("database down");
            }
            handled.add(event);
        });
        HttpRequest request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(json)).build();
        PrintStream original = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)); // the ERROR log line
        try {
            assertEquals(500, send(request).statusCode());
        } finally {
            System.setErr(original);
        }
        assertEquals(200, send(request).statusCode());
        assertEquals(2, handled.size());
    }
}
