package org.zkopml.model;

import java.util.ArrayList;
import java.util.List;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.common.tree.LeafNode;
import org.tribuo.common.tree.Node;
import org.tribuo.common.tree.SplitNode;
import org.tribuo.common.tree.TreeModel;

/**
 * A CART classification tree trained by Tribuo's {@link CARTClassificationTrainer} (Gini impurity,
 * all features considered at every split, seeded), read back as a {@link TreeClassifier}. Tribuo's
 * split rule is the kit's: {@code x[f] <= t} goes to the "less than or equal" child.
 */
public final class TribuoTree {
    private TribuoTree() {}

    /** Trains on a (standardised) table. */
    public static TreeModel<Label> train(Table train, int maxDepth, long seed) {
        CARTClassificationTrainer trainer = new CARTClassificationTrainer(maxDepth, 1.0f, seed);
        return trainer.train(TribuoData.dataset(train));
    }

    /** The tree in breadth-first order (children after parents), features and classes mapped to the table's. */
    public static TreeClassifier extract(TreeModel<Label> model, Table like) {
        ImmutableFeatureMap features = model.getFeatureIDMap();
        List<Node<Label>> order = new ArrayList<>();
        order.add(model.getRoot());
        for (int k = 0; k < order.size(); k++) {
            if (order.get(k) instanceof SplitNode<Label> s) {
                order.add(s.getLessThanOrEqual());
                order.add(s.getGreaterThan());
            }
        }
        int n = order.size();
        int[] feature = new int[n];
        double[] threshold = new double[n];
        int[] left = new int[n];
        int[] right = new int[n];
        int[] leafClass = new int[n];
        int next = 1;
        for (int k = 0; k < n; k++) {
            Node<Label> node = order.get(k);
            if (node instanceof SplitNode<Label> s) {
                String name = features.get(s.getFeatureID()).getName();
                feature[k] = like.featureNames().indexOf(name);
                if (feature[k] < 0) throw new IllegalStateException("tree splits on unknown feature " + name);
                threshold[k] = s.splitValue();
                left[k] = next++;
                right[k] = next++;
                leafClass[k] = -1;
            } else {
                String label = ((LeafNode<Label>) node).getOutput().getLabel();
                feature[k] = -1;
                left[k] = -1;
                right[k] = -1;
                leafClass[k] = like.classNames().indexOf(label);
                if (leafClass[k] < 0) throw new IllegalStateException("tree leaf names unknown class " + label);
            }
        }
        return new TreeClassifier(like.width(), like.classes(), feature, threshold, left, right, leafClass);
    }
}
