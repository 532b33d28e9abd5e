package org.zkopml.vm;

import java.util.ArrayList;
import java.util.List;
import org.zkopml.model.Argmax;
import org.zkopml.model.DecisionTree;
import org.zkopml.model.Dense;
import org.zkopml.model.Layer;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.Relu;
import org.zkopml.model.Requantize;

/**
 * Compiles a quantized model graph to VM programs: one kernel per layer (Dense → {@link DenseKernel},
 * Requantize → {@link ShiftKernel}, Relu → {@link ReluKernel}, DecisionTree → {@link TreeKernel},
 * Argmax → {@link ArgmaxKernel}, Embedding → {@link EmbeddingKernel}, TransformerBlock →
 * {@link TransformerKernel}, LmHead → {@link LmHeadKernel}), linked by {@link Linker} into a whole-inference program and one
 * program per layer. The VM's output equals {@code IntegerInference} bit for bit: the model's static
 * value bounds (≤ 63 bits) guarantee that the VM's wrapping int64 arithmetic never wraps.
 */
public final class ModelCompiler {
    private ModelCompiler() {}

    /** The model's layers as kernels. */
    public static List<Kernel> kernels(QuantizedModel model) {
        List<Kernel> out = new ArrayList<>();
        int width = model.inputWidth();
        for (Layer layer : model.layers()) {
            out.add(kernel(layer, width));
            width = layer.outputWidth(width);
        }
        return out;
    }

    /** Compiles {@code model}. */
    public static LayeredProgram compile(QuantizedModel model) {
        return Linker.link(model.name(), kernels(model));
    }

    private static Kernel kernel(Layer layer, int width) {
        return layer.accept(new Layer.Visitor<Kernel>() {
            @Override
            public Kernel visitDense(Dense d) {
                return new DenseKernel(d);
            }

            @Override
            public Kernel visitRelu(Relu relu) {
                return new ReluKernel(width);
            }

            @Override
            public Kernel visitRequantize(Requantize r) {
                return new ShiftKernel(width, r.shift());
            }

            @Override
            public Kernel visitArgmax(Argmax argmax) {
                return new ArgmaxKernel(width);
            }

            @Override
            public Kernel visitEmbedding(org.zkopml.model.Embedding e) {
                return new EmbeddingKernel(e);
            }

            @Override
            public Kernel visitTransformerBlock(org.zkopml.model.TransformerBlock b) {
                return new TransformerKernel(b);
            }

            @Override
            public Kernel visitLmHead(org.zkopml.model.LmHead h) {
                return new LmHeadKernel(h);
            }

            @Override
            public Kernel visitDecisionTree(DecisionTree t) {
                return new TreeKernel(t);
            }
        });
    }
}
