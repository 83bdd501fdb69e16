package dev.jamfpro.sdk.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.jamfpro.sdk.JamfProSdk;
import dev.jamfpro.sdk.JamfProSdkException;
import dev.jamfpro.sdk.JamfResponse;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's Jamf Pro version, asked once per client ({@code GET /api/v1/jamf-pro-version}), with one
 * INFO line the first time it differs from the version the Pro API was generated from. A failed request
 * is not remembered: the next call asks again.
 */
public final class ServerVersionCheck {
    /** The Pro API path that reports the version, below {@code /api/}. */
    public static final String PATH = "v1/jamf-pro-version";
    private static final Logger LOG = LoggerFactory.getLogger(ServerVersionCheck.class);
    private static final Pattern RELEASE = Pattern.compile("^\\d+(?:\\.\\d+)*");

    private final String server;
    private final Supplier<CompletableFuture<JamfResponse>> request;
    private final String generatedFrom;
    private final Consumer<String> info;
    private final AtomicReference<CompletableFuture<String>> answer = new AtomicReference<>();
    private final AtomicBoolean logged = new AtomicBoolean();

    /**
     * A check that logs through SLF4J and compares with {@link JamfProSdk#generatedFrom()}.
     *
     * @param server the host name, for the log line
     * @param request sends {@code GET /api/v1/jamf-pro-version}
     */
    public ServerVersionCheck(String server, Supplier<CompletableFuture<JamfResponse>> request) {
        this(server, request, JamfProSdk.generatedFrom(), LOG::info);
    }

    ServerVersionCheck(String server, Supplier<CompletableFuture<JamfResponse>> request, String generatedFrom,
                       Consumer<String> info) {
        this.server = Objects.requireNonNull(server, "server == null");
        this.request = Objects.requireNonNull(request, "request == null");
        this.generatedFrom = Objects.requireNonNull(generatedFrom, "generatedFrom == null");
        this.info = Objects.requireNonNull(info, "info == null");
    }

    /**
     * The server's version as it reports it, for example {@code 11.30.1-t1762214160}.
     *
     * @return a future of the version; the first call sends the request, later calls share its answer
     */
    public CompletableFuture<String> serverVersion() {
        while (true) {
            CompletableFuture<String> current = answer.get();
            if (current != null) {
                return current.copy();
            }
            CompletableFuture<String> fresh = new CompletableFuture<>();
            if (!answer.compareAndSet(null, fresh)) {
                continue;
            }
            CompletableFuture<JamfResponse> sent;
            try {
                sent = request.get();
            } catch (RuntimeException e) {
                answer.compareAndSet(fresh, null);
                fresh.completeExceptionally(e); // a caller that found it meanwhile gets the failure, not a hang
                throw e;
            }
            sent.thenApply(ServerVersionCheck::read).whenComplete((version, failure) -> {
                if (failure != null) {
                    answer.compareAndSet(fresh, null);
                    fresh.completeExceptionally(failure);
                } else {
                    logIfDifferent(version);
                    fresh.complete(version);
                }
            });
            return fresh.copy();
        }
    }

    private static String read(JamfResponse response) {
        String body = response.body();
        try {
            JsonElement json = JsonParser.parseString(body);
            JsonElement version = json.isJsonObject() ? ((JsonObject) json).get("version") : null;
            if (version != null && version.isJsonPrimitive() && !version.getAsString().isBlank()) {
                return version.getAsString().trim();
            }
        } catch (RuntimeException e) {
            // reported below with the body
        }
        throw new JamfProSdkException("GET /api/" + PATH + ": expected {\"version\": \"...\"}, got: "
                + Snippets.of(body));
    }

    private void logIfDifferent(String serverVersion) {
        Matcher release = RELEASE.matcher(serverVersion);
        String serverRelease = release.find() ? release.group() : serverVersion;
        if (!RELEASE.matcher(generatedFrom).matches() || serverRelease.equals(generatedFrom)
                || !logged.compareAndSet(false, true)) {
            return;
        }
        info.accept("Jamf Pro at " + server + " is version " + serverVersion + "; this SDK's Pro API was generated "
                + "from Jamf Pro " + generatedFrom + ", so operations added or changed since may be missing or "
                + "differ (proApiRequest reaches any path)");
    }
}
