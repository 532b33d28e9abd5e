package org.zkopml.groth16;

import java.util.List;
import java.util.stream.IntStream;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.field.Fr;

/**
 * Many multiples k·G of one base point G, as a setup needs them: a table of d·2^(8w)·G for every 8-bit window
 * w and digit d, so that each k·G is 32 additions. Package-private: an implementation detail of {@link Setup}.
 */
final class FixedBase {
    private static final int C = 8, WINDOWS = 32;

    private FixedBase() {
    }

    static List<G1> g1(G1 base, List<Fr> scalars) {
        if (scalars.size() < 64) return scalars.stream().map(base::mul).toList();
        G1[][] table = new G1[WINDOWS][1 << C];
        G1 b = base;
        for (int w = 0; w < WINDOWS; w++) {
            table[w][0] = G1.INFINITY;
            for (int d = 1; d < (1 << C); d++) table[w][d] = table[w][d - 1].add(b);
            b = table[w][(1 << C) - 1].add(b);
        }
        G1[] out = new G1[scalars.size()];
        IntStream.range(0, out.length).parallel().forEach(i -> {
            byte[] be = scalars.get(i).toBytes();
            G1 acc = G1.INFINITY;
            for (int w = 0; w < WINDOWS; w++) {
                int d = be[31 - w] & 0xff;
                if (d != 0) acc = acc.add(table[w][d]);
            }
            out[i] = acc;
        });
        return List.of(G1.batchToAffine(List.of(out)));
    }

    static List<G2> g2(G2 base, List<Fr> scalars) {
        if (scalars.size() < 64) return scalars.stream().map(base::mul).toList();
        G2[][] table = new G2[WINDOWS][1 << C];
        G2 b = base;
        for (int w = 0; w < WINDOWS; w++) {
            table[w][0] = G2.INFINITY;
            for (int d = 1; d < (1 << C); d++) table[w][d] = table[w][d - 1].add(b);
            b = table[w][(1 << C) - 1].add(b);
        }
        G2[] out = new G2[scalars.size()];
        IntStream.range(0, out.length).parallel().forEach(i -> {
            byte[] be = scalars.get(i).toBytes();
            G2 acc = G2.INFINITY;
            for (int w = 0; w < WINDOWS; w++) {
                int d = be[31 - w] & 0xff;
                if (d != 0) acc = acc.add(table[w][d]);
            }
            out[i] = acc.toAffine();
        });
        return List.of(out);
    }
}
