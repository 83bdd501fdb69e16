package dev.jamfpro.sdk.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Jamf's summaries and descriptions as Javadoc: text stays text. {@code <}, {@code >}, {@code &},
 * {@code @} and {@code \} become entities (so {@code List<Site>} is not a tag, a line starting with
 * {@code @} is not a block tag and {@code \}{@code u} is not a Unicode escape of the compiler),
 * {@code *}{@code /} cannot close the comment, and Jamf's line-break tags ({@code <br/>},
 * {@code </br>}, {@code <\br>}) and blank lines become paragraphs.
 */
final class JavadocText {
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<\\s*[/\\\\]?\\s*br\\s*/?\\s*>");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

    private JavadocText() {
    }

    /** One line: whitespace (line breaks included) collapsed, escaped; empty for null. */
    static String inline(String raw) {
        if (raw == null) {
            return "";
        }
        return escape(LINE_BREAK_TAG.matcher(raw).replaceAll(" ").replaceAll("\\s+", " ").trim());
    }

    /**
     * Source lines of a description (without the leading {@code " * "}): Jamf's own line breaks
     * kept, each paragraph after the first opened with {@code <p>}. Empty for null or blank text.
     */
    static List<String> lines(String raw) {
        List<String> lines = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return lines;
        }
        String text = LINE_BREAK_TAG.matcher(raw.replace("\r\n", "\n")).replaceAll("\n\n");
        for (String paragraph : BLANK_LINES.split(text.strip())) {
            boolean first = true;
            for (String line : paragraph.split("\n")) {
                String escaped = escape(line.strip().replaceAll("\\s+", " "));
                if (escaped.isEmpty()) {
                    continue;
                }
                lines.add(first ? "<p>" + escaped : escaped);
                first = false;
            }
        }
        return lines;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
