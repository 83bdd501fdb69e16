package dev.jamfpro.sdk.simulator;

import java.util.List;
import java.util.Map;

/** Chooses requests, for example the ones a fault is aimed at. */
@FunctionalInterface
public interface RequestMatcher {
    /**
     * @param method GET, POST, ...
     * @param path the decoded path without the query, for example {@code /api/v1/computers-inventory}
     * @param query the decoded query parameters
     * @return whether it holds
     */
    boolean matches(String method, String path, Map<String, List<String>> query);

    /** {@return every request} */
    static RequestMatcher any() {
        return (method, path, query) -> true;
    }

    /**
     * Requests whose decoded path starts with {@code prefix}.
     *
     * @param prefix the start of the decoded path
     * @return the matcher
     */
    static RequestMatcher pathStartsWith(String prefix) {
        return (method, path, query) -> path.startsWith(prefix);
    }

    /**
     * Requests to {@code path} whose query parameter {@code name} has the value {@code value}.
     *
     * @param path the decoded path
     * @param name the query parameter's name
     * @param value its value
     * @return the matcher
     */
    static RequestMatcher pathAndParameter(String path, String name, String value) {
        return (method, p, query) -> p.equals(path) && query.getOrDefault(name, List.of()).contains(value);
    }
}
