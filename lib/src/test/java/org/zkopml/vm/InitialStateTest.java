package org.zkopml.vm;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.zkopml.values.Bytes32;

/**
 * A task's initial state is derived from the program's image root and the input root alone: the two regions
 * of memory are the root's two subtrees, so node(imageRoot, inputRoot) is the loaded machine's memory root.
 */
class InitialStateTest {
    private static Bytes32 node(Bytes32 l, Bytes32 r) {
        return Bytes32.of(MemoryTree.node(l.bytes(), r.bytes()));
    }

    @Test
    void aRegionRootIsTheLowerHalfOfTheMemoryHoldingTheWords() {
        SplittableRandom rnd = new SplittableRandom(5);
        Bytes32 emptyRegion = Bytes32.of(MemoryTree.zero(MemoryTree.REGION_HEIGHT));
        assertEquals(emptyRegion, MemoryTree.regionRoot(new long[0]));
        assertEquals(emptyRegion, MemoryTree.regionRoot(new long[5]), "zero words are the empty leaves");
        for (int n : new int[] {1, 2, 3, 255, 256, 257, 1000}) {
            long[] words = new long[n];
            for (int i = 0; i < n; i++) words[i] = rnd.nextInt(4) == 0 ? 0 : rnd.nextLong();
            assertEquals(Memory.of(words).root(), node(MemoryTree.regionRoot(words), emptyRegion), n + " words");
            Memory input = new Memory();
            for (int i = 0; i < n; i++) input.write(Memory.INPUT_BASE + i, words[i]);
            assertEquals(input.root(), node(emptyRegion, MemoryTree.regionRoot(words)), n + " words in the input region");
        }
    }

    @Test
    void theInitialStateOfEveryCompiledProgramIsDerivedFromTheTwoRoots() {
        SplittableRandom rnd = new SplittableRandom(6);
        for (int t = 0; t < 8; t++) {
            LayeredProgram m = SyntheticModels.mlp(rnd.nextLong(), 2 + rnd.nextInt(6), 2 + rnd.nextInt(5), 2 + rnd.nextInt(3));
            long[] x = SyntheticModels.input(rnd.nextLong(), m.whole().inputLength());
            for (Program p : java.util.stream.Stream.concat(java.util.stream.Stream.of(m.whole()), m.layers().stream()).toList()) {
                long[] in = p == m.whole() ? x : SyntheticModels.input(rnd.nextLong(), p.inputLength());
                VmState loaded = p.load(in).state();
                assertEquals(node(p.imageRoot(), MemoryTree.regionRoot(in)), loaded.memRoot(), p.name());
                assertEquals(loaded, p.initialState(in), p.name());
                assertEquals(loaded.hash(), VmState.initial(p.imageRoot(), MemoryTree.regionRoot(in)).hash(), p.name());
            }
            assertArrayEquals(m.nativeOutput(x), m.run(x), "the compiled program still computes the model");
            long[] other = x.clone();
            other[rnd.nextInt(other.length)] ^= 1;
            assertNotEquals(m.whole().initialState(x).hash(), m.whole().initialState(other).hash(), "another input, another initial state");
        }
    }

    @Test
    void aProgramKeepsItsImageInTheLowerHalfAndReadsItsInputFromTheInputRegion() {
        IllegalArgumentException where = assertThrows(IllegalArgumentException.class, () -> new Program("p", new long[4], 100, 2, 3, 1));
        assertTrue(where.getMessage().contains("input region"), where.getMessage());
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class,
                () -> new Program("p", new long[(int) Memory.INPUT_BASE + 1], Memory.INPUT_BASE, 1, 3, 1));
        assertTrue(big.getMessage().contains("lower half"), big.getMessage());
        assertEquals(Memory.INPUT_BASE, SyntheticModels.mlp(1, 3, 2).whole().inputAddress());
        IllegalArgumentException wrongLength = assertThrows(IllegalArgumentException.class, () -> SyntheticModels.mlp(1, 3, 2).whole().initialState(new long[2]));
        assertTrue(wrongLength.getMessage().contains("takes 3 input words"), wrongLength.getMessage());
    }
}
