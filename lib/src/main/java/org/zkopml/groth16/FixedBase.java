package org.zkopml.groth16;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.curve.GroupElement;
import org.zkopml.field.Fr;

/**
 * Many multiples k·G of one base point G, as a setup needs them: a table of d·2^(8w)·G for every 8-bit window
 * w and digit d, so that each k·G is 32 additions. Package-private: an implementation detail of {@link Setup}.
 */
final class FixedBase {
    private static final int C = 8, WINDOWS = 32;

    private FixedBase() {
    }

    /** k·G in G1 for every k, affine (one batch inversion). */
    static List<G1> g1(G1 base, List<Fr> scalars) {
        return multiples(base, scalars, points -> List.of(G1.batchToAffine(points)));
    }

    /** k·G in G2 for every k, affine. */
    static List<G2> g2(G2 base, List<Fr> scalars) {
        return multiples(base, scalars, points -> points.parallelStream().map(G2::toAffine).toList());
    }

    /**
     * The windowed method in either group: below 64 scalars a plain k·G each; above, the table of d·2^(8w)·G, then
     * 32 additions per scalar (in parallel), the results made affine by {@code toAffine}.
     */
    private static <P extends GroupElement<P>> List<P> multiples(P base, List<Fr> scalars, UnaryOperator<List<P>> toAffine) {
        if (scalars.size() < 64) return scalars.stream().map(base::mul).toList();
        List<List<P>> table = new ArrayList<>(WINDOWS);
        P b = base;
        for (int w = 0; w < WINDOWS; w++) {
            List<P> row = new ArrayList<>(1 << C);
            row.add(base.identity());
            for (int d = 1; d < (1 << C); d++) row.add(row.get(d - 1).add(b));
            b = row.get((1 << C) - 1).add(b);
            table.add(row);
        }
        List<P> out = IntStream.range(0, scalars.size()).parallel().mapToObj(i -> {
            byte[] be = scalars.get(i).toBytes();
            P acc = base.identity();
            for (int w = 0; w < WINDOWS; w++) {
                int d = be[31 - w] & 0xff;
                if (d != 0) acc = acc.add(table.get(w).get(d));
            }
            return acc;
        }).toList();
        return toAffine.apply(out);
    }
}
