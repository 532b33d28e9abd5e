package org.zkopml.dispute;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The game's messages and states are values: byte arrays are copied in and out. */
class MessagesTest {
    @Test
    void movesCopyTheirArrays() {
        byte[] h = new byte[32];
        List<byte[]> hashes = new ArrayList<>(List.of(h));
        Move.Bisect b = new Move.Bisect(Party.SUBMITTER, 1, hashes);
        h[0] = 1;
        hashes.add(new byte[32]);
        b.hashes().get(0)[1] = 1;
        assertEquals(1, b.hashes().size());
        assertArrayEquals(new byte[32], b.hashes().get(0));

        byte[] w = {1, 2, 3};
        Move.ProveStep p = new Move.ProveStep(Party.CHALLENGER, 2, w);
        w[0] = 9;
        p.witness()[1] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, p.witness());
    }

    @Test
    void taskAndGameStateCopyTheirArrays() {
        Task task = Task.of(DisputeTest.MODEL, DisputeTest.INPUT);
        byte[] commitment = task.modelCommitment();
        task.modelCommitment()[0] ^= 1;
        assertArrayEquals(commitment, task.modelCommitment());

        GameState posted = new Referee(Rules.of(1, 1), task).post(new HonestBelief(task, 64).claim(), 0).state();
        byte[] h = new byte[32];
        GameState s = posted.next(Phase.STEP_BISECTION, Party.CHALLENGER, 5, posted.bisection(), List.of(h));
        h[0] = 1;
        s.proposal().get(0)[1] = 1;
        assertArrayEquals(new byte[32], s.proposal().get(0));
    }
}
