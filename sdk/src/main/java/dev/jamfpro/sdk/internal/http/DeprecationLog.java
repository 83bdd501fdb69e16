package dev.jamfpro.sdk.internal.http;

import dev.jamfpro.sdk.internal.ProOperation;
import dev.jamfpro.sdk.internal.Snippets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client's deprecation warnings, on the logger {@value #LOGGER}: calling an operation Jamf's
 * document marks deprecated logs one WARN per operation (Jamf's date, the successor when the document
 * has one), and an answer carrying {@code Deprecation} or {@code Sunset} headers (RFC 9745, RFC 8594)
 * one WARN per operation. State is per instance, so every client warns once on its own.
 */
final class DeprecationLog {
    static final String LOGGER = "dev.jamfpro.sdk.deprecation";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final Pattern EPOCH_SECONDS = Pattern.compile("@(-?\\d{1,12})");

    private final Set<String> documented = ConcurrentHashMap.newKeySet();
    private final Set<String> announced = ConcurrentHashMap.newKeySet();

    /** Before a call of {@code operation}: the first call of a deprecated one is logged. */
    void called(ProOperation operation) {
        if (!operation.deprecated() || !documented.add(operation.value()) || !LOG.isWarnEnabled()) {
            return;
        }
        StringBuilder text = new StringBuilder(api(operation.value())).append(" is deprecated by Jamf Pro");
        if (!operation.deprecationDate().isEmpty()) {
            text.append(" since ").append(operation.deprecationDate());
        }
        if (!operation.successor().isEmpty()) {
            text.append("; use ").append(successor(operation)).append(" instead");
        } else {
            text.append("; Jamf's API document has no newer version of this path: see the Jamf Pro API changelog"
                    + " for its replacement");
        }
        LOG.warn(text.toString());
    }

    /** After an answer to {@code operation}: its first {@code Deprecation} or {@code Sunset} header is logged. */
    void answered(ProOperation operation, Headers headers) {
        String deprecation = headers.get("Deprecation");
        String sunset = headers.get("Sunset");
        if ((deprecation == null && sunset == null) || !announced.add(operation.value()) || !LOG.isWarnEnabled()) {
            return;
        }
        List<String> values = new ArrayList<>(2);
        if (deprecation != null) {
            values.add("Deprecation: " + readable(deprecation));
        }
        if (sunset != null) {
            values.add("Sunset: " + readable(sunset));
        }
        StringBuilder text = new StringBuilder(api(operation.value())).append(": Jamf Pro answered with ")
                .append(String.join(", ", values));
        if (!operation.successor().isEmpty()) {
            text.append("; use ").append(successor(operation)).append(" instead");
        }
        LOG.warn(text.toString());
    }

    /** {@code GET /v1/x} as the path is sent: {@code GET /api/v1/x}. */
    private static String api(String operation) {
        return operation.replaceFirst(" ", " /api");
    }

    private static String successor(ProOperation operation) {
        return api(operation.successor()) + " (" + operation.successorMethod() + ")";
    }

    /** A header value on one line, short; an RFC 9745 {@code @<epoch seconds>} also as an ISO instant. */
    private static String readable(String value) {
        String flat = Snippets.of(value.replaceAll("\\p{Cntrl}", " "));
        Matcher epoch = EPOCH_SECONDS.matcher(flat);
        return epoch.matches() ? flat + " (" + Instant.ofEpochSecond(Long.parseLong(epoch.group(1))) + ")" : flat;
    }
}
