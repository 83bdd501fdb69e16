package dev.jamfpro.sdk.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link WebhookReceiver#httpHandler}: the receiver behind the JDK's built-in HTTP server. */
final class WebhookHttpHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookHttpHandler.class);

    private final WebhookReceiver receiver;
    private final Consumer<? super WebhookEvent> listener;

    WebhookHttpHandler(WebhookReceiver receiver, Consumer<? super WebhookEvent> listener) {
        this.receiver = receiver;
        this.listener = listener;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            WebhookEvent event;
            try {
                if (!exchange.getRequestMethod().equals("POST")) {
                    exchange.getResponseHeaders().set("Allow", "POST");
                    throw WebhookReceiver.reject(405, exchange.getRequestMethod()
                            + " is not allowed: Jamf Pro POSTs webhooks");
                }
                receiver.authenticate(exchange.getRequestHeaders()); // before reading a byte of the body
                event = receiver.receive(exchange.getRequestHeaders(), body(exchange));
            } catch (WebhookRejectedException e) {
                if (e.statusCode() == 401 && receiver.basic()) {
                    exchange.getResponseHeaders().set("WWW-Authenticate",
                            "Basic realm=\"Jamf Pro webhooks\", charset=\"UTF-8\"");
                }
                exchange.getResponseHeaders().set("Connection", "close"); // the unread rest of a body goes with it
                respond(exchange, e.statusCode(), e.getMessage());
                return;
            } catch (RuntimeException e) { // a bug, not the sender's fault: still an answer, never a dropped connection
                LOG.error("Reading a webhook failed unexpectedly; answered 500", e);
                respond(exchange, 500, "the receiver failed to read the event");
                return;
            }
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.error("The webhook listener failed on {}; answered 500", event.eventName(), e);
                respond(exchange, 500, "the receiver failed to handle the event");
                return;
            }
            exchange.sendResponseHeaders(200, -1);
        }
    }

    /** The body, read no further than one byte past the limit. */
    private byte[] body(HttpExchange exchange) throws IOException {
        long max = receiver.maxBodyBytes();
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > max) {
                    throw receiver.tooLarge(Long.parseLong(declared.trim()));
                }
            } catch (NumberFormatException e) {
                throw WebhookReceiver.reject(400, "Content-Length is not a number: " + declared);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = exchange.getRequestBody()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + (long) n > max) {
                    throw receiver.tooLarge(-1);
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    private static void respond(HttpExchange exchange, int status, String message) throws IOException {
        byte[] text = (message + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, text.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(text);
        }
    }
}
