package org.zkopml.vm;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReplayTest {
    /** A loop that runs about 8·n steps and stores to memory as it goes. */
    static Program loop(int n) {
        Assembler a = new Assembler();
        a.li(1, 0).li(2, n).li(3, 0)
                .label("loop").bge(1, 2, "done")
                .add(3, 3, 1).sar(4, 3, 1).st(4, 1, 1000).ld(5, 1, 1000).mac(6, 5, 5).addi(1, 1, 1).jmp("loop")
                .label("done").halt();
        long[] code = a.assemble();
        return Program.of("loop" + n, code);
    }

    @Test
    void stateAtAnyStepEqualsAFreshRun() {
        Program p = loop(300);
        Replay replay = Replay.of(p, new long[0], 97);
        assertEquals(Status.HALTED, replay.finalStatus());
        assertEquals(3 + 300 * 8 + 2, replay.length());
        assertTrue(replay.checkpoints() > 20);
        SplittableRandom rnd = new SplittableRandom(5);
        for (int q = 0; q < 40; q++) {
            long i = rnd.nextLong(replay.length() + 10);
            Vm fresh = p.load(new long[0]);
            fresh.run(i);
            assertEquals(fresh.state(), replay.stateAt(i), "step " + i);
            assertEquals(fresh.witness(), replay.witnessAt(i), "witness at " + i);
        }
        assertEquals(replay.finalState(), replay.stateAt(replay.length() + 1_000_000));
    }

    @Test
    void progressReportsEveryCheckpointUpToTheLengthAndChangesNothing() {
        Program p = loop(300);
        java.util.List<Long> seen = new java.util.ArrayList<>();
        Replay watched = Replay.of(p, new long[0], 97, seen::add);
        Replay plain = Replay.of(p, new long[0], 97);
        assertEquals(plain.length(), watched.length());
        assertEquals(plain.finalState(), watched.finalState());
        assertEquals((plain.length() + 96) / 97, seen.size(), "one report per checkpoint interval");
        for (int j = 0; j < seen.size() - 1; j++) assertEquals(97L * (j + 1), seen.get(j));
        assertEquals(plain.length(), seen.get(seen.size() - 1));
    }

    @Test
    void runsAMillionStepsWithoutHashing() {
        Program p = loop(200_000);
        Vm vm = p.load(new long[0]);
        long t = System.nanoTime();
        long steps = vm.run(Long.MAX_VALUE);
        double sps = steps / ((System.nanoTime() - t) / 1e9);
        assertEquals(Status.HALTED, vm.status());
        assertEquals(3 + 200_000 * 8 + 2, steps);
        System.out.printf("VM: %d steps, %.1f M steps/s (cold, measured not asserted)%n", steps, sps / 1e6);
    }
}
