package org.zkopml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tour's terminal table fits 100 columns, however long its cells, and loses no word. */
class TourTableTest {
    @Test
    void longCellsWrapWithinOneHundredColumnsAndKeepEveryWord() {
        List<String[]> rows = List.of(
                new String[] {"", "zkML (Groth16, statement a)", "opML (bisection game on the VM)"},
                new String[] {"work to claim", "prove 1.23 s (12,345 constraints; setup 4.56 s once)", "VM run 7.89 ms (1,234 steps, hashed)"},
                new String[] {"cheater caught", "by the verifier, at once",
                        "challenger wins (one-step re-execution of step 78 → 79 contradicts the submitter's state, after 8 rounds)"},
                new String[] {"gas, honest claim", "214,800 verify (verifier deployed once: 502,011)", "229,062 submit + 123,632 finalise + 60,077 claim"});
        List<String> lines = TourPage.layout(rows, TourPage.COLUMNS);
        for (String line : lines) assertTrue(line.length() <= 100, line.length() + ": " + line);
        String all = String.join("\n", lines);
        for (String[] r : rows) for (String cell : r) for (String word : cell.split(" ")) assertTrue(all.contains(word), word);
        assertEquals("-".repeat(17), lines.get(1).substring(0, 17), "a rule under the header");
        assertEquals(List.of("abc", "defgh", "ij"), TourPage.wrap("abc defgh ij", 5));
        assertEquals(List.of("abcde", "fg"), TourPage.wrap("abcdefg", 5));
    }
}
