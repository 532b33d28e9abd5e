package org.zkopml.pairing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.zkopml.curve.CurvePoint;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.curve.Naf;
import org.zkopml.field.Fp;
import org.zkopml.field.Fp12;
import org.zkopml.field.Fp2;
import org.zkopml.field.Fp6;
import org.zkopml.field.Fr;

/**
 * The optimal ate pairing on BN254 (Vercauteren, "Optimal pairings", IEEE Trans. IT 56(1), 2010;
 * BN curves: Barreto–Naehrig, SAC 2005), the pairing of Ethereum's precompile 0x08 (EIP-197):
 *
 * <pre>
 *   e(P, Q) = ( f_{6u+2,Q}(P) · ℓ_{[6u+2]Q, π(Q)}(P) · ℓ_{[6u+2]Q+π(Q), −π²(Q)}(P) )^((p¹²−1)/r)
 * </pre>
 *
 * with u = 4965661367192848881 the BN parameter (p = 36u⁴ + 36u³ + 24u² + 6u + 1), π the p-power Frobenius
 * acting on the twist, and f_{m,Q} the Miller function built from the lines ℓ of the double-and-add chain
 * for m·Q. Points of G2 live on the twist E'(F_p²); a line of E(F_p¹²) through twisted points T, T' with slope
 * λ (computed on the twist) evaluated at P = (x_P, y_P) is ℓ(P) = y_P − λx_P·w + (λx_T − y_T)·w³. Vertical
 * lines and constant factors lie in the subfield F_p⁶ and vanish in the final exponentiation
 * (denominator elimination), so they are omitted, and lines may be scaled by any F_p² factor: this is what
 * lets the loop keep T in projective coordinates and never invert.
 */
public final class Bn254Pairing {

    private Bn254Pairing() {
    }

    /** The BN parameter u (also called x or z). */
    public static final BigInteger U = new BigInteger("4965661367192848881");

    /** The loop count 6u + 2 of the optimal ate pairing. */
    public static final BigInteger ATE_LOOP_COUNT = U.multiply(BigInteger.valueOf(6)).add(BigInteger.TWO);

    /** 6u + 2 in non-adjacent form, most significant digit first (digits −1, 0, 1): fewer additions. */
    private static final int[] ATE_NAF = naf(ATE_LOOP_COUNT);

    /** u in non-adjacent form, for the exponentiations of the final exponentiation. */
    private static final int[] U_NAF = naf(U);

    private static final Fp THREE = Fp.of(3);

    /** The hard part of the final exponent, (p⁴ − p² + 1)/r. */
    public static final BigInteger HARD_EXPONENT;

    static {
        BigInteger p = Fp.MODULUS;
        BigInteger p2 = p.multiply(p);
        BigInteger num = p2.multiply(p2).subtract(p2).add(BigInteger.ONE);
        if (num.mod(Fr.MODULUS).signum() != 0) {
            throw new IllegalStateException("r does not divide p^4 - p^2 + 1");
        }
        HARD_EXPONENT = num.divide(Fr.MODULUS);
    }

    /** e(P, Q) ∈ GT ⊂ F_p¹²; e(O, Q) = e(P, O) = 1. */
    public static Fp12 pair(G1 p, G2 q) {
        return finalExponentiation(millerLoop(List.of(p), List.of(q)));
    }

    /**
     * True iff Π e(Pᵢ, Qᵢ) = 1, computed with one shared Miller loop (one squaring of the accumulator per step
     * for all pairs) and one final exponentiation: the check a Groth16 verifier and precompile 0x08 perform.
     * An empty product is 1.
     */
    public static boolean pairingCheck(List<G1> ps, List<G2> qs) {
        return finalExponentiation(millerLoop(ps, qs)).isOne();
    }

    /** The product of the Miller functions Π f(Pᵢ, Qᵢ) before the final exponentiation. */
    public static Fp12 millerLoop(List<G1> ps, List<G2> qs) {
        if (ps.size() != qs.size()) {
            throw new IllegalArgumentException("pairing needs as many G1 as G2 points: " + ps.size() + " vs " + qs.size());
        }
        List<Fp> px = new ArrayList<>(), py = new ArrayList<>();
        List<Fp2> qx = new ArrayList<>(), qy = new ArrayList<>();
        List<G2> affineQ = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).isInfinity() || qs.get(i).isInfinity()) {
                continue;                                           // e(O, Q) = e(P, O) = 1
            }
            G1 p = ps.get(i).toAffine();
            G2 q = qs.get(i).toAffine();
            px.add(p.x());
            py.add(p.y());
            qx.add(q.x());
            qy.add(q.y());
            affineQ.add(q);
        }
        int n = px.size();
        TwistPoint[] t = new TwistPoint[n];
        for (int j = 0; j < n; j++) {
            t[j] = new TwistPoint(qx.get(j), qy.get(j), Fp2.ONE);      // T = Q
        }
        Fp12 f = Fp12.ONE;
        for (int i = 1; i < ATE_NAF.length; i++) {
            f = f.square();
            for (int j = 0; j < n; j++) {                            // f ← f · ℓ_{T,T}(P), T ← 2T
                f = doublingStep(f, t, j, px.get(j), py.get(j));
            }
            if (ATE_NAF[i] != 0) {                                   // f ← f · ℓ_{T,±Q}(P), T ← T ± Q
                for (int j = 0; j < n; j++) {
                    Fp2 y = ATE_NAF[i] > 0 ? qy.get(j) : qy.get(j).neg();
                    f = additionStep(f, t, j, qx.get(j), y, px.get(j), py.get(j));
                }
            }
        }
        for (int j = 0; j < n; j++) {                                // the two Frobenius corrections
            // π(Q) = ψ(Q) on the twist; Q is affine and ψ keeps Z = conj(1) = 1, so X, Y are affine coordinates
            CurvePoint<Fp2> q1 = affineQ.get(j).psi().point(), q2 = affineQ.get(j).psi().psi().neg().point();
            f = additionStep(f, t, j, q1.x(), q1.y(), px.get(j), py.get(j));    // T + π(Q)
            f = additionStep(f, t, j, q2.x(), q2.y(), px.get(j), py.get(j));    // T − π²(Q)
        }
        return f;
    }

    /**
     * The running point T of the Miller loop in homogeneous projective coordinates on the twist: (X : Y : Z)
     * means (X/Z, Y/Z). Unlike affine steps, projective steps need no field inversion.
     */
    private record TwistPoint(Fp2 x, Fp2 y, Fp2 z) {
    }

    /** b' = 3/ξ, the twist's constant, times 3. */
    private static final Fp2 THREE_B_TWIST = org.zkopml.curve.G2.B.mul(Fp.of(3));
    private static final Fp HALF = Fp.of(2).inverse();

    /**
     * Doubling step (Costello–Lange–Naehrig, PKC 2010; Aranha et al., EUROCRYPT 2011, §4). The tangent at
     * T = (x, y) has slope λ = 3x²/(2y); its line at P is ℓ = y_P − λx_P·w + (λx − y)·w³. Multiplying by
     * 2y·Z³/Z (an F_p² factor, erased by the final exponentiation) and using Y²Z = X³ + b'Z³ gives the
     * inversion-free line ℓ' = 2YZ·y_P − 3X²·x_P·w + (Y² − 3b'Z²)·w³. With B = Y², E = 3b'Z², F = 3E,
     * H = 2YZ: 2T = (XY/2·(B − F) : ((B + F)/2)² − 3E² : B·H).
     */
    private static Fp12 doublingStep(Fp12 f, TwistPoint[] ts, int j, Fp xp, Fp yp) {
        TwistPoint t = ts[j];
        Fp2 a = t.x.mul(t.y).mul(HALF);
        Fp2 b = t.y.square();
        Fp2 c = t.z.square();
        Fp2 e = c.mul(THREE_B_TWIST);
        Fp2 ff = e.dbl().add(e);
        Fp2 g = b.add(ff).mul(HALF);
        Fp2 h = t.y.add(t.z).square().sub(b).sub(c);             // 2YZ
        Fp2 x2 = t.x.square();
        ts[j] = new TwistPoint(a.mul(b.sub(ff)), g.square().sub(e.square().mul(THREE)), b.mul(h));
        return mulByLine(f, h.mul(yp), x2.dbl().add(x2).mul(xp).neg(), b.sub(e));
    }

    /**
     * Mixed addition step T + Q with Q affine: with θ = Y − y_Q·Z and λ = X − x_Q·Z the chord has slope θ/λ,
     * and λ·ℓ = λ·y_P − θ·x_P·w + (θx_Q − λy_Q)·w³. With D = λ², E = λ³, G = X·D, H = E + Z·θ² − 2G:
     * T + Q = (λH : θ(G − H) − Y·E : Z·E). Requires T ≠ ±Q, true inside the loop for Q of order r.
     */
    private static Fp12 additionStep(Fp12 f, TwistPoint[] ts, int j, Fp2 xq, Fp2 yq, Fp xp, Fp yp) {
        TwistPoint t = ts[j];
        Fp2 theta = t.y.sub(yq.mul(t.z));
        Fp2 lambda = t.x.sub(xq.mul(t.z));
        Fp2 d = lambda.square();
        Fp2 e = lambda.mul(d);
        Fp2 g = t.x.mul(d);
        Fp2 h = e.add(t.z.mul(theta.square())).sub(g.dbl());
        ts[j] = new TwistPoint(lambda.mul(h), theta.mul(g.sub(h)).sub(t.y.mul(e)), t.z.mul(e));
        return mulByLine(f, lambda.mul(yp), theta.mul(xp).neg(), theta.mul(xq).sub(lambda.mul(yq)));
    }

    /**
     * f · ℓ for a line ℓ = c + a·w + b·w³ (c, a, b ∈ F_p²): in the tower ℓ = (c, 0, 0) + (a, b, 0)·w, a sparse
     * element, multiplied here by Karatsuba without the zero terms (13 F_p² products instead of 18).
     */
    static Fp12 mulByLine(Fp12 f, Fp2 c, Fp2 a, Fp2 b) {
        Fp6 f0 = f.c0(), f1 = f.c1();
        Fp6 t0 = f0.mul(c);                          // f0 · c
        Fp6 t1 = mulBy01(f1, a, b);                  // f1 · (a + b·v)
        Fp6 mid = mulBy01(f0.add(f1), c.add(a), b);  // (f0 + f1)(c + a + b·v)
        return new Fp12(t0.add(t1.mulByV()), mid.sub(t0).sub(t1));
    }

    /** (x0 + x1v + x2v²)(a + bv) with v³ = ξ. */
    private static Fp6 mulBy01(Fp6 x, Fp2 a, Fp2 b) {
        Fp2 t0 = x.c0().mul(a), t1 = x.c1().mul(b);
        Fp2 c0 = x.c2().mul(b).mulByXi().add(t0);
        Fp2 c1 = x.c0().add(x.c1()).mul(a.add(b)).sub(t0).sub(t1);
        Fp2 c2 = x.c2().mul(a).add(t1);
        return new Fp6(c0, c1, c2);
    }

    /**
     * f^((p¹²−1)/r), split as (p⁶ − 1)(p² + 1) · (p⁴ − p² + 1)/r. The easy part uses only a conjugation, one
     * inversion and a Frobenius map; it sends f into the cyclotomic subgroup, where the inverse is the
     * conjugate. The hard part is {@link #hardPart}.
     */
    public static Fp12 finalExponentiation(Fp12 f) {
        Fp12 t = f.conjugate().mul(f.inverse());             // f^(p⁶ − 1)
        t = t.frobenius(2).mul(t);                           // ^(p² + 1)
        return hardPart(t);
    }

    /**
     * m^((p⁴ − p² + 1)/r) for m in the cyclotomic subgroup, by the addition chain of Scott, Benger, Charlemagne,
     * Dominguez Perez and Kachisa ("On the final exponentiation for calculating pairings on ordinary elliptic
     * curves", Pairing 2009, §5 for BN curves): three exponentiations by u, Frobenius maps and 13
     * multiplications instead of a 762-bit exponentiation. The test suite checks it against {@link #HARD_EXPONENT}.
     */
    public static Fp12 hardPart(Fp12 m) {
        Fp12 fu = expByU(m), fu2 = expByU(fu), fu3 = expByU(fu2);
        Fp12 y0 = m.frobenius().mul(m.frobenius(2)).mul(m.frobenius(3));
        Fp12 y1 = m.conjugate();
        Fp12 y2 = fu2.frobenius(2);
        Fp12 y3 = fu.frobenius().conjugate();
        Fp12 y4 = fu.mul(fu2.frobenius()).conjugate();
        Fp12 y5 = fu2.conjugate();
        Fp12 y6 = fu3.mul(fu3.frobenius()).conjugate();
        Fp12 t0 = y6.square().mul(y4).mul(y5);
        Fp12 t1 = y3.mul(y5).mul(t0);
        t0 = t0.mul(y2);
        t1 = t1.square().mul(t0).square();
        t0 = t1.mul(y1);
        t1 = t1.mul(y0);
        return t0.square().mul(t1);
    }

    /**
     * m^u for m in the cyclotomic subgroup: square-and-multiply over the non-adjacent form of u, using the
     * cheap {@link Fp12#cyclotomicSquare()} and, for a digit −1, the conjugate as the (free) inverse of m.
     */
    static Fp12 expByU(Fp12 m) {
        Fp12 mInv = m.conjugate();
        Fp12 r = m;
        for (int i = 1; i < U_NAF.length; i++) {
            r = r.cyclotomicSquare();
            if (U_NAF[i] > 0) {
                r = r.mul(m);
            } else if (U_NAF[i] < 0) {
                r = r.mul(mInv);
            }
        }
        return r;
    }

    /** Non-adjacent form of k ≥ 1, most significant digit first (digits −1, 0, 1). */
    static int[] naf(BigInteger k) {
        int[] lsbFirst = Naf.of(k, 2);
        int[] out = new int[lsbFirst.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = lsbFirst[out.length - 1 - i];
        }
        return out;
    }
}
