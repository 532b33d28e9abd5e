package org.zkopml.curve;

import org.zkopml.field.Fr;

/**
 * An element of one of BN254's prime-order groups G1 and G2 (order r), written additively: what the
 * generic algorithms of this package (the {@link Msm Pippenger MSM}) need from a group. The laws — an
 * abelian group, r·P = O, k·P = P + … + P — are tested once for every implementation.
 *
 * @param <P> the element type itself (G1 or G2)
 */
public interface GroupElement<P extends GroupElement<P>> {
    /** The identity O (the point at infinity). */
    P identity();

    /** True for the identity O. */
    boolean isInfinity();

    /** P + Q. */
    P add(P q);

    /** 2P. */
    P dbl();

    /** −P. */
    P neg();

    /** k·P. */
    P mul(Fr k);
}
