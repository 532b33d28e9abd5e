package org.zkopml.field;

import java.math.BigInteger;

/**
 * A Montgomery prime field (Fp or Fr) as a {@link LimbField} of width 4: {@link LimbArithmetic} with the field's
 * {@link MontgomeryParams}. Stateless, so one instance serves every thread.
 */
final class PrimeLimbField implements LimbField {
    private final MontgomeryParams f;
    /** R³ mod p as Montgomery limbs: mont(x⁻¹, R³) = x⁻¹·R² turns the inverse of a Montgomery form into one. */
    private final long[] r3;
    /** p as four limbs. */
    private final long[] p;
    private final long[] zero = new long[4];
    private final long[] one;

    PrimeLimbField(MontgomeryParams f) {
        this.f = f;
        BigInteger r = BigInteger.ONE.shiftLeft(256);
        this.r3 = MontgomeryParams.limbs(r.pow(3).mod(f.modulus()));
        this.p = new long[] {f.p0(), f.p1(), f.p2(), f.p3()};
        this.one = f.rModP();
    }

    @Override
    public int width() {
        return 4;
    }

    @Override
    public void mul(long[] a, int ao, long[] b, int bo, long[] r, int ro) {
        LimbArithmetic.mul(f, a, ao, b, bo, r, ro);
    }

    @Override
    public void square(long[] a, int ao, long[] r, int ro) {
        LimbArithmetic.mul(f, a, ao, a, ao, r, ro);
    }

    @Override
    public void add(long[] a, int ao, long[] b, int bo, long[] r, int ro) {
        LimbArithmetic.add(f, a, ao, b, bo, r, ro);
    }

    @Override
    public void sub(long[] a, int ao, long[] b, int bo, long[] r, int ro) {
        LimbArithmetic.sub(f, a, ao, b, bo, r, ro);
    }

    @Override
    public void neg(long[] a, int ao, long[] r, int ro) {
        LimbArithmetic.sub(f, zero, 0, a, ao, r, ro);
    }

    /**
     * The Montgomery form ā = aR of a has inverse (ā)⁻¹ = a⁻¹R⁻¹ as an integer mod p, found by the binary extended
     * Euclidean algorithm on the limbs (below); one Montgomery product with R³ makes it a⁻¹R, the Montgomery form of
     * a⁻¹.
     */
    @Override
    public void inverse(long[] a, int ao, long[] r, int ro) {
        if (LimbArithmetic.isZero(a, ao)) {
            throw new ArithmeticException("zero has no inverse");
        }
        long[] inv = new long[4];
        binaryInverse(a, ao, p, inv);
        LimbArithmetic.mul(f, inv, 0, r3, 0, r, ro);
    }

    /**
     * x⁻¹ mod p for 0 &lt; x &lt; p (p an odd prime below 2²⁵⁴), by the binary extended Euclidean algorithm (Menezes, van
     * Oorschot and Vanstone, Handbook of Applied Cryptography, Algorithm 14.61, in the form for an odd modulus): it keeps
     * the invariants x₁·x ≡ u and x₂·x ≡ v (mod p), starting from u = x, x₁ = 1, v = p, x₂ = 0, halves
     * whichever of u, v is even (halving x₁ or x₂ mod p, adding p first when it is odd) and subtracts the smaller from
     * the larger, until u or v is 1. Shifts and subtractions on four limbs only: several times cheaper than
     * BigInteger's to compile, which a short command pays for. Not constant-time, like the BigInteger.modInverse it
     * replaced.
     */
    static void binaryInverse(long[] x, int xo, long[] p, long[] out) {
        long[] u = {x[xo], x[xo + 1], x[xo + 2], x[xo + 3]};
        long[] v = p.clone();
        long[] x1 = {1, 0, 0, 0};
        long[] x2 = {0, 0, 0, 0};
        while (!isOne(u) && !isOne(v)) {
            while ((u[0] & 1) == 0) {
                halve(u);
                halveModP(x1, p);
            }
            while ((v[0] & 1) == 0) {
                halve(v);
                halveModP(x2, p);
            }
            if (!below(u, v)) {
                subtract(u, v);
                subtractModP(x1, x2, p);
            } else {
                subtract(v, u);
                subtractModP(x2, x1, p);
            }
        }
        System.arraycopy(isOne(u) ? x1 : x2, 0, out, 0, 4);
    }

    private static boolean isOne(long[] a) {
        return a[0] == 1 && (a[1] | a[2] | a[3]) == 0;
    }

    private static boolean below(long[] a, long[] b) {
        return LimbArithmetic.below(a[0], a[1], a[2], a[3], b[0], b[1], b[2], b[3]);
    }

    /** a ← a / 2 (a even). */
    private static void halve(long[] a) {
        a[0] = (a[0] >>> 1) | (a[1] << 63);
        a[1] = (a[1] >>> 1) | (a[2] << 63);
        a[2] = (a[2] >>> 1) | (a[3] << 63);
        a[3] >>>= 1;
    }

    /** a ← a / 2 mod p for 0 ≤ a &lt; p: a / 2 when a is even, (a + p) / 2 when it is odd (a + p &lt; 2²⁵⁵ fits). */
    private static void halveModP(long[] a, long[] p) {
        if ((a[0] & 1) != 0) add(a, p);
        halve(a);
    }

    /** a ← a + b (no carry out: both below 2²⁵⁴). */
    private static void add(long[] a, long[] b) {
        long carry = 0;
        for (int i = 0; i < 4; i++) {
            long s = a[i] + b[i];
            long c1 = Long.compareUnsigned(s, a[i]) < 0 ? 1 : 0;
            long t = s + carry;
            long c2 = Long.compareUnsigned(t, s) < 0 ? 1 : 0;
            a[i] = t;
            carry = c1 | c2;
        }
    }

    /** a ← a − b for a ≥ b. */
    private static void subtract(long[] a, long[] b) {
        long borrow = 0;
        for (int i = 0; i < 4; i++) {
            long d = a[i] - b[i];
            long b1 = Long.compareUnsigned(a[i], b[i]) < 0 ? 1 : 0;
            long e = d - borrow;
            long b2 = Long.compareUnsigned(d, borrow) < 0 ? 1 : 0;
            a[i] = e;
            borrow = b1 | b2;
        }
    }

    /** a ← a − b mod p for 0 ≤ a, b &lt; p. */
    private static void subtractModP(long[] a, long[] b, long[] p) {
        if (below(a, b)) add(a, p);
        subtract(a, b);
    }

    @Override
    public void one(long[] r, int ro) {
        System.arraycopy(one, 0, r, ro, 4);
    }

    @Override
    public boolean isZero(long[] a, int ao) {
        return LimbArithmetic.isZero(a, ao);
    }

    @Override
    public boolean equal(long[] a, int ao, long[] b, int bo) {
        return LimbArithmetic.equal(a, ao, b, bo);
    }

    @Override
    public LimbField forThread() {
        return this;
    }
}
