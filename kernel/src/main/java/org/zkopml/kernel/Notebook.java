package org.zkopml.kernel;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.imageio.ImageIO;

/**
 * What a notebook cell may show besides its printed output and value: an image (as PNG) or HTML, sent as
 * Jupyter {@code display_data}. {@code jshell/kit.jsh}'s {@code display(...)} helpers call these by
 * reflection, so that the same script also runs in a plain JShell (which prints a one-line description).
 * Both methods return nothing: a display leaves no value in the cell.
 */
public final class Notebook {

    private static volatile BiConsumer<Map<String, String>, Map<String, Object>> sink;

    private Notebook() {
    }

    static void connect(BiConsumer<Map<String, String>, Map<String, Object>> displays) {
        sink = displays;
    }

    /** Shows an image as PNG, or any other value as its text. */
    public static void display(Object value) {
        Map<String, String> data = new LinkedHashMap<>();
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (value instanceof BufferedImage image) {
            data.put("image/png", Base64.getEncoder().encodeToString(png(image)));
            data.put("text/plain", "<image " + image.getWidth() + "×" + image.getHeight() + ">");
            metadata.put("image/png", Map.of("width", image.getWidth(), "height", image.getHeight()));
        } else {
            data.put("text/plain", String.valueOf(value));
        }
        send(data, metadata);
    }

    /** Shows an HTML fragment. */
    public static void displayHtml(String html) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("text/html", html);
        data.put("text/plain", html);
        send(data, Map.of());
    }

    private static void send(Map<String, String> data, Map<String, Object> metadata) {
        BiConsumer<Map<String, String>, Map<String, Object>> target = sink;
        if (target == null) {
            throw new IllegalStateException("display(...) works inside the zkopml notebook kernel only");
        }
        target.accept(data, metadata);
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
