package org.zkopml.curve;

import org.zkopml.field.LimbField;

/**
 * How the points of one group of a curve y² = x³ + b look as raw limbs: what the batched-affine {@link Msm} engine
 * needs to work on a group without knowing it. {@link G1#LIMBS} (coordinates in F_p, four words) and
 * {@link G2#LIMBS} (coordinates in F_p², eight words) are the two instances; the engine's code is the same for both.
 *
 * @param <P> the group's element type
 */
public interface AffineLimbs<P extends GroupElement<P>> {

    /** The coordinate field. */
    LimbField field();

    /** Writes the point's Jacobian coordinates (X : Y : Z) to {@code out} at {@code o} (3·width words; Z = 0 for O). */
    void toJacobian(P point, long[] out, int o);

    /** The group element with Jacobian coordinates (X : Y : Z) at {@code p[o ..]} (Z = 0: the identity). */
    P fromJacobian(long[] p, int o);
}
