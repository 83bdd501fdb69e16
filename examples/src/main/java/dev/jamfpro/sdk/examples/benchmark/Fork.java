package dev.jamfpro.sdk.examples.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Runs a probe's {@code main} in a fresh JVM and reads the {@code key=value} pairs of its {@code RESULT} line. */
final class Fork {
    private Fork() {
    }

    static Map<String, String> run(Class<?> main, List<String> jvmOptions, String... args) throws Exception {
        return run(main, jvmOptions, line -> { }, args);
    }

    /**
     * As {@link #run(Class, List, String...)}, handing every other line of output to {@code lines}. A probe
     * that has not ended after 5 minutes is killed: its outcome is {@code timeout(5min)}.
     */
    static Map<String, String> run(Class<?> main, List<String> jvmOptions, Consumer<String> lines,
                                   String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, String> result = Collections.synchronizedMap(new LinkedHashMap<>()); // in the order printed
        StringBuffer other = new StringBuffer();
        // Read on a thread of its own, so a probe that hangs with its output open still meets the timeout.
        Thread reader = new Thread(() -> {
            try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = output.readLine()) != null) {
                    if (line.startsWith("RESULT ")) {
                        for (String pair : line.substring(7).split(" ")) {
                            int eq = pair.indexOf('=');
                            if (eq > 0) {
                                result.put(pair.substring(0, eq), pair.substring(eq + 1));
                            }
                        }
                    } else {
                        lines.accept(line);
                        if (other.length() < 4000) {
                            other.append(line).append('\n');
                        }
                    }
                }
            } catch (IOException ignored) {
                // the probe ended
            }
        }, "fork-output-" + main.getSimpleName());
        reader.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            result.put("outcome", "timeout(5min)");
        }
        reader.join(10_000);
        if (result.isEmpty()) { // -XX:+ExitOnOutOfMemoryError ends a probe with exit code 3 and no RESULT line
            result.put("outcome", other.toString().contains("OutOfMemoryError") ? "OutOfMemoryError"
                    : "no-result(exit " + process.exitValue() + "): " + other.toString().replace('\n', ' '));
        }
        synchronized (result) {
            return new LinkedHashMap<>(result);
        }
    }
}
