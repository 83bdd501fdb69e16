package dev.jamfpro.sdk.simulator;

import java.util.List;
import java.util.Map;

/** Chooses requests, for example the ones a fault is aimed at. */
@FunctionalInterface
public interface RequestMatcher {
    /**
     * Whether this matcher chooses a request.
     *
     * @param method GET, POST, ...
     * @param path the decoded path without the query, for example {@code /api/v1/computers-inventory}
     * @param query the decoded query parameters
     * @return true to choose it
     */
    boolean matches(String method, String path, Map<String, List<String>> query);

    /** {@return a matcher of every request} */
    static RequestMatcher any() {
        return (method, path, query) -> true;
    }

    /**
     * Requests with this method and this decoded path ({@code GET}, {@code /api/v1/buildings}).
     *
     * @param method the HTTP method, in any case
     * @param path the decoded path without the query
     * @return the matcher
     */
    static RequestMatcher request(String method, String path) {
        java.util.Objects.requireNonNull(method, "method == null");
        java.util.Objects.requireNonNull(path, "path == null");
        return (m, p, query) -> m.equalsIgnoreCase(method) && p.equals(path);
    }

    /**
     * Requests to this decoded path, whatever the method.
     *
     * @param path the decoded path without the query
     * @return the matcher
     */
    static RequestMatcher path(String path) {
        java.util.Objects.requireNonNull(path, "path == null");
        return (method, p, query) -> p.equals(path);
    }

    /**
     * Requests whose decoded path starts with {@code prefix}.
     *
     * @param prefix the start of the decoded path, for example {@code /api/v1/buildings}
     * @return the matcher
     */
    static RequestMatcher pathStartsWith(String prefix) {
        return (method, path, query) -> path.startsWith(prefix);
    }

    /**
     * Requests to {@code path} whose query parameter {@code name} has the value {@code value}.
     *
     * @param path the decoded path without the query
     * @param name the query parameter's name, decoded
     * @param value one of its values, decoded
     * @return the matcher
     */
    static RequestMatcher pathAndParameter(String path, String name, String value) {
        return (method, p, query) -> p.equals(path) && query.getOrDefault(name, List.of()).contains(value);
    }
}
