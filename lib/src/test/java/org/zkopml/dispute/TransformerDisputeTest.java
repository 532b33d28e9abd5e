package org.zkopml.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.zkopml.model.Gpts;
import org.zkopml.model.QuantizedModel;
import org.zkopml.vm.ModelCompiler;

/** Disputes over gpt-tiny, single- and two-phase: a cheater at a random step loses, an honest submitter wins. */
class TransformerDisputeTest {
    @Test
    void aCheaterOverGptTinyIsCaughtInBothGames() {
        QuantizedModel m = Gpts.model(Gpts.TINY);
        Task task = new Task(ModelCompiler.compile(m), Gpts.prompt(Gpts.TINY, 7), m.commitment());
        for (int phases = 1; phases <= 2; phases++) {
            DisputeResult cheat = Dispute.play(task, Rules.of(1, phases), Cheat.random(), 5);
            assertEquals(Party.CHALLENGER, cheat.winner(), cheat.toString());
            assertEquals(cheat.rounds(), cheat.expectedRounds());
            assertEquals(cheat.cheatStep(), cheat.disputedStep(), "the game narrows to the cheat step");
            assertTrue(cheat.oneStepVerified());
            DisputeResult honest = Dispute.play(task, Rules.of(3, phases), Cheat.none(), 5);
            assertEquals(Party.SUBMITTER, honest.winner(), honest.toString());
        }
    }
}
