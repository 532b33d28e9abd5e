package org.zkopml.groth16;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.zkopml.curve.G2;
import org.zkopml.field.Fr;

/** The prover's G2 MSM equals the sum of separate scalar multiplications (zeros, ones, infinity included). */
class G2MsmTest {
    @Test
    void bucketSumEqualsTheDefinition() {
        SplittableRandom rng = new SplittableRandom(21);
        for (int n : new int[] {0, 1, 5, 40, 300}) {
            List<G2> points = new ArrayList<>();
            List<Fr> scalars = new ArrayList<>();
            G2 expected = G2.INFINITY;
            for (int i = 0; i < n; i++) {
                G2 p = i % 17 == 3 ? G2.INFINITY : G2.GENERATOR.mul(Fr.of(1 + rng.nextInt(1000))).toAffine();
                Fr k = switch (i % 7) {
                    case 0 -> Fr.ZERO;
                    case 1 -> Fr.ONE;
                    case 2 -> Fr.ONE.neg();
                    default -> Fr.random(rng);
                };
                if (i == 9) p = points.get(8);          // a repeated point lands in one bucket twice
                points.add(p);
                scalars.add(k);
                expected = expected.add(p.mul(k));
            }
            assertEquals(expected.toAffine(), G2Msm.msm(points, scalars).toAffine(), "n = " + n);
        }
    }
}
