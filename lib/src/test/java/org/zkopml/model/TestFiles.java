package org.zkopml.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the test-vector files under {@code lib/src/test/resources/org/zkopml/model/}. */
final class TestFiles {
    private TestFiles() {}

    static String text(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-comment, non-blank lines split on whitespace. */
    static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        for (String line : text(name).split("\n")) {
            String t = line.trim();
            if (!t.isEmpty() && !t.startsWith("#")) rows.add(t.split("\\s+"));
        }
        return rows;
    }

    static QuantizedModel model(String name) {
        return ModelJson.read(text(name), name);
    }
}
