package dev.jamfpro.sdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every Java block of the README's "Webhooks" section is code that compiles and runs: its lines appear,
 * in order and together, in the example sources ({@link WebhookListener}, {@link WebhookListenerTest}).
 */
class ReadmeWebhooksTest {
    private static final Path README = Path.of("..", "README.md");
    private static final List<Path> SOURCES = List.of(
            Path.of("src/main/java/dev/jamfpro/sdk/examples/WebhookListener.java"),
            Path.of("src/test/java/dev/jamfpro/sdk/examples/WebhookListenerTest.java"));

    @Test
    void everyJavaBlockOfTheWebhooksSectionIsInTheTestedExamples() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("\n## Webhooks\n");
        assertTrue(start >= 0, "the README has a Webhooks section");
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<List<String>> blocks = javaBlocks(section);
        assertEquals(3, blocks.size(), "the listener, the simulator test and the fakes test");
        List<List<String>> sources = new ArrayList<>();
        for (Path source : SOURCES) {
            sources.add(trimmed(Files.readAllLines(source)));
        }
        for (List<String> block : blocks) {
            assertTrue(sources.stream().anyMatch(source -> java.util.Collections.indexOfSubList(source, block) >= 0),
                    "not in the examples, line for line:\n" + String.join("\n", block));
        }
    }

    private static List<List<String>> javaBlocks(String markdown) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = null;
        for (String line : markdown.split("\n")) {
            if (current == null && line.equals("```java")) {
                current = new ArrayList<>();
            } else if (current != null && line.equals("```")) {
                blocks.add(trimmed(current));
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return blocks;
    }

    private static List<String> trimmed(List<String> lines) {
        return lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
