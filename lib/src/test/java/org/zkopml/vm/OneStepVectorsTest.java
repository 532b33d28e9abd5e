package org.zkopml.vm;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zkopml.values.Bytes32;
import org.zkopml.values.Verdict;

/**
 * The fixed one-step vectors in {@code one-step-vectors.txt} (what the Solidity verifier is checked
 * against): the file is exactly what its generator {@link OneStepVectors} writes, the verifier maps every
 * stored (preHash, witness) to the stored postHash, the interpreter still produces exactly these bytes, and
 * the first pre-state is the task's derived initial state — any change of encoding fails here.
 */
class OneStepVectorsTest {
    private static final String FILE = "one-step-vectors.txt";

    @Test
    void storedVectorsVerifyAndAreReproduced() throws IOException {
        String stored;
        if (System.getProperty("zkopml.regenerateVectors") != null) {
            Files.writeString(Path.of("src/test/resources/org/zkopml/vm", FILE), OneStepVectors.generate());
        }
        try (InputStream in = getClass().getResourceAsStream(FILE)) {
            assertNotNull(in, FILE + " on the test class path");
            stored = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(OneStepVectors.generate(), stored, FILE + " is its generator's output (regenerate it only after a deliberate change)");

        HexFormat hex = HexFormat.of();
        long[] image = new long[128];
        List<Long> input = new ArrayList<>();
        String imageRoot = null, inputRoot = null;
        List<String[]> steps = new ArrayList<>();
        String[] cur = null;
        for (String line : stored.lines().filter(l -> !l.startsWith("#")).toList()) {
            String[] f = line.split(" ", 2);
            switch (f[0]) {
                case "image" -> {
                    String[] g = f[1].split(" ");
                    image[Integer.parseInt(g[0])] = Long.parseUnsignedLong(g[1], 16);
                }
                case "input" -> {
                    String[] g = f[1].split(" ");
                    assertEquals(input.size(), Integer.parseInt(g[0]), "input words in order");
                    input.add(Long.parseUnsignedLong(g[1], 16));
                }
                case "imageRoot" -> imageRoot = f[1];
                case "inputRoot" -> inputRoot = f[1];
                case "step" -> steps.add(cur = new String[4]);
                case "pre" -> cur[0] = f[1];
                case "witness" -> cur[1] = f[1];
                case "post" -> cur[2] = f[1];
                default -> fail("unexpected line: " + line);
            }
        }
        assertEquals(39, steps.size());
        long[] x = input.stream().mapToLong(Long::longValue).toArray();
        // the first pre-state is derived from the two region roots alone
        assertEquals(hex.formatHex(MemoryTree.regionRoot(image).bytes()), imageRoot, "the image root");
        assertEquals(hex.formatHex(MemoryTree.regionRoot(x).bytes()), inputRoot, "the input root");
        assertEquals(steps.get(0)[0], hex.formatHex(VmState.initial(Bytes32.fromHex(imageRoot), Bytes32.fromHex(inputRoot)).hash().bytes()),
                "vector 0's pre-state is the initial state node(imageRoot, inputRoot)");
        Memory memory = Memory.of(image);
        for (int i = 0; i < x.length; i++) memory.write(Memory.INPUT_BASE + i, x[i]);
        Vm vm = new Vm(memory);
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
        assertEquals(9 + 25 + 49, vm.memory().read(99)); // Σ x_i·w_i mod 2^64: 2^40 · 2^24 wraps to 0
        assertEquals(List.of(20L, 20L, 1L, 40L), List.of(vm.register(7), vm.register(8), vm.register(9), vm.register(10)));
        assertEquals(List.of(20L, 3L, -5L, -1L), List.of(vm.register(11), vm.register(12), vm.register(13), vm.register(14)), "DIV and LDB");
    }
}
