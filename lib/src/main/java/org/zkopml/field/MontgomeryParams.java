package org.zkopml.field;

import java.math.BigInteger;

/**
 * The constants of a prime field of fewer than 255 bits in Montgomery form with R = 2²⁵⁶: an element a is
 * stored as aR mod p in four little-endian 64-bit limbs. The parameters are data computed from the modulus
 * alone, so Fp and Fr share one implementation ({@link MontgomeryElement}).
 *
 * @param modulus    the prime p (must be below 2²⁵⁴ so sums of two elements never overflow 256 bits)
 * @param p0         limb 0 of p (least significant)
 * @param p1         limb 1 of p
 * @param p2         limb 2 of p
 * @param p3         limb 3 of p
 * @param negPInv    −p⁻¹ mod 2⁶⁴ (the per-word reduction factor of Montgomery's algorithm)
 * @param r2         R² mod p as four limbs (multiplying by it converts into Montgomery form)
 * @param rModP      R mod p as four limbs (the Montgomery form of 1)
 */
public record MontgomeryParams(BigInteger modulus, long p0, long p1, long p2, long p3, long negPInv,
                               long[] r2, long[] rModP) {

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** Copies the arrays, so the record stays immutable. */
    public MontgomeryParams {
        r2 = r2.clone();
        rModP = rModP.clone();
    }

    /** R² mod p as four limbs (a copy). */
    @Override
    public long[] r2() {
        return r2.clone();
    }

    /** R mod p as four limbs (a copy). */
    @Override
    public long[] rModP() {
        return rModP.clone();
    }

    /** Computes all the constants from the prime p. */
    public static MontgomeryParams of(BigInteger p) {
        if (p.bitLength() > 254 || !p.testBit(0)) {
            throw new IllegalArgumentException("modulus must be an odd number below 2^254, got " + p);
        }
        long[] pl = limbs(p);
        BigInteger negInv = p.mod(TWO_64).modInverse(TWO_64).negate().mod(TWO_64);
        BigInteger r = BigInteger.ONE.shiftLeft(256);
        return new MontgomeryParams(p, pl[0], pl[1], pl[2], pl[3], negInv.longValue(),
                limbs(r.multiply(r).mod(p)), limbs(r.mod(p)));
    }

    /** The four little-endian 64-bit limbs of 0 ≤ x < 2²⁵⁶. */
    public static long[] limbs(BigInteger x) {
        long[] out = new long[4];
        for (int i = 0; i < 4; i++) {
            out[i] = x.shiftRight(64 * i).longValue();
        }
        return out;
    }

    /** The number with the given four little-endian limbs. */
    public static BigInteger fromLimbs(long l0, long l1, long l2, long l3) {
        byte[] be = new byte[33];
        long[] l = {l0, l1, l2, l3};
        for (int i = 0; i < 4; i++) {
            for (int b = 0; b < 8; b++) {
                be[32 - 8 * i - b] = (byte) (l[i] >>> (8 * b));
            }
        }
        return new BigInteger(be);
    }
}
