package org.zkopml.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * display(...) picks the MIME type: an image or an XChart chart as PNG (with its size), a String as text, and
 * text of an explicit type (HTML, Markdown, LaTeX) as that type, with the text as its plain fallback.
 */
class NotebookTest {

    private final List<Map<String, String>> shown = new ArrayList<>();
    private final List<Map<String, Object>> metadata = new ArrayList<>();

    @BeforeEach
    void connect() {
        Notebook.connect((data, meta) -> {
            shown.add(data);
            metadata.add(meta);
        });
    }

    @Test
    void anImageIsSentAsPng() {
        Notebook.display(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB));
        byte[] png = Base64.getDecoder().decode(shown.get(0).get("image/png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4), "the PNG signature");
        assertEquals(Map.of("width", 3, "height", 2), metadata.get(0).get("image/png"));
    }

    @Test
    void anXChartChartIsDrawnAsPng() throws Exception {
        XYChart chart = new XYChartBuilder().width(200).height(120).title("gas").build();
        chart.addSeries("gas", new double[] {1, 2, 3}, new double[] {3, 1, 2});
        Notebook.display(chart);
        byte[] png = Base64.getDecoder().decode(shown.get(0).get("image/png"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(200, image.getWidth());
        assertEquals(120, image.getHeight());
    }

    @Test
    void aStringIsTextEvenWhenItLooksLikeMarkup() {
        Notebook.display("<b>bold</b>");
        assertEquals(Map.of("text/plain", "<b>bold</b>"), shown.get(0));
        Notebook.display(42);
        assertEquals(Map.of("text/plain", "42"), shown.get(1));
    }

    @Test
    void anExplicitTypeIsSentAsThatType() {
        Notebook.display("text/html", "<b>bold</b>");
        Notebook.display("text/markdown", "**bold**");
        Notebook.display("text/latex", "$x^2$");
        Notebook.displayHtml("<i>it</i>");
        assertEquals(Map.of("text/html", "<b>bold</b>", "text/plain", "<b>bold</b>"), shown.get(0));
        assertEquals("**bold**", shown.get(1).get("text/markdown"));
        assertEquals("$x^2$", shown.get(2).get("text/latex"));
        assertEquals("<i>it</i>", shown.get(3).get("text/html"));
        assertThrows(IllegalArgumentException.class, () -> Notebook.display("bold", "x"));
    }
}
