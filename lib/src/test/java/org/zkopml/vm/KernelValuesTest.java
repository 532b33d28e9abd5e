package org.zkopml.vm;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zkopml.model.DecisionTree;
import org.zkopml.model.Dense;
import org.zkopml.model.TreeNode;
import org.zkopml.values.Bytes32;

/** Kernels are values: arrays are copied in and out, so nobody can change a compiled layer afterwards. */
class KernelValuesTest {
    @Test
    void denseKernelReadsItsLayerWhichCopiesItsArrays() {
        long[][] w = {{1, 2}, {3, 4}};
        long[] b = {5, 6};
        DenseKernel k = new DenseKernel(new Dense(w, b));
        long[] before = k.apply(new long[] {1, 1});
        w[0][0] = 100;
        b[1] = 100;
        k.layer().weights()[1][1] = 100;
        k.data()[0] = 100;
        assertArrayEquals(before, k.apply(new long[] {1, 1}));
        assertArrayEquals(new long[] {8, 13}, before);
        assertArrayEquals(new long[] {1, 2, 3, 4, 5, 6}, k.data(), "W row-major, then b");
        assertEquals(2, k.inputLength());
        assertEquals(2, k.outputLength());
    }

    @Test
    void treeKernelReadsItsTreeWhichCopiesItsLeaves() {
        long[] seven = {7};
        TreeKernel k = new TreeKernel(new DecisionTree(1, 1, List.of(TreeNode.split(0, 10, 1, 2), TreeNode.leaf(seven),
                TreeNode.leaf(9))));
        seven[0] = 100;
        k.apply(new long[] {3})[0] = 100;
        k.layer().nodes().get(2).leaf()[0] = 100;
        k.data()[0] = -5;
        assertArrayEquals(new long[] {7}, k.apply(new long[] {3}));
        assertArrayEquals(new long[] {9}, k.apply(new long[] {11}));
        assertArrayEquals(new long[] {10, 0, 0, 0, 7, 9}, k.data(), "thresholds, then each node's output (zeros for a split)");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> k.apply(new long[0]));
        assertEquals("tree 3 nodes: input length 0, expected 1", e.getMessage());
    }

    @Test
    void memoryRootsAndProofsAreValues() {
        Memory m = new Memory();
        Bytes32 emptyRoot = Bytes32.of(MemoryTree.zero(Memory.ADDRESS_BITS));
        MemoryTree.zero(Memory.ADDRESS_BITS)[0] ^= 1;
        MemoryProof p = m.proof(5);
        assertEquals(emptyRoot, m.root());
        assertEquals(emptyRoot, p.computeRoot());
        assertEquals(emptyRoot, new Memory().root());
        assertEquals(p, new Memory().proof(5), "two proofs of the same word in equal memories are equal");
        assertNotEquals(p, new Memory().proof(6));
        List<Bytes32> shortList = new java.util.ArrayList<>(p.siblings());
        shortList.remove(3);
        assertThrows(IllegalArgumentException.class, () -> new MemoryProof(5, p.word(), shortList));
        assertThrows(UnsupportedOperationException.class, () -> p.siblings().set(0, Bytes32.ZERO));
    }
}
