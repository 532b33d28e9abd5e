package org.zkopml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void writesNestedValuesInOrder() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "iris \"linear\"\n");
        m.put("n", 3);
        m.put("ok", true);
        m.put("xs", List.of(1.5, Double.NaN));
        m.put("logits", new long[] {-1, 2});
        m.put("none", null);
        assertEquals("{\"name\":\"iris \\\"linear\\\"\\n\",\"n\":3,\"ok\":true,\"xs\":[1.5,null],\"logits\":[-1,2],\"none\":null}",
                Json.write(m));
    }

    @Test
    void objectsAndLinesComeFromLabelValuePairsInOrder() {
        assertEquals("{\"b\":1,\"a\":[2,3]}", Json.write(Json.object("b", 1, "a", new long[] {2, 3})));
        assertEquals("steps            154\nfinal state hash 0x00\n".replace("\n", System.lineSeparator()),
                Json.lines("steps", 154, "final state hash", "0x00"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Json.object("lonely"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Json.lines("a", 1, "b"));
    }
}
