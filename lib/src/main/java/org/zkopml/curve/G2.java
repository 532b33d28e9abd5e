package org.zkopml.curve;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.zkopml.field.Fp;
import org.zkopml.field.Fp2;
import org.zkopml.field.Fr;
import org.zkopml.field.LimbField;

/**
 * A point of BN254's G2, represented on the sextic twist E': y² = x³ + 3/ξ over F_p² (ξ = 9 + u). G2 is the
 * subgroup of order r of E'(F_p²), whose cofactor is 2p − r, so unlike G1 a point on the curve need not be in
 * G2: {@link #of} checks both the equation and membership (r·Q = O, by a fast endomorphism test), and a twist point outside G2 stays a plain
 * {@code CurvePoint<Fp2>} on {@link #CURVE}. The twist maps into E(F_p¹²) by (x, y) ↦ (x·w², y·w³).
 * The arithmetic is the generic {@link CurvePoint} over {@link Fp2}; scalar multiplication also uses the
 * Frobenius endomorphism ψ of the twist, which acts on G2 as multiplication by p mod r (GLV/GLS method).
 * Immutable; equality compares affine points. A G2 value is always on the twist and in the order-r
 * subgroup: the public ways to make one ({@link #of}, {@link #fromEvm}, the constants and the group
 * operations) check or preserve it.
 */
public final class G2 implements GroupElement<G2> {
    private final CurvePoint<Fp2> point;

    /** Unchecked: for the arithmetic of this package only (the point must be in G2). */
    G2(CurvePoint<Fp2> point) {
        this.point = point;
    }

    /** The point on the twist {@link #CURVE}, in Jacobian coordinates. */
    public CurvePoint<Fp2> point() {
        return point;
    }

    /** b' = 3/ξ. */
    public static final Fp2 B = Fp2.of(3, 0).mul(Fp2.XI.inverse());
    /** The group order r. */
    public static final BigInteger ORDER = Fr.MODULUS;
    /** #E'(F_p²)/r = 2p − r. */
    public static final BigInteger COFACTOR = Fp.MODULUS.shiftLeft(1).subtract(Fr.MODULUS);
    /** The twist as a generic curve, with the generator of EIP-197. */
    public static final Curve<Fp2> CURVE = new Curve<>("BN254 G2 (twist over Fp2)", B, ORDER, COFACTOR,
            new Fp2(Fp.of(new BigInteger("10857046999023057135944570762232829481370756359578518086990519993285655852781")),
                    Fp.of(new BigInteger("11559732032986387107991004021392285783925812861821192530917403151452391805634"))),
            new Fp2(Fp.of(new BigInteger("8495653923123431417604973247489272438418190587263600148770280649306958101930")),
                    Fp.of(new BigInteger("4082367875863433681332203403145435568316851327593401208105741076214120093531"))));
    /** The generator of EIP-197. */
    public static final G2 GENERATOR = new G2(CURVE.generator());
    /** The point at infinity. */
    public static final G2 INFINITY = new G2(CURVE.infinity());

    /** ξ^((p−1)/3) and ξ^((p−1)/2): ψ(x, y) = (conj(x)·γx, conj(y)·γy) is the p-power Frobenius on the twist. */
    private static final Fp2 PSI_X = Fp2.XI.pow(Fp.MODULUS.subtract(BigInteger.ONE).divide(BigInteger.valueOf(3)));
    private static final Fp2 PSI_Y = Fp2.XI.pow(Fp.MODULUS.subtract(BigInteger.ONE).shiftRight(1));
    /** The eigenvalue of ψ on G2: ψ(Q) = (p mod r)·Q. */
    private static final BigInteger PSI_EIGENVALUE = Fp.MODULUS.mod(Fr.MODULUS);
    private static final Glv GLV = new Glv(PSI_EIGENVALUE);

    /** The BN parameter x of BN254: p = 36x⁴ + 36x³ + 24x² + 6x + 1 and r = 36x⁴ + 36x³ + 18x² + 6x + 1. */
    static final BigInteger BN_X = BigInteger.valueOf(4965661367192848881L);

    static {
        BigInteger x = BN_X, x2 = x.multiply(x), x3 = x2.multiply(x), x4 = x3.multiply(x);
        BigInteger common = x4.multiply(BigInteger.valueOf(36)).add(x3.multiply(BigInteger.valueOf(36))).add(x.multiply(BigInteger.valueOf(6))).add(BigInteger.ONE);
        if (!Fp.MODULUS.equals(common.add(x2.multiply(BigInteger.valueOf(24)))) || !ORDER.equals(common.add(x2.multiply(BigInteger.valueOf(18))))) {
            throw new IllegalStateException("G2: x is not BN254's parameter");
        }
        if (!GENERATOR.psi().point.equals(GENERATOR.point.mul(PSI_EIGENVALUE))) {
            throw new IllegalStateException("G2: the Frobenius endomorphism does not act as p mod r");
        }
    }

    /**
     * The affine point (x, y) of G2; throws IllegalArgumentException if it is not on the twist or not in the
     * order-r subgroup.
     */
    public static G2 of(Fp2 x, Fp2 y) {
        if (!CURVE.contains(x, y)) {
            throw new IllegalArgumentException("point is not on the twist y^2 = x^3 + 3/(9+u)");
        }
        CurvePoint<Fp2> p = new CurvePoint<>(CURVE, x, y, Fp2.ONE);
        if (!inSubgroup(p)) {
            throw new IllegalArgumentException("point is on the twist but not in the order-r subgroup G2");
        }
        return new G2(p);
    }

    /**
     * The affine points (xs[i], ys[i]) of G2, with (0, 0) standing for the point at infinity (as in a snarkjs key):
     * each checked on the twist, and all of them in the order-r subgroup at once by random linear combinations
     * ({@link #allInSubgroup}) instead of one endomorphism test per point. Throws IllegalArgumentException naming
     * the first point (by {@code name}) that is off the twist or, if a combination fails, outside G2.
     */
    public static List<G2> ofAll(List<Fp2> xs, List<Fp2> ys, IntFunction<String> name) {
        int n = xs.size();
        if (ys.size() != n) {
            throw new IllegalArgumentException(n + " x coordinates but " + ys.size() + " y coordinates");
        }
        G2[] out = new G2[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            Fp2 x = xs.get(i), y = ys.get(i);
            out[i] = x.isZero() && y.isZero() ? INFINITY
                    : CURVE.contains(x, y) ? new G2(new CurvePoint<>(CURVE, x, y, Fp2.ONE)) : null;
        });
        for (int i = 0; i < n; i++) {
            if (out[i] == null) {
                throw new IllegalArgumentException(name.apply(i) + " is not on the twist y^2 = x^3 + 3/(9+u)");
            }
        }
        List<G2> points = Arrays.asList(out);
        if (!allInSubgroup(points, new SecureRandom())) {
            int bad = IntStream.range(0, n).parallel().filter(i -> !inSubgroup(out[i].point)).min().orElseThrow(
                    () -> new IllegalStateException("a random combination left G2 although every point is in it"));
            throw new IllegalArgumentException(name.apply(bad) + " is on the twist but not in the order-r subgroup G2");
        }
        return List.copyOf(points);
    }

    /** Random linear combinations {@link #allInSubgroup} checks; each lets a point outside G2 pass with probability ≤ 2⁻¹¹. */
    static final int SUBGROUP_COMBINATIONS = 6;
    /** Bits of each random coefficient of those combinations (one MSM window each). */
    static final int SUBGROUP_COEFFICIENT_BITS = 11;

    /**
     * Whether points of the twist (not checked to be in G2) all lie in G2, by {@link #SUBGROUP_COMBINATIONS} random
     * linear combinations S = Σ ρᵢQᵢ with independent uniform {@link #SUBGROUP_COEFFICIENT_BITS}-bit ρᵢ, each an MSM of
     * one window, and one endomorphism test ({@link #inSubgroup}) of each S. Sound: E'(F_p²) is G2 × T with T cyclic of
     * order h = 2p − r = 10069 · 5864401 · 1875725156269 · q₁₇₇ (q₁₇₇ a 177-bit prime; r does not divide h), so
     * writing Qᵢ = gᵢ + tᵢ, S is in G2 exactly when Σ ρᵢtᵢ = O. If some t_j ≠ O, its order is at least 10069; fixing
     * the other coefficients, at most one of the 2¹¹ values of ρ_j makes the sum vanish (two that did would differ by a
     * multiple of the order, which exceeds 2¹¹), so one combination passes with probability at most 2⁻¹¹, and all six
     * with probability at most 2⁻⁶⁶. Integer coefficients cannot do better per combination than 1/10069 (ρ and
     * ρ + 10069 act alike on the part of order 10069), hence repetitions; 11-bit coefficients come close to that bound
     * with one window per MSM. Cost: six one-window MSMs (about six additions per point) instead of one 63-bit scalar
     * multiplication (about 90 additions and doublings) per point. The coefficients must be unpredictable to whoever
     * chose the points (a {@link SecureRandom} in {@link #ofAll}).
     */
    static boolean allInSubgroup(List<G2> points, RandomGenerator rng) {
        for (int k = 0; k < SUBGROUP_COMBINATIONS; k++) {
            Msm.Scalars rho = Msm.Scalars.random(points.size(), SUBGROUP_COEFFICIENT_BITS, rng);
            // one window of 2^11 buckets where the points outnumber them, the usual narrower windows below
            int c = points.size() >= 1 << 13 ? SUBGROUP_COEFFICIENT_BITS + 1 : Msm.windowBits(points.size());
            G2 s = Msm.pippenger(LIMBS, points, rho, Math.max(2, c));
            if (!inSubgroup(s.point)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The EVM encoding (EIP-197): x ‖ y with each F_p² coordinate written (imaginary, real) as 32-byte
     * big-endian words, 128 bytes; the point at infinity is all zeros.
     */
    public byte[] toEvm() {
        byte[] out = new byte[4 * G1.WORD];
        if (!isInfinity()) {
            Fp2 x = x(), y = y();
            System.arraycopy(x.c1().toBytes(), 0, out, 0, G1.WORD);
            System.arraycopy(x.c0().toBytes(), 0, out, G1.WORD, G1.WORD);
            System.arraycopy(y.c1().toBytes(), 0, out, 2 * G1.WORD, G1.WORD);
            System.arraycopy(y.c0().toBytes(), 0, out, 3 * G1.WORD, G1.WORD);
        }
        return out;
    }

    /**
     * Decodes the 128 bytes at {@code offset} as the EVM does (EIP-197): all zeros is the point at infinity;
     * throws IllegalArgumentException, naming the check, if a coordinate is not below p, the point is not on
     * the twist, or it is not in the order-r subgroup.
     */
    public static G2 fromEvm(byte[] in, int offset) {
        Fp xIm = G1.coordinate(in, offset, "x.imaginary");
        Fp xRe = G1.coordinate(in, offset + G1.WORD, "x.real");
        Fp yIm = G1.coordinate(in, offset + 2 * G1.WORD, "y.imaginary");
        Fp yRe = G1.coordinate(in, offset + 3 * G1.WORD, "y.real");
        Fp2 x = new Fp2(xRe, xIm), y = new Fp2(yRe, yIm);
        if (x.isZero() && y.isZero()) {
            return INFINITY;
        }
        if (!CURVE.contains(x, y)) {
            throw new IllegalArgumentException("is not on the twist y^2 = x^3 + 3/(9+u)");
        }
        CurvePoint<Fp2> q = new CurvePoint<>(CURVE, x, y, Fp2.ONE);
        if (!inSubgroup(q)) {
            throw new IllegalArgumentException("is not in the order-r subgroup G2");
        }
        return new G2(q);
    }

    /** The point at infinity, the identity of the group. */
    @Override
    public G2 identity() {
        return INFINITY;
    }

    /** Multi-scalar multiplication Σ kᵢ·Qᵢ in G2 (Pippenger's bucket method, see {@link Msm}). */
    public static G2 msm(List<G2> points, List<Fr> scalars) {
        return Msm.pippenger(LIMBS, points, scalars);
    }

    /** G2's points as raw limbs of F_p², for the batched-affine {@link Msm} engine. */
    public static final AffineLimbs<G2> LIMBS = new Limbs();

    /** {@link #LIMBS}: (X : Y : Z) as three F_p² elements, each c0's four Montgomery limbs then c1's. */
    private static final class Limbs implements AffineLimbs<G2> {
        @Override
        public LimbField field() {
            return LimbField.fp2();
        }

        @Override
        public void toJacobian(G2 q, long[] out, int o) {
            put(q.point.jacobianX(), out, o);
            put(q.point.jacobianY(), out, o + 8);
            put(q.point.jacobianZ(), out, o + 16);
        }

        private static void put(Fp2 a, long[] out, int o) {
            a.c0().montgomeryLimbs(out, o);
            a.c1().montgomeryLimbs(out, o + 4);
        }

        private static Fp2 get(long[] p, int o) {
            return new Fp2(Fp.ZERO.fromMontgomeryLimbs(p, o), Fp.ZERO.fromMontgomeryLimbs(p, o + 4));
        }

        @Override
        public G2 fromJacobian(long[] p, int o) {
            Fp2 z = get(p, o + 16);
            return z.isZero() ? INFINITY : new G2(new CurvePoint<>(CURVE, get(p, o), get(p, o + 8), z));
        }
    }

    /** ψ(Q): the Frobenius endomorphism of the twist, (X : Y : Z) ↦ (conj(X)·γx : conj(Y)·γy : conj(Z)). */
    public G2 psi() {
        return new G2(psi(point));
    }

    /** ψ on any point of the twist (it is an endomorphism of all of E'(F_p²), not only of G2). */
    static CurvePoint<Fp2> psi(CurvePoint<Fp2> q) {
        return new CurvePoint<>(CURVE, q.jacobianX().conjugate().mul(PSI_X), q.jacobianY().conjugate().mul(PSI_Y),
                q.jacobianZ().conjugate());
    }

    /**
     * Whether a point of the twist is in G2, by the endomorphism test of Dai, Lin, Zhao and Zhou ("Fast subgroup
     * membership testings for G1, G2 and GT on pairing-friendly curves", Des. Codes Cryptogr. 2023, IACR ePrint
     * 2022/348, BN curves): Q ∈ G2 ⇔ [x+1]Q + ψ([x]Q) + ψ²([x]Q) = ψ³([2x]Q), for BN254's x (the theorem's
     * conditions x ≢ 4 mod 13 and x ≢ 92 mod 97 hold: x ≡ 0 mod 13, x ≡ 49 mod 97). On G2 the identity holds
     * because ψ acts as p ≡ 6x² (mod r), so both sides are (x + 1 + 6x³ + 36x⁵)·Q = 432x⁷·Q; the theorem is
     * that no other point of E'(F_p²) satisfies it. Cost: one 63-bit scalar multiplication, a doubling, three
     * additions and six ψ's, against the 254-bit r·Q of {@link CurvePoint#isInSubgroup()} (El Housni,
     * Guillevic and Piellard, ePrint 2022/352, give the earlier test ψ(Q) = [6x²]Q, a 125-bit multiplication).
     * The point must be on the twist.
     */
    static boolean inSubgroup(CurvePoint<Fp2> q) {
        CurvePoint<Fp2> xq = q.mul(BN_X);
        CurvePoint<Fp2> psiXq = psi(xq);
        CurvePoint<Fp2> left = xq.add(q).add(psiXq).add(psi(psiXq));
        CurvePoint<Fp2> right = psi(psi(psi(xq.dbl())));
        return left.equals(right);
    }

    /** True for the point at infinity. */
    @Override
    public boolean isInfinity() {
        return point.isInfinity();
    }

    /** True if the point satisfies the twist's equation. */
    public boolean isOnCurve() {
        return point.isOnCurve();
    }

    /** True if on the twist and in the order-r subgroup (r·Q = O, tested by {@link #inSubgroup}'s endomorphism test). */
    public boolean isInSubgroup() {
        return point.isOnCurve() && inSubgroup(point);
    }

    /** P + Q. */
    @Override
    public G2 add(G2 q) {
        return new G2(point.add(q.point));
    }

    /** −P. */
    @Override
    public G2 neg() {
        return new G2(point.neg());
    }

    /** P − Q. */
    public G2 sub(G2 q) {
        return new G2(point.sub(q.point));
    }

    /** 2P. */
    @Override
    public G2 dbl() {
        return new G2(point.dbl());
    }

    /** k·P for a scalar in F_r. */
    @Override
    public G2 mul(Fr k) {
        return mul(k.toBigInteger());
    }

    /**
     * k·Q for any integer k: reduced mod r, split as k ≡ k₁ + k₂·(p mod r) with |kᵢ| ≈ √r, and computed as
     * k₁·Q + k₂·ψ(Q) with one shared chain of about 127 doublings (width-4 NAF digits, odd multiples up to 7).
     */
    public G2 mul(BigInteger k) {
        k = k.mod(ORDER);
        if (isInfinity() || k.signum() == 0) {
            return INFINITY;
        }
        BigInteger[] parts = GLV.decompose(k);
        G2 q1 = parts[0].signum() < 0 ? neg() : this;
        G2 q2 = (parts[1].signum() < 0 ? neg() : this).psi();
        int[] d1 = Naf.of(parts[0].abs(), 4), d2 = Naf.of(parts[1].abs(), 4);
        CurvePoint<Fp2>[] t1 = oddMultiples(q1.point), t2 = oddMultiples(q2.point);
        CurvePoint<Fp2> acc = CURVE.infinity();
        for (int i = Math.max(d1.length, d2.length) - 1; i >= 0; i--) {
            acc = acc.dbl();
            if (i < d1.length && d1[i] != 0) {
                acc = acc.add(d1[i] > 0 ? t1[d1[i] >> 1] : t1[(-d1[i]) >> 1].neg());
            }
            if (i < d2.length && d2[i] != 0) {
                acc = acc.add(d2[i] > 0 ? t2[d2[i] >> 1] : t2[(-d2[i]) >> 1].neg());
            }
        }
        return new G2(acc);
    }

    @SuppressWarnings("unchecked")
    private static CurvePoint<Fp2>[] oddMultiples(CurvePoint<Fp2> p) {
        CurvePoint<Fp2>[] t = new CurvePoint[4];
        t[0] = p;
        CurvePoint<Fp2> twice = p.dbl();
        for (int i = 1; i < t.length; i++) {
            t[i] = t[i - 1].add(twice);
        }
        return t;
    }

    /** The same point with Z = 1. */
    public G2 toAffine() {
        return new G2(point.toAffine());
    }

    /** Affine x; throws ArithmeticException for the point at infinity. */
    public Fp2 x() {
        return point.x();
    }

    /** Affine y; throws ArithmeticException for the point at infinity. */
    public Fp2 y() {
        return point.y();
    }

    /** Same affine point. */
    @Override
    public boolean equals(Object o) {
        return o instanceof G2 && ((G2) o).point.equals(point);
    }

    @Override
    public int hashCode() {
        return point.hashCode();
    }

    /** "(x, y)" affine, or "O". */
    @Override
    public String toString() {
        return point.toString();
    }
}
