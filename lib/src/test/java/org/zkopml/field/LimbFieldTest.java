package org.zkopml.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The raw-limb fields ({@link LimbField}: F_p, F_r, F_p²) agree with the element types ({@link Fp}, {@link Fr},
 * {@link Fp2}) on every operation, for random values and the extremes 0, 1, −1 and p − 2 in each coordinate (where the
 * lazy reduction of the F_p² product has its negative intermediate), with results aliasing their inputs.
 */
class LimbFieldTest {

    static List<Fp> fpValues(SplittableRandom rng) {
        List<Fp> v = new ArrayList<>(List.of(Fp.ZERO, Fp.ONE, Fp.ONE.neg(), Fp.of(-2), Fp.of(2)));
        for (int i = 0; i < 25; i++) v.add(Fp.random(rng));
        return v;
    }

    static long[] limbs(Fp2 a) {
        long[] l = new long[8];
        a.c0().montgomeryLimbs(l, 0);
        a.c1().montgomeryLimbs(l, 4);
        return l;
    }

    static Fp2 fp2(long[] l, int o) {
        return new Fp2(Fp.ZERO.fromMontgomeryLimbs(l, o), Fp.ZERO.fromMontgomeryLimbs(l, o + 4));
    }

    @Test
    void fp2LimbsAgreeWithFp2Elements() {
        SplittableRandom rng = new SplittableRandom(31);
        List<Fp> v = fpValues(rng);
        LimbField f = LimbField.fp2();
        assertEquals(8, f.width());
        for (int i = 0; i < 400; i++) {
            Fp2 a = new Fp2(v.get(rng.nextInt(v.size())), v.get(rng.nextInt(v.size())));
            Fp2 b = new Fp2(v.get(rng.nextInt(v.size())), v.get(rng.nextInt(v.size())));
            long[] x = limbs(a), y = limbs(b), r = new long[8];
            f.mul(x, 0, y, 0, r, 0);
            assertEquals(a.mul(b), fp2(r, 0), "mul " + a + " · " + b);
            f.square(x, 0, r, 0);
            assertEquals(a.square(), fp2(r, 0), "square");
            f.add(x, 0, y, 0, r, 0);
            assertEquals(a.add(b), fp2(r, 0), "add");
            f.sub(x, 0, y, 0, r, 0);
            assertEquals(a.sub(b), fp2(r, 0), "sub");
            f.neg(x, 0, r, 0);
            assertEquals(a.neg(), fp2(r, 0), "neg");
            assertEquals(a.isZero(), f.isZero(x, 0));
            assertEquals(a.equals(b), f.equal(x, 0, y, 0));
            if (!a.isZero()) {
                f.inverse(x, 0, r, 0);
                assertEquals(a.inverse(), fp2(r, 0), "inverse");
            }
            long[] alias = x.clone();
            f.mul(alias, 0, y, 0, alias, 0);                       // the result over its first input
            assertEquals(a.mul(b), fp2(alias, 0), "aliased mul");
        }
        long[] one = new long[8];
        f.one(one, 0);
        assertTrue(fp2(one, 0).isOne());
    }

    @Test
    void primeLimbsAgreeWithElements() {
        SplittableRandom rng = new SplittableRandom(32);
        for (LimbField f : new LimbField[] {LimbField.FP, LimbField.FR}) {
            for (int i = 0; i < 300; i++) {
                long[] x = new long[4], y = new long[4], r = new long[4];
                if (f == LimbField.FP) {
                    Fp a = i == 0 ? Fp.ONE.neg() : Fp.random(rng), b = i == 1 ? Fp.ZERO : Fp.random(rng);
                    a.montgomeryLimbs(x, 0);
                    b.montgomeryLimbs(y, 0);
                    f.mul(x, 0, y, 0, r, 0);
                    assertEquals(a.mul(b), Fp.ZERO.fromMontgomeryLimbs(r, 0));
                    f.square(x, 0, r, 0);
                    assertEquals(a.square(), Fp.ZERO.fromMontgomeryLimbs(r, 0));
                    f.neg(x, 0, r, 0);
                    assertEquals(a.neg(), Fp.ZERO.fromMontgomeryLimbs(r, 0));
                    f.inverse(x, 0, r, 0);
                    assertEquals(a.inverse(), Fp.ZERO.fromMontgomeryLimbs(r, 0));
                } else {
                    Fr a = Fr.random(rng), b = Fr.random(rng);
                    a.montgomeryLimbs(x, 0);
                    b.montgomeryLimbs(y, 0);
                    f.mul(x, 0, y, 0, r, 0);
                    assertEquals(a.mul(b), Fr.ZERO.fromMontgomeryLimbs(r, 0));
                    f.sub(x, 0, y, 0, r, 0);
                    assertEquals(a.sub(b), Fr.ZERO.fromMontgomeryLimbs(r, 0));
                    f.inverse(x, 0, r, 0);
                    assertEquals(a.inverse(), Fr.ZERO.fromMontgomeryLimbs(r, 0));
                }
            }
        }
    }

    /** The binary extended Euclid of the limb fields against BigInteger.modInverse, at the edges and at random. */
    @Test
    void binaryInverseAgreesWithBigInteger() {
        Random rng = new Random(7);
        for (BigInteger p : List.of(Fp.MODULUS, Fr.MODULUS)) {
            long[] limbs = MontgomeryParams.limbs(p);
            List<BigInteger> xs = new ArrayList<>(List.of(BigInteger.ONE,
                    BigInteger.TWO, p.subtract(BigInteger.ONE), p.subtract(BigInteger.TWO),
                    BigInteger.ONE.shiftLeft(253), BigInteger.ONE.shiftLeft(64),
                    BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)));
            for (int k = 0; k < 2000; k++) xs.add(new BigInteger(254, rng).mod(p.subtract(BigInteger.ONE)).add(BigInteger.ONE));
            for (BigInteger x : xs) {
                long[] out = new long[4];
                PrimeLimbField.binaryInverse(MontgomeryParams.limbs(x), 0, limbs, out);
                assertEquals(x.modInverse(p), MontgomeryParams.fromLimbs(out[0], out[1], out[2], out[3]), "1/" + x + " mod " + p);
            }
        }
    }
}
