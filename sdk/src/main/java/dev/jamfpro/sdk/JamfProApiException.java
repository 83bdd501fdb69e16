package dev.jamfpro.sdk;

import dev.jamfpro.sdk.internal.Snippets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Jamf Pro answered a Pro API request (under {@code /api}) with a non-2xx status. Carries the status,
 * the {@code errors} parsed from Jamf's {@code {httpStatus, errors[{code, field, description, id}]}}
 * body (often empty), the raw body, the method and path of the request, and, for a generated
 * operation, the privileges Jamf's API document says it requires: a 403's message names them.
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
    /** The privileges Jamf's API document lists for the operation; empty when unknown. */
    private final List<String> requiredPrivileges;

    /**
     * An error answer to a request whose required privileges are unknown (a raw request).
     *
     * @param method the request's HTTP method
     * @param path the request's encoded path
     * @param statusCode the answer's HTTP status
     * @param errors Jamf's parsed {@code errors}, possibly empty
     * @param body the raw answer body; null is read as empty
     */
    public JamfProApiException(String method, String path, int statusCode, List<ApiError> errors, String body) {
        this(method, path, statusCode, errors, body, List.of());
    }

    /**
     * An error answer to a generated operation; a 403's message names {@code requiredPrivileges}.
     *
     * @param method the request's HTTP method
     * @param path the request's encoded path
     * @param statusCode the answer's HTTP status
     * @param errors Jamf's parsed {@code errors}, possibly empty
     * @param body the raw answer body; null is read as empty
     * @param requiredPrivileges the privileges Jamf's API document lists for the operation, possibly empty
     */
    public JamfProApiException(String method, String path, int statusCode, List<ApiError> errors, String body,
                               List<String> requiredPrivileges) {
        super(message(method, path, statusCode, errors, body, requiredPrivileges), method, path, statusCode, body);
        this.errors = List.copyOf(errors);
        this.requiredPrivileges = List.copyOf(requiredPrivileges);
    }

    /** {@return the parsed {@code errors}; empty when Jamf sent none or the body was not Jamf's error JSON} */
    public List<ApiError> errors() {
        return errors;
    }

    /**
     * The privileges the operation requires, as Jamf's API document of the version the SDK was
     * generated from names them ({@code x-required-privileges}; Jamf renames privileges between
     * versions). Empty for raw requests and for operations whose document lists none.
     *
     * @return the privileges, in the document's order
     */
    public List<String> requiredPrivileges() {
        return requiredPrivileges;
    }

    /**
     * Whether Jamf's {@code errors} carry {@code code}.
     *
     * @param code an error code, for example {@code INVALID_TOKEN}
     * @return true when any of the parsed errors has that code
     */
    public boolean hasErrorCode(String code) {
        return errors.stream().anyMatch(e -> code.equals(e.code()));
    }

    private static String message(String method, String path, int status, List<ApiError> errors, String body,
                                  List<String> requiredPrivileges) {
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
        if (status == 403 && !requiredPrivileges.isEmpty()) {
            text.append(". The operation requires ").append(requiredPrivileges.size() == 1 ? "the privilege " : "the privileges ")
                    .append(requiredPrivileges.stream().map(p -> '"' + p + '"').collect(Collectors.joining(", ")))
                    .append(" (per Jamf's API document); grant ").append(requiredPrivileges.size() == 1 ? "it" : "them")
                    .append(" to the API client's role or the user");
        }
        return text.toString();
    }
}
