package org.zkopml.vm;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.zkopml.model.DecisionTree;
import org.zkopml.model.Dense;
import org.zkopml.model.TreeNode;

/** Every kernel's code computes what its native evaluation computes, alone and inside a whole program. */
class LinkerTest {
    static TreeKernel tree() {
        // x0 <= 10 ? (x1 <= -3 ? [1,0] : [0,1]) : [5, 7]
        return new TreeKernel(new DecisionTree(2, 2, List.of(TreeNode.split(0, 10, 1, 2), TreeNode.split(1, -3, 3, 4),
                TreeNode.leaf(5, 7), TreeNode.leaf(1, 0), TreeNode.leaf(0, 1))));
    }

    @Test
    void everyKernelMatchesItsNativeEvaluation() {
        SplittableRandom rnd = new SplittableRandom(3);
        List<Kernel> kernels = List.of(new DenseKernel(new Dense(new long[][] {{1, -2, 3}, {4, 5, -6}}, new long[] {7, -8})),
                new ReluKernel(5), new ShiftKernel(5, 0), new ShiftKernel(5, 3), new ShiftKernel(5, 40), new ArgmaxKernel(5), tree());
        for (Kernel k : kernels) {
            Program p = Linker.layerProgram(k.name(), k);
            for (int t = 0; t < 50; t++) {
                long[] x = new long[k.inputLength()];
                for (int i = 0; i < x.length; i++) x[i] = t % 5 == 0 ? rnd.nextLong() >> 2 : rnd.nextInt(-20, 20);
                if (t == 0 && k instanceof ArgmaxKernel) x = new long[] {3, 9, 9, -1, 9}; // ties → first index
                Vm vm = p.load(x);
                vm.run(100_000);
                assertEquals(Status.HALTED, vm.status(), k.name());
                assertArrayEquals(k.apply(x), vm.read(p.outputAddress(), p.outputLength()), k.name() + " on " + java.util.Arrays.toString(x));
            }
        }
        assertArrayEquals(new long[] {1}, new ArgmaxKernel(5).apply(new long[] {3, 9, 9, -1, 9}));
        assertArrayEquals(new long[] {-2, 3, 2}, new ShiftKernel(3, 1).apply(new long[] {-5, 5, 3})); // round half up
    }

    @Test
    void wholeTraceIsTheConcatenationOfLayerTraces() {
        LayeredProgram m = SyntheticModels.mlp(11, 6, 5, 4, 3);
        SplittableRandom rnd = new SplittableRandom(4);
        for (int t = 0; t < 10; t++) {
            long[] x = SyntheticModels.input(rnd.nextLong(), 6);
            assertArrayEquals(m.nativeOutput(x), m.run(x));
            Replay whole = Replay.of(m.whole(), x, 1000);
            List<long[]> acts = m.nativeActivations(x);
            long sum = 1;
            for (int l = 0; l < m.layers().size(); l++) {
                Replay layer = Replay.of(m.layers().get(l), acts.get(l), 1000);
                Program lp = m.layers().get(l);
                assertArrayEquals(acts.get(l + 1), layer.finalWords(lp.outputAddress(), lp.outputLength()));
                sum += layer.length() - 1;
            }
            assertEquals(sum, whole.length());
        }
    }

    @Test
    void theCountdownRunsFourStepsPerIteration() {
        LayeredProgram c = SyntheticModels.countdown();
        for (long n : new long[] {-3, 0, 1, 7, 100}) {
            Replay r = Replay.of(c.whole(), new long[] {n}, 64);
            assertEquals(Status.HALTED, r.finalStatus());
            assertArrayEquals(new long[] {3 * Math.max(n, 0)}, c.run(new long[] {n}));
            assertArrayEquals(c.nativeOutput(new long[] {n}), c.run(new long[] {n}));
            assertEquals(4 * Math.max(n, 0) + 6, r.length(), "N = 4n + 6 for n = " + n);
        }
    }

    @Test
    void mismatchedLayersAreRejected() {
        List<Kernel> bad = new ArrayList<>(List.of(new ReluKernel(3), new ArgmaxKernel(4)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Linker.link("bad", bad));
        assertTrue(e.getMessage().contains("layer 1"));
    }
}
