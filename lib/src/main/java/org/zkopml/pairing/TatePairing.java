package org.zkopml.pairing;

import java.math.BigInteger;
import org.zkopml.curve.Bls6_6;
import org.zkopml.curve.CurvePoint;
import org.zkopml.field.FieldElement;
import org.zkopml.field.SmallExtensionElement;
import org.zkopml.field.SmallFieldElement;

/**
 * The textbook pairings, generic over the field, for hand-sized curves such as {@link Bls6_6}:
 *
 * <ul>
 *   <li>Miller's function f_{r,P}, the function with divisor r(P) − r(O), built by Miller's algorithm
 *       (V. Miller, "The Weil pairing, and its efficient calculation", J. Cryptology 17, 2004): run the
 *       double-and-add chain for r·P and multiply, at each step, the line through the two points divided by
 *       the vertical line through their sum, both evaluated at Q;</li>
 *   <li>the reduced Tate pairing t(P, Q) = f_{r,P}(Q)^((q^k − 1)/r);</li>
 *   <li>the Weil pairing e_W(P, Q) = (−1)^r · f_{r,P}(Q) / f_{r,Q}(P).</li>
 * </ul>
 * Both are bilinear, non-degenerate on G1 × G2, and take values in the r-th roots of unity; they are linked by
 * e_W(P, Q)^((q^k − 1)/r) = t(P, Q) / t(Q, P), a second route to the same numbers. No denominator elimination
 * or twist tricks: this is the slow, honest version, the one {@link Bn254Pairing} optimises.
 */
public final class TatePairing {

    private TatePairing() {
    }

    /** f_{r,P}(Q) by Miller's algorithm over the bits of r; P and Q must be finite and Q not a multiple of P. */
    public static <F extends FieldElement<F>> F miller(CurvePoint<F> p, CurvePoint<F> q, BigInteger r) {
        CurvePoint<F> pa = p.toAffine(), qa = q.toAffine();
        F xq = qa.x(), yq = qa.y();
        F f = xq.one();
        CurvePoint<F> t = pa;
        for (int i = r.bitLength() - 2; i >= 0; i--) {
            f = f.square().mul(lineOverVertical(t, t, xq, yq));
            t = t.dbl().toAffine();
            if (r.testBit(i)) {
                f = f.mul(lineOverVertical(t, pa, xq, yq));
                t = t.add(pa).toAffine();
            }
        }
        return f;
    }

    /**
     * ℓ_{A,B}(Q) / v_{A+B}(Q): the line through A and B (the tangent if A = B) over the vertical line through
     * A + B, at Q = (x_Q, y_Q). If A = −B the line is itself vertical (x − x_A) and A + B = O has no vertical.
     */
    static <F extends FieldElement<F>> F lineOverVertical(CurvePoint<F> a, CurvePoint<F> b, F xq, F yq) {
        F xa = a.x(), ya = a.y(), xb = b.x(), yb = b.y();
        F lambda;
        if (xa.equals(xb)) {
            if (!ya.equals(yb) || ya.isZero()) {
                return xq.sub(xa);                              // vertical line, sum is O
            }
            F three = xa.one().add(xa.one()).add(xa.one());
            lambda = three.mul(xa.square()).mul(ya.add(ya).inverse());
        } else {
            lambda = yb.sub(ya).mul(xb.sub(xa).inverse());
        }
        F x3 = lambda.square().sub(xa).sub(xb);
        F line = yq.sub(ya).sub(lambda.mul(xq.sub(xa)));
        F vertical = xq.sub(x3);
        if (line.isZero() || vertical.isZero()) {
            throw new IllegalArgumentException("Miller function evaluated at a zero or pole: choose Q in another subgroup");
        }
        return line.mul(vertical.inverse());
    }

    /** The reduced Tate pairing f_{r,P}(Q)^((#F − 1)/r), where #F = fieldOrder (q^k). */
    public static <F extends FieldElement<F>> F reducedTate(CurvePoint<F> p, CurvePoint<F> q, BigInteger r,
                                                            BigInteger fieldOrder) {
        if (p.isInfinity() || q.isInfinity()) {
            return q.jacobianX().one();
        }
        return miller(p, q, r).pow(fieldOrder.subtract(BigInteger.ONE).divide(r));
    }

    /** The Weil pairing (−1)^r · f_{r,P}(Q) / f_{r,Q}(P). */
    public static <F extends FieldElement<F>> F weil(CurvePoint<F> p, CurvePoint<F> q, BigInteger r) {
        if (p.isInfinity() || q.isInfinity()) {
            return q.jacobianX().one();
        }
        F v = miller(p, q, r).mul(miller(q, p, r).inverse());
        return r.testBit(0) ? v.neg() : v;
    }

    /** BLS6_6's reduced Tate pairing of P ∈ G1 (over F_43) and Q ∈ G2 (over F_43⁶): a 13th root of unity in F_43⁶. */
    public static SmallExtensionElement bls6_6(CurvePoint<SmallFieldElement> p, CurvePoint<SmallExtensionElement> q) {
        return reducedTate(Bls6_6.embed(p), q, Bls6_6.R, Bls6_6.FQ6.order());
    }

    /** BLS6_6's Weil pairing of P ∈ G1 and Q ∈ G2. */
    public static SmallExtensionElement bls6_6Weil(CurvePoint<SmallFieldElement> p, CurvePoint<SmallExtensionElement> q) {
        return weil(Bls6_6.embed(p), q, Bls6_6.R);
    }
}
