package org.zkopml.vm;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zkopml.values.Bytes32;
import org.zkopml.values.Verdict;

/**
 * The fixed one-step vectors in {@code one-step-vectors.txt} (the contract the Solidity verifier will be
 * checked against): the verifier maps every stored (preHash, witness) to the stored postHash, and the
 * interpreter still produces exactly these bytes — any change of encoding fails here.
 */
class OneStepVectorsTest {
    @Test
    void storedVectorsVerifyAndAreReproduced() throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("one-step-vectors.txt")) {
            assertNotNull(in, "one-step-vectors.txt on the test class path");
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
        }
        HexFormat hex = HexFormat.of();
        long[] image = new long[104];
        List<String[]> steps = new ArrayList<>();
        String[] cur = null;
        for (String line : lines) {
            String[] f = line.split(" ", 2);
            switch (f[0]) {
                case "image" -> {
                    String[] g = f[1].split(" ");
                    image[Integer.parseInt(g[0])] = Long.parseUnsignedLong(g[1], 16);
                }
                case "step" -> steps.add(cur = new String[4]);
                case "pre" -> cur[0] = f[1];
                case "witness" -> cur[1] = f[1];
                case "post" -> cur[2] = f[1];
                default -> fail("unexpected line: " + line);
            }
        }
        assertEquals(35, steps.size());
        Vm vm = new Vm(Memory.of(image));
        for (int i = 0; i < steps.size(); i++) {
            String[] v = steps.get(i);
            Verdict<Bytes32> verdict = OneStep.verify(Bytes32.fromHex(v[0]), hex.parseHex(v[1]));
            assertTrue(verdict.accepted(), "vector " + i + ": " + verdict.reason());
            assertEquals(v[2], hex.formatHex(verdict.value().bytes()), "vector " + i + " post-state hash");
            StepWitness w = vm.witness();
            assertEquals(v[0], hex.formatHex(w.pre().hash().bytes()), "vector " + i + " pre-state hash reproduced");
            assertEquals(v[1], hex.formatHex(w.encode()), "vector " + i + " witness reproduced");
            vm.stepOnce();
        }
        assertEquals(Status.HALTED, vm.status());
        assertEquals(9 + 25 + 49, vm.memory().read(99)); // Σ x² mod 2^64: (2^40)² wraps to 0
    }
}
