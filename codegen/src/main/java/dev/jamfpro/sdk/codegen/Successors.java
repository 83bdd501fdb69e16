package dev.jamfpro.sdk.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The successor of each deprecated operation: the same HTTP method and path under a newer version
 * ({@code GET /v1/computers-inventory} → {@code GET /v4/computers-inventory}), the newest such
 * operation that is not itself deprecated. A path without a version segment ({@code /auth}) and
 * {@code /preview/...} count as older than {@code v1}. Deprecated operations without one (every
 * {@code /v1/jcds/*}, whose replacement lives under other paths) have no entry.
 */
final class Successors {
    private static final Pattern VERSIONED = Pattern.compile("^/(v(\\d+)|preview)(/.*)$");

    private Successors() {
    }

    /** Operation key ({@code "GET /v1/x"}) → its successor's key, for every deprecated operation that has one. */
    static Map<String, String> of(OpenAPI openAPI) {
        Map<String, Candidate> newest = new HashMap<>(); // "GET /x" (versionless) -> newest non-deprecated
        Map<String, Candidate> deprecated = new HashMap<>(); // operation key -> itself
        if (openAPI.getPaths() == null) {
            return Map.of();
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                Candidate c = Candidate.of(entry.getKey().name(), path.getKey());
                if (Boolean.TRUE.equals(entry.getValue().getDeprecated())) {
                    deprecated.put(c.key(), c);
                } else {
                    newest.merge(c.versionless(), c, (a, b) -> a.version() >= b.version() ? a : b);
                }
            }
        }
        Map<String, String> successors = new HashMap<>();
        deprecated.forEach((key, old) -> {
            Candidate successor = newest.get(old.versionless());
            if (successor != null && successor.version() > old.version()) {
                successors.put(key, successor.key());
            }
        });
        return successors;
    }

    private record Candidate(String method, String path, int version, String rest) {
        static Candidate of(String method, String path) {
            Matcher m = VERSIONED.matcher(path);
            String upper = method.toUpperCase(Locale.ROOT);
            if (!m.matches()) {
                return new Candidate(upper, path, 0, path);
            }
            int version = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return new Candidate(upper, path, version, m.group(3));
        }

        String key() {
            return method + " " + path;
        }

        String versionless() {
            return method + " " + rest;
        }
    }
}
