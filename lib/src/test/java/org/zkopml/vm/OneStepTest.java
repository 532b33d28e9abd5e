package org.zkopml.vm;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.zkopml.values.Bytes32;
import org.zkopml.values.Verdict;

/**
 * The one-step law: for every reachable state s, verify(hash(s), witness(s)) = hash(step(s)) — the
 * verifier (written apart from the interpreter) agrees with it — and a witness with any single bit
 * flipped is rejected or gives a different post-state hash.
 */
class OneStepTest {
    @Test
    void verifierAgreesWithInterpreterOnRandomProgramsAndSteps() {
        SplittableRandom rnd = new SplittableRandom(2026);
        int[] opsSeen = new int[256];
        int[] statusSeen = new int[Status.values().length];
        for (int prog = 0; prog < 300; prog++) {
            long[] image = RandomPrograms.image(rnd, 20 + rnd.nextInt(60), rnd.nextInt(40));
            Vm vm = new Vm(Memory.of(image));
            int steps = rnd.nextInt(200);
            for (int s = 0; s < steps; s++) {
                StepWitness w = vm.witness();
                Bytes32 pre = w.pre().hash();
                if (vm.running() && vm.pc() >= 0 && vm.pc() < Memory.WORDS) opsSeen[(int) (vm.memory().read(vm.pc()) >>> 56)]++;
                vm.stepOnce();
                Verdict<Bytes32> v = OneStep.verify(pre, w.encode());
                assertTrue(v.accepted(), () -> "program " + Arrays.toString(image) + ": " + v.reason());
                assertEquals(vm.state().hash(), v.value(), "program " + prog + " step " + s);
                statusSeen[vm.status().code()]++;
            }
        }
        for (int op : Isa.opcodes()) assertTrue(opsSeen[op] > 0, "opcode " + Isa.mnemonic(op) + " was exercised");
        for (Status st : Status.values()) assertTrue(statusSeen[st.code()] > 0, "status " + st + " was reached");
    }

    /** Flips bit {@code bit} of the witness; verify must reject or disagree with the true post-state. */
    private static void assertBitFlipDetected(Bytes32 preHash, byte[] witness, Bytes32 truePost, int bit) {
        byte[] bad = witness.clone();
        bad[bit >>> 3] ^= (byte) (1 << (bit & 7));
        Verdict<Bytes32> v = OneStep.verify(preHash, bad);
        assertFalse(v.accepted() && v.value().equals(truePost), "bit " + bit + " flipped went unnoticed");
    }

    @Test
    void everySingleBitFlipIsDetected() {
        SplittableRandom rnd = new SplittableRandom(99);
        int witnesses = 0;
        for (int prog = 0; prog < 200; prog++) {
            long[] image = RandomPrograms.image(rnd, 30, 20);
            Vm vm = new Vm(Memory.of(image));
            vm.run(rnd.nextInt(50));
            StepWitness w = vm.witness();
            Bytes32 pre = w.pre().hash();
            byte[] enc = w.encode();
            Vm next = vm.copy();
            next.stepOnce();
            Bytes32 post = next.state().hash();
            int bits = enc.length * 8;
            if (w.proofs().size() == 2 && witnesses < 3) {
                for (int b = 0; b < bits; b++) assertBitFlipDetected(pre, enc, post, b); // exhaustive on a few LD/ST witnesses
                witnesses++;
            } else {
                for (int t = 0; t < 40; t++) assertBitFlipDetected(pre, enc, post, rnd.nextInt(bits));
            }
            assertBitFlipDetected(pre, enc, post, 48 * 8 + rnd.nextInt(8)); // the status byte
        }
        assertEquals(3, witnesses, "exhaustive flips ran on three load/store witnesses");
    }

    @Test
    void rejectionsSayWhy() {
        Vm vm = VmTest.sumProgram(new long[] {1, 2}).load(new long[0]);
        vm.run(6);
        StepWitness w = vm.witness();
        Bytes32 pre = w.pre().hash();
        byte[] enc = w.encode();
        assertTrue(OneStep.verify(Bytes32.ZERO, enc).reason().contains("pre-state hash"));
        assertTrue(OneStep.verify(pre, Arrays.copyOf(enc, enc.length + 1)).reason().contains("trailing"));
        assertTrue(OneStep.verify(pre, Arrays.copyOf(enc, enc.length - 1)).reason().contains("missing"));
        byte[] badProof = enc.clone();
        badProof[VmState.BYTES + 40] ^= 1;
        assertTrue(OneStep.verify(pre, badProof).reason().contains("does not match memRoot"));
    }
}
