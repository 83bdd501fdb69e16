package dev.jamfpro.sdk.internal.xml;

/** An answer that is not the XML the Classic API call expects; the caller adds method and path. */
public final class MalformedXmlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedXmlException(String message) {
        super(message);
    }

    public MalformedXmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
