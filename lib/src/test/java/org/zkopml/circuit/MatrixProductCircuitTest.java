package org.zkopml.circuit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.zkopml.field.Fr;
import org.zkopml.r1cs.CircuitBuilder;
import org.zkopml.r1cs.ConstraintSystem;

/** The matrix-product circuit: one constraint per multiplication, Y public, and no other Y satisfies it. */
class MatrixProductCircuitTest {
    private static long[][] random(SplittableRandom r, int m, int p) {
        long[][] a = new long[m][p];
        for (long[] row : a) for (int j = 0; j < p; j++) row[j] = r.nextInt(-128, 128);
        return a;
    }

    private static long[][] multiply(long[][] w, long[][] x) {
        long[][] y = new long[w.length][x[0].length];
        for (int i = 0; i < w.length; i++) for (int j = 0; j < x[0].length; j++) for (int k = 0; k < x.length; k++) y[i][j] += w[i][k] * x[k][j];
        return y;
    }

    @Test
    void everyShapeCostsOneConstraintPerMultiplicationAndItsWitnessSatisfiesIt() {
        SplittableRandom r = new SplittableRandom(10);
        int[][] shapes = {{1, 1, 1}, {3, 1, 2}, {4, 4, 1}, {5, 7, 3}, {16, 16, 1}, {8, 8, 8}};
        for (int[] s : shapes) {
            long[][] w = random(r, s[0], s[1]), x = random(r, s[1], s[2]);
            CircuitBuilder.Built b = MatrixProductCircuit.of(w, x);
            ConstraintSystem cs = b.system();
            String what = Arrays.toString(s);
            assertEquals(s[0] * s[1] * s[2], cs.size(), what + ": constraints");
            assertEquals(s[0] * s[2], cs.publicOutputs(), what);
            assertEquals(0, cs.publicInputs(), what);
            assertEquals(s[0] * s[1] + s[1] * s[2], cs.privateInputs(), what);
            assertTrue(cs.check(b.witness()).accepted(), what);
            Fr[] pub = Arrays.copyOfRange(b.witness(), 1, 1 + cs.publicOutputs());
            assertArrayEquals(MatrixProductCircuit.publicOutputs(multiply(w, x)), pub, what + ": the public outputs are Y row by row");
        }
    }

    @Test
    void aWrongOutputOrAWrongFactorBreaksAConstraint() {
        SplittableRandom r = new SplittableRandom(11);
        long[][] w = random(r, 6, 5), x = random(r, 5, 2);
        CircuitBuilder.Built b = MatrixProductCircuit.of(w, x);
        int wires = b.system().wires();
        for (int t = 0; t < 200; t++) {
            Fr[] bad = b.witness();
            int i = 1 + r.nextInt(wires - 1);
            bad[i] = bad[i].add(Fr.of(1 + r.nextInt(1000)));
            assertTrue(b.system().check(bad).rejected(), "wire " + i + " changed");
        }
    }

    @Test
    void badShapesAreRefusedWithAMessage() {
        assertThrows(IllegalArgumentException.class, () -> MatrixProductCircuit.of(new long[2][3], new long[2][1]));
        assertThrows(IllegalArgumentException.class, () -> MatrixProductCircuit.of(new long[0][0], new long[1][1]));
        assertThrows(IllegalArgumentException.class, () -> MatrixProductCircuit.of(new long[][] {{1, 2}}, new long[][] {{1}, {2, 3}}));
    }
}
