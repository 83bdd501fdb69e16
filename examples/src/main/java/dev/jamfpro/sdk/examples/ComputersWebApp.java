package dev.jamfpro.sdk.examples;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.JamfProApiException;
import dev.jamfpro.sdk.pro.PageQuery;
import dev.jamfpro.sdk.pro.model.ComputerInventoryV4;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * "Integration with Async Frameworks": the guide's FastAPI app, on the JDK's own HTTP server so that
 * the example needs no framework. The guide reads the Classic {@code /computers} (deprecated); the app
 * reads their successor, {@code /v4/computers-inventory}. {@code GET /computers} and {@code GET /computers/{id}} answer
 * from Jamf Pro without holding a server thread while Jamf answers: the handler returns at once and
 * the SDK's future completes the exchange. One client serves every request (its token, connections
 * and concurrency limit are shared); the app owns it and closes it.
 */
public final class ComputersWebApp implements AutoCloseable {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final AsyncJamfProClient client;
    private final HttpServer server;

    private ComputersWebApp(AsyncJamfProClient client, HttpServer server) {
        this.client = client;
        this.server = server;
    }

    /** Serves on {@code port} of the loopback interface (0 picks a free one). */
    public static ComputersWebApp start(AsyncJamfProClient client, int port) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ComputersWebApp app = new ComputersWebApp(client, server);
        server.createContext("/computers", app::route);
        server.start();
        return app;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void route(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        if (!exchange.getRequestMethod().equals("GET")) {
            respond(exchange, 405, Map.of("detail", "Method Not Allowed"));
        } else if (path.equals("/computers")) {
            reply(exchange, listComputers());
        } else if (path.matches("/computers/\\d+")) {
            reply(exchange, getComputer(path.substring("/computers/".length())));
        } else {
            respond(exchange, 404, Map.of("detail", "Not Found"));
        }
    }

    /** {@code @app.get("/computers")}: id and name of every computer. */
    CompletableFuture<Object> listComputers() {
        return client.proApi().getComputersInventoryV4Pages(List.of("GENERAL"), PageQuery.defaults()).all()
                .thenApply(computers -> computers.stream()
                        .map(c -> Map.<String, Object>of("id", Integer.parseInt(c.getId()), "name", c.getGeneral().getName()))
                        .toList());
    }

    /** {@code @app.get("/computers/{computer_id}")}: one computer's record. */
    CompletableFuture<Object> getComputer(String computerId) {
        return client.proApi().getComputersInventoryByIdV4(computerId, List.of("GENERAL", "HARDWARE", "USER_AND_LOCATION"))
                .thenApply(ComputersWebApp::toMap);
    }

    private static Map<String, Object> toMap(ComputerInventoryV4 computer) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", Integer.parseInt(computer.getId()));
        map.put("name", computer.getGeneral().getName());
        map.put("serial_number", computer.getHardware().getSerialNumber());
        map.put("udid", computer.getUdid());
        if (computer.getUserAndLocation() != null) {
            map.put("building_id", computer.getUserAndLocation().getBuildingId());
            map.put("username", computer.getUserAndLocation().getUsername());
        }
        return map;
    }

    private static void reply(HttpExchange exchange, CompletableFuture<Object> answer) {
        answer.whenComplete((body, error) -> {
            if (error == null) {
                respond(exchange, 200, body);
                return;
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause instanceof JamfProApiException jamf && jamf.statusCode() == 404) {
                respond(exchange, 404, Map.of("detail", "Computer not found"));
            } else {
                respond(exchange, 502, Map.of("detail", "Jamf Pro: " + cause.getMessage()));
            }
        });
    }

    private static void respond(HttpExchange exchange, int status, Object body) {
        byte[] bytes = GSON.toJson(body).getBytes(StandardCharsets.UTF_8);
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            out.write(bytes);
        } catch (IOException e) {
            // the caller went away
        }
    }

    /** Stops the server, then closes the client. */
    @Override
    public void close() {
        server.stop(0);
        client.close();
    }

    /** The routes, for the demo's listing. */
    static List<String> routes() {
        return List.of("GET /computers", "GET /computers/{id}");
    }
}
