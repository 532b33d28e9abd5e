package org.zkopml.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** display(...) sends an image as PNG (with its size) and HTML as HTML, as Jupyter's display_data. */
class NotebookTest {

    @Test
    void anImageIsSentAsPngAndHtmlAsHtml() {
        List<Map<String, String>> shown = new ArrayList<>();
        List<Map<String, Object>> metadata = new ArrayList<>();
        Notebook.connect((data, meta) -> {
            shown.add(data);
            metadata.add(meta);
        });
        Notebook.display(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB));
        byte[] png = Base64.getDecoder().decode(shown.get(0).get("image/png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4), "the PNG signature");
        assertEquals(Map.of("width", 3, "height", 2), metadata.get(0).get("image/png"));

        Notebook.displayHtml("<b>bold</b>");
        assertEquals("<b>bold</b>", shown.get(1).get("text/html"));

        Notebook.display(42);
        assertEquals("42", shown.get(2).get("text/plain"));
    }
}
