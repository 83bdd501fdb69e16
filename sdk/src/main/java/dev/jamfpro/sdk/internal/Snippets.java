package dev.jamfpro.sdk.internal;

/** Short, single-line excerpts of answer bodies for exception messages. */
public final class Snippets {
    private static final int MAX = 300;

    private Snippets() {
    }

    public static String of(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX ? flat : flat.substring(0, MAX) + "…";
    }
}
