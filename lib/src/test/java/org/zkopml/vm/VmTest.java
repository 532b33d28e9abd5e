package org.zkopml.vm;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.zkopml.values.Bytes32;

class VmTest {
    /** Σ_{i<n} data[i] with a loop: the hand-checkable program. */
    static Program sumProgram(long[] data) {
        Assembler a = new Assembler();
        a.li(1, 0).li(2, 0).li(3, data.length).li(4, 100) // r1 = i, r2 = acc, r3 = n, r4 = base
                .label("loop").bge(1, 3, "done")
                .add(5, 4, 1).ld(6, 5, 0).add(2, 2, 6).addi(1, 1, 1).jmp("loop")
                .label("done").st(2, 0, 99).halt();
        long[] code = a.assemble();
        long[] image = new long[100 + data.length];
        System.arraycopy(code, 0, image, 0, code.length);
        System.arraycopy(data, 0, image, 100, data.length);
        return new Program("sum", image, 100, 0, 99, 1);
    }

    @Test
    void sumLoopComputesTheSumAndHalts() {
        long[] data = {5, -7, 1_000_000_007L, 42};
        Vm vm = sumProgram(data).load(new long[0]);
        vm.run(1_000);
        assertEquals(Status.HALTED, vm.status());
        assertEquals(5 - 7 + 1_000_000_007L + 42, vm.memory().read(99));
        assertEquals(4 + 4 * 6 + 1 + 2, vm.step()); // 4 LI, 4 loop bodies of 6, the final BGE, ST, HALT
    }

    @Test
    void stoppedMachineIsAFixedPoint() {
        Vm vm = sumProgram(new long[] {1, 2}).load(new long[0]);
        vm.run(1_000);
        VmState s = vm.state();
        assertEquals(0, vm.run(10));
        assertEquals(s, vm.state());
    }

    private static Status runOne(long... code) {
        Vm vm = new Vm(Memory.of(code));
        vm.run(100);
        return vm.status();
    }

    @Test
    void faultsBecomeStatusNeverExceptions() {
        assertEquals(Status.FAULT_OPCODE, runOne(new Instruction(0xEE, 0, 0, 0, 0).encode()));
        assertEquals(Status.FAULT_REGISTER, runOne(new Instruction(Isa.ADD, 16, 0, 0, 0).encode()));
        assertEquals(Status.FAULT_ADDRESS, runOne(new Instruction(Isa.LD, 1, 0, 0, -1).encode()));
        assertEquals(Status.FAULT_ADDRESS, runOne(new Instruction(Isa.ST, 1, 0, 0, 1 << Memory.ADDRESS_BITS).encode()));
        assertEquals(Status.FAULT_PC, runOne(new Instruction(Isa.JMP, 0, 0, 0, -5).encode()));
        assertEquals(Status.HALTED, runOne(new Instruction(Isa.HALT, 0, 0, 0, 0).encode()));
        // an all-zero memory is HALT at pc 0
        assertEquals(Status.HALTED, runOne());
    }

    @Test
    void ldbLoadsASignedByteOfAPackedWordAndDivTruncates() {
        Memory m = Memory.of(new long[] {
            new Instruction(Isa.LDB, 1, 0, 0, 32 * 10).encode(),          // byte 0 of word 10
            new Instruction(Isa.LDB, 2, 0, 0, 32 * 10 + 31).encode(),     // byte 31
            new Instruction(Isa.LDB, 3, 0, 0, 32 * 11 + 8).encode(),      // byte 40 of the chunk: word 11, byte 8
            new Instruction(Isa.LI, 4, 0, 0, -7).encode(),
            new Instruction(Isa.LI, 5, 0, 0, 2).encode(),
            new Instruction(Isa.DIV, 6, 4, 5, 0).encode(),                   // −7 / 2 = −3
            new Instruction(Isa.DIV, 7, 4, 0, 0).encode(),                   // x / 0 = 0
            new Instruction(Isa.HALT, 0, 0, 0, 0).encode()});
        byte[] chunk = new byte[41];
        for (int i = 0; i < chunk.length; i++) chunk[i] = (byte) (i * 37 - 128);
        m.writePacked(10, chunk);
        Vm vm = new Vm(m);
        vm.run(100);
        assertEquals(Status.HALTED, vm.status());
        assertEquals(chunk[0], vm.register(1));
        assertEquals(chunk[31], vm.register(2));
        assertEquals(chunk[40], vm.register(3));
        assertEquals(-3, vm.register(6));
        assertEquals(0, vm.register(7));
        for (int i = 0; i < chunk.length; i++) assertEquals(chunk[i], m.readByte(32 * 10 + i));
        assertEquals(Status.FAULT_ADDRESS, runOne(new Instruction(Isa.LDB, 1, 0, 0, -1).encode()));
        Vm far = new Vm(Memory.of(new long[] {new Instruction(Isa.LI, 1, 0, 0, 1).encode(), new Instruction(Isa.SHL, 1, 1, 0, 32).encode(),
            new Instruction(Isa.LDB, 2, 1, 0, 0).encode()}));
        far.run(10);
        assertEquals(Status.FAULT_ADDRESS, far.status(), "byte address 2^32 is outside memory");
        Vm min = new Vm(Memory.of(new long[] {new Instruction(Isa.LI, 1, 0, 0, 1).encode(), new Instruction(Isa.SHL, 1, 1, 0, 63).encode(),
            new Instruction(Isa.LI, 2, 0, 0, -1).encode(), new Instruction(Isa.DIV, 3, 1, 2, 0).encode()}));
        min.run(4);
        assertEquals(Long.MIN_VALUE, min.register(3), "MIN / −1 wraps to MIN, as Java and Solidity's unchecked division do");
    }

    @Test
    void faultChangesOnlyStepAndStatus() {
        Vm vm = new Vm(Memory.of(new long[] {new Instruction(Isa.LI, 3, 0, 0, 7).encode(), new Instruction(0x7F, 0, 0, 0, 0).encode()}));
        vm.stepOnce();
        VmState before = vm.state();
        vm.stepOnce();
        VmState after = vm.state();
        assertEquals(before.pc(), after.pc());
        assertArrayEquals(before.registers(), after.registers());
        assertEquals(before.memRoot(), after.memRoot());
        assertEquals(before.step() + 1, after.step());
        assertEquals(Status.FAULT_OPCODE, after.status());
    }

    @Test
    void instructionEncodingRoundTrips() {
        SplittableRandom rnd = new SplittableRandom(1);
        for (int i = 0; i < 1000; i++) {
            long w = rnd.nextLong();
            assertEquals(w, Instruction.decode(w).encode());
        }
        assertEquals(0x0102030480000000L, new Instruction(1, 2, 3, 4, Integer.MIN_VALUE).encode());
    }

    @Test
    void stateEncodingRoundTripsAnd177Bytes() {
        long[] r = new long[16];
        for (int i = 0; i < 16; i++) r[i] = -i * 1234567L;
        byte[] root = new byte[32];
        root[5] = 9;
        VmState s = new VmState(42, r, Bytes32.of(root), 7, Status.FAULT_ADDRESS);
        byte[] enc = s.encode();
        assertEquals(177, enc.length);
        assertEquals(4, enc[48]);
        assertEquals(s, VmState.decode(enc, 0));
    }

    /** The root from first principles: a recursive tree over a sparse map of words. */
    private static byte[] naiveRoot(Map<Long, Long> words, long from, int height) {
        boolean any = words.keySet().stream().anyMatch(a -> a >= from && a < from + (1L << height));
        if (!any) return MemoryTree.zero(height);
        if (height == 0) return Word.of(words.get(from));
        return MemoryTree.node(naiveRoot(words, from, height - 1), naiveRoot(words, from + (1L << (height - 1)), height - 1));
    }

    @Test
    void memoryRootMatchesTheNaiveTreeAndProofsVerify() {
        SplittableRandom rnd = new SplittableRandom(7);
        Memory m = new Memory();
        Map<Long, Long> words = new HashMap<>();
        assertEquals(Bytes32.of(MemoryTree.zero(Memory.ADDRESS_BITS)), m.root());
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < 20; i++) {
                long a = rnd.nextInt(4) == 0 ? rnd.nextLong(Memory.WORDS) : rnd.nextLong(600);
                long v = rnd.nextInt(5) == 0 ? 0 : rnd.nextLong();
                m.write(a, v);
                if (v == 0) words.remove(a); else words.put(a, v);
            }
            Bytes32 root = m.root();
            assertEquals(Bytes32.of(naiveRoot(words, 0, Memory.ADDRESS_BITS)), root, "round " + round);
            for (long a : words.keySet()) {
                MemoryProof p = m.proof(a);
                assertEquals(root, p.computeRoot());
                assertEquals(words.get(a), p.value());
            }
            MemoryProof empty = m.proof(Memory.WORDS - 1 - round);
            assertEquals(root, empty.computeRoot());
        }
    }

    @Test
    void memoryTreeAgreesWithTheCommitMerkleTree() {
        long[] words = new long[1000];
        for (int i = 0; i < words.length; i++) words[i] = i * 7919L - 500;
        java.util.List<Bytes32> leaves = java.util.Arrays.stream(words).mapToObj(w -> Bytes32.of(Word.of(w))).toList();
        assertEquals(org.zkopml.commit.MerkleTree.of(leaves, Memory.ADDRESS_BITS).root(), Memory.of(words).root());
        for (int h = 0; h <= Memory.ADDRESS_BITS; h++) assertArrayEquals(org.zkopml.commit.MerkleTree.zeroRoot(h).bytes(), MemoryTree.zero(h));
        SplittableRandom rnd = new SplittableRandom(12);
        for (int i = 0; i < 200; i++) {
            byte[] l = new byte[32], r = new byte[32];
            for (int j = 0; j < 32; j++) { l[j] = (byte) rnd.nextInt(); r[j] = (byte) rnd.nextInt(); }
            assertArrayEquals(org.zkopml.commit.MerkleTree.node(org.zkopml.values.Bytes32.of(l), org.zkopml.values.Bytes32.of(r)).bytes(), MemoryTree.node(l, r));
        }
    }

    @Test
    void storeRootFromProofEqualsRehashedRoot() {
        Memory m = Memory.of(new long[] {1, 2, 3, 4, 5});
        MemoryProof p = m.proof(3);
        Bytes32 predicted = p.rootWith(Bytes32.of(Word.of(-99)));
        m.write(3, -99);
        assertEquals(m.root(), predicted);
    }

    @Test
    void copiesAreIndependent() {
        Vm vm = sumProgram(new long[] {1, 2, 3}).load(new long[0]);
        vm.run(5);
        Vm copy = vm.copy();
        vm.run(1_000);
        assertNotEquals(vm.state(), copy.state());
        copy.run(1_000);
        assertEquals(vm.state(), copy.state());
    }

    @Test
    void wordsSignExtendAndLoadsReadTheLow64Bits() {
        byte[] w = Word.of(-2);
        for (int i = 0; i < 31; i++) assertEquals((byte) 0xff, w[i]);
        assertEquals((byte) 0xfe, w[31]);
        assertEquals(-2, Word.low64(w, 0));
        assertEquals(Long.MAX_VALUE, Word.low64(Word.of(Long.MAX_VALUE), 0));
        assertEquals(0, Word.of(Long.MAX_VALUE)[0]);
    }
}
