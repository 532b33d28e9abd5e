package org.zkopml.vm;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kernels are values: arrays are copied in and out, so nobody can change a compiled layer afterwards. */
class KernelValuesTest {
    @Test
    void denseKernelCopiesItsArrays() {
        long[][] w = {{1, 2}, {3, 4}};
        long[] b = {5, 6};
        DenseKernel k = new DenseKernel(w, b);
        long[] before = k.apply(new long[] {1, 1});
        w[0][0] = 100;
        b[1] = 100;
        k.weights()[1][1] = 100;
        k.bias()[0] = 100;
        assertArrayEquals(before, k.apply(new long[] {1, 1}));
        assertArrayEquals(new long[] {8, 13}, before);
        assertArrayEquals(new long[] {1, 2, 3, 4, 5, 6}, k.data());
    }

    @Test
    void treeKernelCopiesItsArrays() {
        int[] f = {0, -1, -1};
        long[] th = {10, 0, 0};
        int[] l = {1, 0, 0};
        int[] r = {2, 0, 0};
        List<long[]> leaves = new ArrayList<>(List.of(new long[0], new long[] {7}, new long[] {9}));
        TreeKernel k = new TreeKernel(1, 1, f, th, l, r, leaves);
        f[0] = -1;
        th[0] = -5;
        leaves.get(1)[0] = 100;
        k.thresholds()[0] = -5;
        k.leaves().get(2)[0] = 100;
        k.left()[0] = 2;
        assertArrayEquals(new long[] {7}, k.apply(new long[] {3}));
        assertArrayEquals(new long[] {9}, k.apply(new long[] {11}));
    }

    @Test
    void aStepVerdictHasAHashExactlyWhenItAccepts() {
        byte[] h = new byte[32];
        StepVerdict v = StepVerdict.post(h);
        h[0] = 1;
        v.postHash()[1] = 1;
        assertArrayEquals(new byte[32], v.postHash());
        assertThrows(IllegalArgumentException.class, () -> new StepVerdict(true, null, ""));
        assertThrows(IllegalArgumentException.class, () -> new StepVerdict(false, new byte[32], "why"));
        assertThrows(IllegalArgumentException.class, () -> StepVerdict.reject(" "));
    }

    @Test
    void memoryRootsAndProofsAreCopies() {
        Memory m = new Memory();
        byte[] emptyRoot = MemoryTree.zero(Memory.ADDRESS_BITS);
        m.root()[0] ^= 1;
        MemoryTree.zero(Memory.ADDRESS_BITS)[0] ^= 1;
        MemoryProof p = m.proof(5);
        p.siblings()[0][0] ^= 1;
        p.word()[0] ^= 1;
        assertArrayEquals(emptyRoot, m.root());
        assertArrayEquals(emptyRoot, p.computeRoot());
        assertArrayEquals(emptyRoot, new Memory().root());
        byte[][] shortSibling = p.siblings();
        shortSibling[3] = new byte[31];
        assertThrows(IllegalArgumentException.class, () -> new MemoryProof(5, p.word(), shortSibling));
    }
}
