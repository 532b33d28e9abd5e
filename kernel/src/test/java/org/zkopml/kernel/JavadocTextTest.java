package org.zkopml.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Javadoc as plain text: inline tags, HTML, entities, block tags, the first sentence. */
class JavadocTextTest {

    private static final String MAX = """
            Returns the greater of two {@code int} values. That is, the
            result is the argument closer to the value of
            {@link Integer#MAX_VALUE}. If the arguments have the same value,
            the result is that same value.

            @param   a   an argument.
            @param   b   another argument.
            @return  the larger of {@code a} and {@code b}.
            """;

    @Test
    void theSummaryIsTheFirstSentence() {
        assertEquals("Returns the greater of two int values.", JavadocText.of(MAX).summary());
        assertEquals("Use e.g. this one.", JavadocText.of("Use e.g. this one. Not that.").summary());
    }

    @Test
    void blockTagsBecomeTitledSections() {
        assertEquals("""
                Returns the greater of two int values. That is, the result is the
                argument closer to the value of Integer.MAX_VALUE. If the arguments have
                the same value, the result is that same value.

                Parameters:
                    a – an argument.
                    b – another argument.

                Returns:
                    the larger of a and b.""", JavadocText.of(MAX).full());
    }

    @Test
    void inlineTagsHtmlAndEntitiesAreText() {
        assertEquals("List<T> of x, y & z", JavadocText.text("{@code List<T>} of <em>x</em>, {@literal y} &amp; z"));
        assertEquals("see the label and Map.get(Object)", JavadocText.text("see {@link #m(int) the label} and {@link Map#get(Object)}"));
        assertEquals("a {nested} code", JavadocText.text("a {@code {nested}} code"));
        assertEquals("One.\n\nTwo.", JavadocText.text("One.<p>Two."));
        assertEquals("  • first\n\n  • second", JavadocText.text("<ul><li>first<li>second</ul>"));
        assertEquals("Code:\n\n    int x = 1;\n      return x;", JavadocText.text("Code:<pre>\n    int x = 1;\n      return x;\n</pre>"));
        assertEquals("≥ 2", JavadocText.text("&#8805; 2"));
    }

    @Test
    void longParagraphsAreWrapped() {
        String text = JavadocText.text("word ".repeat(60));
        assertTrue(text.lines().allMatch(line -> line.length() <= JavadocText.WIDTH), text);
        assertEquals(60, text.split("\\s+").length);
    }

    @Test
    void noCommentIsEmpty() {
        assertTrue(JavadocText.of(null).isEmpty());
        assertEquals("", JavadocText.of("  ").full());
    }
}
