package org.zkopml.kernel;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.imageio.ImageIO;

/**
 * What a notebook cell may show besides its printed output and value, sent as Jupyter {@code display_data}.
 * {@link #display(Object)} picks the MIME type from the value: an image ({@link RenderedImage}) or an XChart
 * chart as PNG, anything else (a {@code String} included) as text; {@link #display(String, String)} sends
 * text of a given type, e.g. {@code text/html}, {@code text/markdown} or {@code text/latex}.
 * {@code jshell/kit.jsh}'s {@code display(...)}, {@code html(...)}, {@code markdown(...)} and {@code latex(...)}
 * call these by reflection, so that the same script also runs in a plain JShell (which prints text instead).
 * The methods return nothing: a display leaves no value in the cell.
 */
public final class Notebook {

    /** The class every XChart chart extends (XChart is the library's, not the kernel's: found by name). */
    private static final String XCHART_CHART = "org.knowm.xchart.internal.chartpart.Chart";

    private static volatile BiConsumer<Map<String, String>, Map<String, Object>> sink;

    private Notebook() {
    }

    static void connect(BiConsumer<Map<String, String>, Map<String, Object>> displays) {
        sink = displays;
    }

    /** Shows an image or an XChart chart as PNG, or any other value as its text. */
    public static void display(Object value) {
        if (value instanceof RenderedImage image) {
            Map<String, String> data = new LinkedHashMap<>();
            data.put("image/png", Base64.getEncoder().encodeToString(png(image)));
            data.put("text/plain", "<image " + image.getWidth() + "×" + image.getHeight() + ">");
            send(data, Map.of("image/png", Map.of("width", image.getWidth(), "height", image.getHeight())));
            return;
        }
        RenderedImage chart = chartImage(value);
        if (chart != null) {
            display(chart);
            return;
        }
        send(Map.of("text/plain", String.valueOf(value)), Map.of());
    }

    /**
     * Shows {@code text} as {@code mimeType} (e.g. {@code text/html}, {@code text/markdown}, {@code text/latex}),
     * with the text itself as the plain-text fallback.
     */
    public static void display(String mimeType, String text) {
        if (mimeType == null || !mimeType.matches("[a-z]+/[a-zA-Z0-9.+-]+")) {
            throw new IllegalArgumentException("not a MIME type: " + mimeType);
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put(mimeType, text);
        data.putIfAbsent("text/plain", text);
        send(data, Map.of());
    }

    /** Shows an HTML fragment (the same as {@code display("text/html", html)}). */
    public static void displayHtml(String html) {
        display("text/html", html);
    }

    /** An XChart chart drawn by XChart's own {@code BitmapEncoder.getBufferedImage}, or null for anything else. */
    private static RenderedImage chartImage(Object value) {
        if (value == null) {
            return null;
        }
        for (Class<?> type = value.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(XCHART_CHART)) {
                try {
                    ClassLoader loader = type.getClassLoader();
                    Class<?> encoder = Class.forName("org.knowm.xchart.BitmapEncoder", true, loader);
                    for (java.lang.reflect.Method method : encoder.getMethods()) {
                        if (method.getName().equals("getBufferedImage") && method.getParameterCount() == 1
                                && method.getParameterTypes()[0].isInstance(value)) {
                            return (RenderedImage) method.invoke(null, value);
                        }
                    }
                    throw new NoSuchMethodException("BitmapEncoder.getBufferedImage for " + value.getClass().getName());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot draw the XChart chart: " + e, e);
                }
            }
        }
        return null;
    }

    private static void send(Map<String, String> data, Map<String, Object> metadata) {
        BiConsumer<Map<String, String>, Map<String, Object>> target = sink;
        if (target == null) {
            throw new IllegalStateException("display(...) works inside the zkopml notebook kernel only");
        }
        target.accept(data, metadata);
    }

    private static byte[] png(RenderedImage image) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
