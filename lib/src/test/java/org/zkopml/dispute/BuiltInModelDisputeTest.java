package org.zkopml.dispute;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.Recipes;
import org.zkopml.model.TrainedModel;
import org.zkopml.values.Bytes32;
import org.zkopml.vm.ModelCompiler;

/**
 * The "done when" of the opML issue on every built-in model: a cheat at a random step is caught at
 * exactly that step, by the honest side, in ⌈log_{k+1} N⌉ rounds (single-phase) or
 * ⌈log_{k+1}(L+1)⌉ + ⌈log_{k+1} N_layer⌉ (multi-phase), for k = 1 and k = 3; a dishonest challenger loses.
 */
class BuiltInModelDisputeTest {
    static List<String> models() {
        return Recipes.names();
    }

    @ParameterizedTest
    @MethodSource("models")
    void cheatsAreCaughtAtTheirStep(String name) {
        TrainedModel t = Recipes.train(name);
        QuantizedModel m = t.quantized();
        SplittableRandom rnd = new SplittableRandom(name.hashCode());
        for (int k : new int[] {1, 3}) {
            for (int phases = 1; phases <= 2; phases++) {
                long[] x = t.testInput(rnd.nextInt(t.testRows()), m.scaleBits());
                Task task = new Task(ModelCompiler.compile(m), x, m.commitment());
                DisputeResult r = Dispute.play(task, Rules.of(k, phases), Cheat.random(), rnd.nextLong());
                String what = name + " k=" + k + " phases=" + phases + " K=" + r.cheatStep();
                assertEquals(Party.CHALLENGER, r.winner(), what + ": " + r.resolution());
                assertEquals(r.cheatStep(), r.disputedStep(), what);
                assertTrue(r.oneStepVerified(), what);
                assertEquals(r.expectedRounds(), r.rounds(), what);
                if (phases == 1) assertEquals(Bisection.rounds(r.traceLength(), k), r.rounds(), what);
                DisputeResult d = Dispute.play(task, Rules.of(k, phases), Cheat.none(), rnd.nextLong());
                assertEquals(Party.SUBMITTER, d.winner(), name + " dishonest challenger: " + d.resolution());
            }
        }
    }
}
