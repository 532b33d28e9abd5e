package org.zkopml.commit;

import org.zkopml.curve.G1;
import org.zkopml.curve.G2;

/**
 * The KZG verifier's part of the setup: three points, whatever the degree.
 *
 * @param g1    [1]₁, the G1 generator
 * @param g2    [1]₂, the G2 generator
 * @param tauG2 [τ]₂
 */
public record KzgVerifierKey(G1 g1, G2 g2, G2 tauG2) {
    public KzgVerifierKey {
        if (g1 == null || g2 == null || tauG2 == null) throw new IllegalArgumentException("a KZG verifier key needs [1]₁, [1]₂ and [τ]₂");
    }
}
