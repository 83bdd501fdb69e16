package dev.jamfpro.sdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavadocTextTest {

    @Test
    void textThatJavadocWouldReadAsMarkupStaysText() {
        assertEquals("List&lt;Site&gt; &amp; more &#64;since x*&#47; &#92;user", JavadocText.escape("List<Site> & more @since x*/ \\user"));
    }

    @Test
    void inlineCollapsesLineBreaksAndBreakTags() {
        assertEquals("Sorts results. Default id:asc.",
                JavadocText.inline("Sorts results.<br/>\n Default   id:asc."));
        assertEquals("", JavadocText.inline(null));
    }

    @Test
    void linesKeepJamfsLineBreaksAndOpenParagraphs() {
        assertEquals(List.of("<p>First line.", "Second line.", "<p>After a break tag.", "<p>After a blank line."),
                JavadocText.lines("First line.\nSecond line.<\\br>After a break tag.\n\n  After a blank line.\n"));
        assertEquals(List.of(), JavadocText.lines("  \n "));
    }
}
