package dev.jamfpro.sdk.simulator;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One request the simulator answered, for tests that check what a client sent: which pages, which
 * page sizes, which filter.
 */
public final class RecordedRequest {
    private final String method;
    private final String path;
    private final Map<String, List<String>> query;
    private final int status;
    private final Fault fault;

    RecordedRequest(String method, String path, Map<String, List<String>> query, int status, Fault fault) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.status = status;
        this.fault = fault;
    }

    /**
     * GET, POST, ...
     *
     * @return the HTTP method
     */
    public String method() {
        return method;
    }

    /** {@return the decoded path without the query, for example {@code /api/v1/computers-inventory}} */
    public String path() {
        return path;
    }

    /** {@return the decoded query parameters, in the order sent; repeated parameters keep every value} */
    public Map<String, List<String>> query() {
        return query;
    }

    /**
     * The first value of query parameter {@code name}, or null.
     *
     * @param name the parameter's name
     * @return the first value of query parameter {@code name}, or null
     */
    public String queryParameter(String name) {
        List<String> values = query.get(Objects.requireNonNull(name, "name == null"));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** {@return the status answered; 0 for a connection reset} */
    public int status() {
        return status;
    }

    /** {@return the fault injected into this request, or null} */
    public Fault fault() {
        return fault;
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : " " + query) + " -> "
                + (fault == Fault.CONNECTION_RESET ? "reset" : Integer.toString(status));
    }
}
