package org.zkopml.model;

import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import java.util.function.IntConsumer;
import org.tribuo.classification.Label;
import org.tribuo.common.tree.TreeModel;

/**
 * A decision tree trained by Tribuo's {@code CARTClassificationTrainer} (Gini impurity).
 *
 * @param maxDepth the maximum depth of the tree, ≥ 1
 */
public record TreeTrainerConfig(int maxDepth) implements TrainerConfig {
    /** Validates the depth. */
    public TreeTrainerConfig {
        if (maxDepth < 1) throw new IllegalArgumentException("tree trainer: max depth ≥ 1, got " + maxDepth);
    }

    @Override
    public String family() {
        return "tree";
    }

    @Override
    public String describe() {
        return "trainer=tribuo CARTClassificationTrainer(maxDepth=" + maxDepth + ", gini)";
    }

    @Override
    public int steps() {
        return 1;
    }

    @Override
    public Trained train(Table train, long seed, IntConsumer onStep) {
        TreeModel<Label> tribuo = TribuoTree.train(train, maxDepth, seed);
        Trained t = new Trained(TribuoTree.extract(tribuo, train), ProvenanceUtil.formattedProvenanceString(tribuo.getProvenance()),
                LossCurve.NONE);
        onStep.accept(1);
        return t;
    }
}
