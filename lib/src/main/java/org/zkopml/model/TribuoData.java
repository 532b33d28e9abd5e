package org.zkopml.model;

import java.util.List;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Bridges a {@link Table} to Tribuo: one {@link ArrayExample} per row, every feature present (zeros
 * included) under the names {@code f00, f01, …}, so Tribuo's sorted feature ids equal column indices.
 */
public final class TribuoData {
    private TribuoData() {}

    /** A Tribuo dataset with the table's rows and its name as data provenance. */
    public static MutableDataset<Label> dataset(Table table) {
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("zkopml dataset " + table.name() + " (" + table.rows() + " rows)", factory), factory);
        String[] names = table.featureNames().toArray(new String[0]);
        for (int r = 0; r < table.rows(); r++) data.add(example(table.row(r), table.classNames().get(table.label(r)), names));
        return data;
    }

    /** One unlabelled-style example (labelled with the given class name) for prediction. */
    public static ArrayExample<Label> example(double[] row, String label, String[] names) {
        return new ArrayExample<>(new Label(label), names, row);
    }

    /** Tribuo's label id for each of the table's class names, in class order. */
    static int[] labelIds(org.tribuo.ImmutableOutputInfo<Label> info, List<String> classNames) {
        int[] ids = new int[classNames.size()];
        for (int c = 0; c < ids.length; c++) {
            ids[c] = info.getID(new Label(classNames.get(c)));
            if (ids[c] < 0) throw new IllegalStateException("class " + classNames.get(c) + " is unknown to the Tribuo model");
        }
        return ids;
    }
}
