package dev.jamfpro.sdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The generator's last step prints nothing, so a normal build shows no donation banner. */
class GeneratorBannerTest {
    @Test
    void postProcessPrintsNothing() {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            new JamfProCodegen().postProcess();
        } finally {
            System.setOut(original);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }
}
