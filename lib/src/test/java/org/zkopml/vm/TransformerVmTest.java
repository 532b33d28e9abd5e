package org.zkopml.vm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zkopml.model.GptConfig;
import org.zkopml.model.Gpts;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.RandomGpt;
import org.zkopml.model.SortingTask;
import org.zkopml.model.Trace;

/**
 * The transformer on the VM equals the integer reference bit for bit: every layer, every gpt-tiny test prompt (tag
 * {@code slow}; a tenth of them in the default run).
 */
class TransformerVmTest {
    /** Every {@code stride}-th test prompt of gpt-tiny on the VM against the reference. */
    private static void gptTinyOnTheVm(int stride) {
        QuantizedModel m = Gpts.model(Gpts.TINY);
        LayeredProgram p = ModelCompiler.compile(m);
        List<SortingTask.Example> prompts = SortingTask.load().test();
        assertEquals(320, prompts.size());
        for (int i = 0; i < prompts.size(); i += stride) {
            SortingTask.Example e = prompts.get(i);
            Vm vm = p.whole().load(e.input());
            vm.run(Long.MAX_VALUE);
            assertEquals(Status.HALTED, vm.status(), e.text());
            assertEquals(m.predict(e.input()), vm.read(p.whole().outputAddress(), 1)[0], "next token after " + e.text());
        }
    }

    @Test
    void gptTinyOnTheVmEqualsTheReferenceOnEvery32ndTestPrompt() {
        gptTinyOnTheVm(32);
    }

    @Test
    @Tag("slow")
    void gptTinyOnTheVmEqualsTheReferenceOnEveryTestPrompt() {
        gptTinyOnTheVm(1);
    }

    @Test
    void everyLayerProgramEqualsItsReferenceLayerOnRandomGpts() {
        SplittableRandom r = new SplittableRandom(17);
        for (GptConfig c : List.of(new GptConfig(17, 5, 8, 2, 16, 2), new GptConfig(30, 3, 12, 3, 20, 1), new GptConfig(9, 8, 16, 1, 8, 1))) {
            QuantizedModel m = RandomGpt.of("random", c, r.nextLong());
            LayeredProgram p = ModelCompiler.compile(m);
            for (int trial = 0; trial < 4; trial++) {
                long[] ids = RandomGpt.prompt(c, r.nextLong());
                Trace ref = m.infer(ids);
                List<long[]> acts = p.nativeActivations(ids);
                for (int l = 0; l < m.layers().size(); l++) {
                    assertArrayEquals(ref.output(l), acts.get(l + 1), c + " native layer " + l);
                    Program layer = p.layers().get(l);
                    Vm vm = layer.load(acts.get(l));
                    vm.run(Long.MAX_VALUE);
                    assertEquals(Status.HALTED, vm.status());
                    assertArrayEquals(ref.output(l), vm.read(layer.outputAddress(), layer.outputLength()), c + " VM layer " + l + " (" + p.kernels().get(l).name() + ")");
                }
                assertEquals(ref.predicted(), p.run(ids)[0]);
            }
        }
    }

    @Test
    void weightsArePackedOneBytePerWeight() {
        QuantizedModel m = RandomGpt.build("gpt-1m");
        Program whole = ModelCompiler.compile(m).whole();
        long packedBytes = whole.packed().stream().mapToLong(b -> b.length).sum();
        assertTrue(packedBytes >= m.parameters() && packedBytes < m.parameters() + 1024, packedBytes + " packed bytes for " + m.parameters() + " parameters");
        assertTrue(whole.imageWords() < m.parameters() / 32 + 40_000, "the image region grows with bytes of weights / 32: " + whole.imageWords() + " words");
    }
}
