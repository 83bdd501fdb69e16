package dev.jamfpro.sdk;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a probe's {@code main} in a JVM of its own with a small fixed heap (Serial GC, and an
 * OutOfMemoryError ends it with exit code 3), on the tests' class path, and reads the one line of
 * {@code key=value} figures it prints. The server stays in the test's JVM, so the probe's heap holds only
 * what the client keeps.
 */
public final class SmallHeapJvm {
    /** What the probe did: its exit code, everything it printed, and its figures line (empty if none). */
    public record Result(int exit, String output, String line) {
        /** The figures of the line that are whole numbers, by key. */
        public Map<String, Long> figures() {
            Map<String, Long> figures = new HashMap<>();
            for (String pair : line.split(" ")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(eq + 1).matches("-?\\d+")) {
                    figures.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
                }
            }
            return figures;
        }
    }

    private SmallHeapJvm() {
    }

    /**
     * @param heapMb -Xms and -Xmx, in MB
     * @param main the probe's class
     * @param figuresPrefix the start of the line holding the figures, for example {@code "HEAP-FIGURES "}
     * @param args the probe's arguments
     */
    public static Result run(int heapMb, Class<?> main, String figuresPrefix, String... args)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xms" + heapMb + "m", "-Xmx" + heapMb + "m",
                "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-cp", classpath, main.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("small-heap-jvm", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) { // a hang guard only; nothing is asserted on time
                process.destroyForcibly();
                fail(main.getSimpleName() + " did not finish");
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            String line = output.lines().filter(l -> l.startsWith(figuresPrefix)).findFirst().orElse("");
            return new Result(process.exitValue(), output, line);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
