package org.zkopml.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a reader of the course sees, checked on the stored pages (fast, no kernel): notebook code lines fit
 * 100 characters (wider ones are cut at the cell's edge), notebooks are stored without outputs, and neither
 * the notebooks nor the README speak the developers' language ("issue").
 */
class CoursePagesTest {
    static final Path ROOT = Path.of("..");
    static final int WIDTH = 100;

    static List<Path> notebooks() throws IOException {
        try (Stream<Path> s = Files.list(ROOT.resolve("notebooks"))) {
            return s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    static List<JsonObject> cells(Path notebook) throws IOException {
        JsonArray cells = JsonParser.parseString(Files.readString(notebook)).getAsJsonObject().getAsJsonArray("cells");
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement c : cells) out.add(c.getAsJsonObject());
        return out;
    }

    /** A cell's source, stored as one string or as a list of lines (nbformat allows both). */
    static String source(JsonObject cell) {
        JsonElement src = cell.get("source");
        if (src.isJsonPrimitive()) return src.getAsString();
        StringBuilder sb = new StringBuilder();
        for (JsonElement line : src.getAsJsonArray()) sb.append(line.getAsString());
        return sb.toString();
    }

    @Test
    void noNotebookCodeLineIsWiderThan100Characters() throws IOException {
        List<String> wide = new ArrayList<>();
        for (Path nb : notebooks()) {
            List<JsonObject> cells = cells(nb);
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).get("cell_type").getAsString().equals("code")) continue;
                String[] lines = source(cells.get(i)).split("\n", -1);
                for (int k = 0; k < lines.length; k++) {
                    int len = lines[k].codePointCount(0, lines[k].length());
                    if (len > WIDTH) wide.add(nb.getFileName() + " cell " + i + " line " + (k + 1) + ": " + len + " characters");
                }
            }
        }
        assertTrue(notebooks().size() >= 11, "the course's notebooks are found");
        assertEquals(List.of(), wide, "code lines over " + WIDTH + " characters");
    }

    @Test
    void notebooksAreStoredWithoutOutputs() throws IOException {
        for (Path nb : notebooks()) {
            for (JsonObject c : cells(nb)) {
                if (!c.get("cell_type").getAsString().equals("code")) continue;
                assertTrue(c.getAsJsonArray("outputs").isEmpty() && c.get("execution_count").isJsonNull(), nb + ": a stored output");
            }
        }
    }

    @Test
    void whatUsersReadHasNoDevelopmentProcessWording() throws IOException {
        Pattern issue = Pattern.compile("(?i)\\bissues?\\b");
        List<Path> pages = new ArrayList<>(notebooks());
        pages.add(ROOT.resolve("README.md"));
        for (Path p : pages) {
            String text = Files.readString(p);
            var m = issue.matcher(text);
            assertFalse(m.find(), () -> p.getFileName() + ": \"" + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40))
                    .replace('\n', ' ') + "\"");
        }
    }
}
