package dev.jamfpro.sdk;

import dev.jamfpro.sdk.internal.Snippets;
import java.util.List;

/**
 * Jamf Pro answered a Pro API request (under {@code /api}) with a non-2xx status. Carries the status,
 * the {@code errors} parsed from Jamf's {@code {httpStatus, errors[{code, field, description, id}]}}
 * body (often empty), the raw body, and the method and path of the request.
 */
public final class JamfProApiException extends JamfHttpException {
    private static final long serialVersionUID = 1L;

    /** One entry of Jamf's {@code errors} array; any field may be null. */
    public record ApiError(String code, String field, String description, String id) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(code == null ? "?" : code);
            if (field != null) {
                text.append(" (").append(field).append(')');
            }
            if (description != null) {
                text.append(": ").append(description);
            }
            return text.toString();
        }
    }

    /** The parsed {@code errors}; empty when there were none. */
    private final List<ApiError> errors;

    /**
     * An HTTP error of the Pro API.
     *
     * @param method the request's HTTP method
     * @param path the request's encoded path
     * @param statusCode the answer's HTTP status
     * @param errors the errors parsed from the body (empty for none)
     * @param body the answer's raw body
     */
    public JamfProApiException(String method, String path, int statusCode, List<ApiError> errors, String body) {
        super(message(method, path, statusCode, errors, body), method, path, statusCode, body);
        this.errors = List.copyOf(errors);
    }

    /** {@return the parsed {@code errors}; empty when Jamf sent none or the body was not Jamf's error JSON} */
    public List<ApiError> errors() {
        return errors;
    }

    /**
     * True when the first error code is {@code code} (for example {@code INVALID_TOKEN}).
     *
     * @param code an error code
     * @return whether the first error has that code
     */
    public boolean hasErrorCode(String code) {
        return errors.stream().anyMatch(e -> code.equals(e.code()));
    }

    private static String message(String method, String path, int status, List<ApiError> errors, String body) {
        StringBuilder text = new StringBuilder().append(method).append(' ').append(path)
                .append(" failed: HTTP ").append(status);
        if (!errors.isEmpty()) {
            text.append(": ").append(errors.get(0));
            if (errors.size() > 1) {
                text.append(" (and ").append(errors.size() - 1).append(" more)");
            }
        } else if (body != null && !body.isBlank()) {
            text.append(": ").append(Snippets.of(body));
        }
        return text.toString();
    }
}
