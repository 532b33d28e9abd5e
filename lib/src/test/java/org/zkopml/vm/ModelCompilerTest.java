package org.zkopml.vm;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zkopml.model.IntegerInference;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.Recipes;
import org.zkopml.model.Trace;
import org.zkopml.model.TrainedModel;

/** For every built-in model: VM output = integer reference inference, bit for bit, layer by layer. */
class ModelCompilerTest {
    static List<String> models() {
        return Recipes.names();
    }

    @ParameterizedTest
    @MethodSource("models")
    void vmOutputEqualsReferenceInference(String name) {
        TrainedModel t = Recipes.train(name);
        QuantizedModel m = t.quantized();
        LayeredProgram p = ModelCompiler.compile(m);
        long[][] xs = t.testInputs(m.scaleBits());
        int rows = Math.min(xs.length, name.startsWith("digits") ? 25 : 60);
        for (int r = 0; r < rows; r++) {
            Trace ref = IntegerInference.run(m, xs[r]);
            List<long[]> acts = p.nativeActivations(xs[r]);
            for (int l = 0; l < m.layers().size(); l++) {
                assertArrayEquals(ref.output(l), acts.get(l + 1), name + " row " + r + " layer " + l + " (native kernel)");
            }
            Vm vm = p.whole().load(xs[r]);
            vm.run(Long.MAX_VALUE);
            assertEquals(Status.HALTED, vm.status());
            long[] out = vm.read(p.whole().outputAddress(), p.whole().outputLength());
            assertArrayEquals(new long[] {ref.predicted()}, out, name + " row " + r);
            // the logits buffer (input of the final argmax) holds the reference logits too
            Program argmax = p.layers().get(m.layers().size() - 1);
            assertEquals(ref.logits().length, argmax.inputLength());
        }
        // each layer program on its reference input reproduces the reference layer output
        Trace ref = IntegerInference.run(m, xs[0]);
        for (int l = 0; l < m.layers().size(); l++) {
            Program lp = p.layers().get(l);
            Vm vm = lp.load(l == 0 ? xs[0] : ref.output(l - 1));
            vm.run(Long.MAX_VALUE);
            assertArrayEquals(ref.output(l), vm.read(lp.outputAddress(), lp.outputLength()), name + " layer program " + l);
        }
    }
}
