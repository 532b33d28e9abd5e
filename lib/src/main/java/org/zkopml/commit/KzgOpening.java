package org.zkopml.commit;

import org.zkopml.curve.G1;
import org.zkopml.field.Fr;

/**
 * The claim "p(z) = y" with its proof π = [q(τ)]₁, where q(X) = (p(X) − y)/(X − z) is a polynomial
 * exactly when p(z) = y.
 *
 * @param z     the evaluation point
 * @param y     the claimed value p(z)
 * @param proof π, the commitment to the quotient q
 */
public record KzgOpening(Fr z, Fr y, G1 proof) {
    public KzgOpening {
        if (z == null || y == null || proof == null) throw new IllegalArgumentException("an opening needs z, y and π");
    }
}
