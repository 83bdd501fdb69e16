package dev.jamfpro.sdk.examples;

import com.sun.net.httpserver.HttpServer;
import dev.jamfpro.sdk.webhooks.ComputerCheckIn;
import dev.jamfpro.sdk.webhooks.SmartGroupComputerMembershipChange;
import dev.jamfpro.sdk.webhooks.UnknownWebhookEvent;
import dev.jamfpro.sdk.webhooks.WebhookComputer;
import dev.jamfpro.sdk.webhooks.WebhookReceiver;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.function.Consumer;

/**
 * The README's webhook listener: Jamf Pro posts to {@code http://<this host>:8080/jamf} with HTTP Basic
 * credentials {@code jamf} / {@code $JAMF_WEBHOOK_PASSWORD}; each event is printed as one line.
 *
 * <pre>
 * JAMF_WEBHOOK_PASSWORD=... java -cp ... dev.jamfpro.sdk.examples.WebhookListener [port]
 * </pre>
 */
public final class WebhookListener {
    private WebhookListener() {
    }

    public static void main(String[] args) throws IOException {
        String password = System.getenv("JAMF_WEBHOOK_PASSWORD");
        if (password == null || password.isEmpty()) {
            System.err.println("Set JAMF_WEBHOOK_PASSWORD to the password of the webhook in Jamf Pro.");
            System.exit(2);
        }
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        HttpServer server = listen(port, password, System.out::println);
        System.out.println("Listening on http://localhost:" + server.getAddress().getPort() + "/jamf");
    }

    /** Starts the listener on {@code port} (0: any free port); each event becomes one line for {@code out}. */
    static HttpServer listen(int port, String password, Consumer<String> out) throws IOException {
        WebhookReceiver receiver = WebhookReceiver.builder()
                .basicAuthentication("jamf", password)              // as set on the webhook in Jamf Pro
                .build();
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/jamf", receiver.httpHandler(event -> {
            if (event instanceof ComputerCheckIn checkIn) {
                WebhookComputer mac = checkIn.computer().orElseThrow();
                out.accept(mac.deviceName().orElse("?") + " (" + mac.serialNumber().orElse("?") + ") checked in: "
                        + checkIn.trigger().orElse("?"));
            } else if (event instanceof SmartGroupComputerMembershipChange change) {
                out.accept(change.groupName().orElse("?") + ": joined " + change.groupAddedDevicesIds()
                        + ", left " + change.groupRemovedDevicesIds());
            } else if (event instanceof UnknownWebhookEvent unknown) {
                out.accept("new to this SDK: " + unknown.eventName() + " " + unknown.rawBody());
            } else {
                out.accept(event.eventName() + " at " + event.webhook().eventTimestamp().orElseThrow());
            }
        }));
        server.start();
        return server;
    }
}
