package dev.jamfpro.sdk;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What SLF4J's simple logger (the tests' binding) writes while an action runs: it prints to the
 * {@code System.err} of the moment, so swapping the stream captures the SDK's log lines. The text is
 * also passed on to the original stream, so the test's report keeps it.
 */
public final class CapturedStandardError {
    private CapturedStandardError() {
    }

    /** Runs {@code action} and returns what was written to standard error meanwhile. */
    public static String during(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        original.print(text);
        return text;
    }
}
