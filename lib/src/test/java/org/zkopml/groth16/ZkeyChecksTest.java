package org.zkopml.groth16;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zkopml.curve.G2;
import org.zkopml.field.Fp;
import org.zkopml.field.Fp2;
import org.zkopml.field.Fr;
import org.zkopml.r1cs.CircuitBuilder;

/**
 * What reading a {@code .zkey} checks ({@link Zkey}): a verifying-key point off its curve or (for G2) outside the
 * order-r subgroup, a proving-key G1 point off the curve, a B₂ point outside G2 (found by the batched check) and a
 * coefficient not below r are each refused with one line naming the file, the section and the point; the untouched
 * key reads back equal to the one written.
 */
class ZkeyChecksTest {
    static byte[] zkey;
    static ProvingKey pk;

    @BeforeAll
    static void writeOne() {
        CircuitBuilder.Built ex = ExampleCircuits.chain(40, 3);
        pk = Setup.generate(ex.system(), new SplittableRandom(7)).provingKey();
        zkey = Zkey.toBytes(pk);
    }

    /** The offset of section {@code type}'s payload in the container. */
    static int section(byte[] b, int type) {
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int count = buf.getInt(8), pos = 12;
        for (int i = 0; i < count; i++) {
            int t = buf.getInt(pos);
            long size = buf.getLong(pos + 4);
            if (t == type) return pos + 12;
            pos += 12 + (int) size;
        }
        throw new AssertionError("no section " + type);
    }

    /** Writes x as 32 little-endian bytes of its Montgomery form x·2²⁵⁶ mod p (the file's "LEM" coordinates). */
    static void putLem(byte[] b, int at, Fp x) {
        long[] l = new long[4];
        x.montgomeryLimbs(l, 0);
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 4; i++) buf.putLong(at + 8 * i, l[i]);
    }

    static void putG2(byte[] b, int at, Fp2 x, Fp2 y) {
        putLem(b, at, x.c0());
        putLem(b, at + 32, x.c1());
        putLem(b, at + 64, y.c0());
        putLem(b, at + 96, y.c1());
    }

    static String refused(byte[] b) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Zkey.parse(b, "k.zkey"));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("k.zkey"), e.getMessage());
        return e.getMessage();
    }

    /** The header's offset of a verifying-key point: after n8q, q, n8r, r, nVars, nPublic, domainSize. */
    static final int HEADER_POINTS = 4 + 32 + 4 + 32 + 12;
    static final int BETA2 = HEADER_POINTS + 128, GAMMA2 = BETA2 + 128, DELTA2 = GAMMA2 + 128 + 64;

    @Test
    void theUntouchedKeyReadsBack() {
        ProvingKey back = Zkey.parse(zkey, "k.zkey");
        assertEquals(pk.vk().delta2(), back.vk().delta2());
        assertEquals(pk.b2(), back.b2());
        assertEquals(pk.h(), back.h());
        assertEquals(pk.qap().toString(), back.qap().toString());
    }

    @Test
    void verifyingKeyPointsAreCheckedFully() {
        int header = section(zkey, 2);
        byte[] off = zkey.clone();
        off[header + GAMMA2] ^= 1;                                   // γ₂.x.c0 changed: off the twist
        assertTrue(refused(off).contains("gamma2 is not a point of G2"), refused(off));
        byte[] outside = zkey.clone();
        Fp2[] t = twistPointOutsideG2();
        putG2(outside, header + DELTA2, t[0], t[1]);                 // δ₂ on the twist, outside G2
        String m = refused(outside);
        assertTrue(m.contains("delta2") && m.contains("not in the order-r subgroup"), m);
        byte[] ic = zkey.clone();
        ic[section(zkey, 3) + 64 + 32] ^= 1;                         // IC_1.y changed
        assertTrue(refused(ic).contains("IC[1] is not on the curve"), refused(ic));
    }

    @Test
    void provingKeyPointsAreCheckedForWhatTheProverNeeds() {
        byte[] a = zkey.clone();
        a[section(zkey, 5) + 64 * 3 + 32] ^= 1;                      // A[3].y changed
        assertTrue(refused(a).contains("section 5 (A): A[3] is not on the curve"), refused(a));
        byte[] b2 = zkey.clone();
        Fp2[] t = twistPointOutsideG2();
        putG2(b2, section(zkey, 7) + 128 * 5, t[0], t[1]);           // B₂[5] on the twist, outside G2
        String m = refused(b2);
        assertTrue(m.contains("section 7 (B2): B2[5] is on the twist but not in the order-r subgroup G2"), m);
        byte[] above = zkey.clone();
        putRaw(above, section(zkey, 9) + 64 * 2, Fp.MODULUS);        // H[2].x = p: not a coordinate
        assertTrue(refused(above).contains("H[2].x is not below p"), refused(above));
        byte[] coef = zkey.clone();
        putRaw(coef, section(zkey, 4) + 4 + 12, Fr.MODULUS);         // the first coefficient = r
        assertTrue(refused(coef).contains("coefficient 0 is not below the prime r"), refused(coef));
    }

    static void putRaw(byte[] b, int at, BigInteger v) {
        for (int i = 0; i < 32; i++) b[at + i] = v.shiftRight(8 * i).byteValue();
    }

    /** A point of the twist outside G2: x = 1, 2, … until x³ + b' is a square (the cofactor is about p). */
    static Fp2[] twistPointOutsideG2() {
        BigInteger p = Fp.MODULUS;
        for (long x = 1; ; x++) {
            Fp2 fx = Fp2.of(x, 0);
            Fp2 rhs = fx.square().mul(fx).add(G2.B);
            // square root in F_p² for p ≡ 3 mod 4 (Adj and Rodríguez-Henríquez 2012, Algorithm 9)
            Fp2 a1 = rhs.pow(p.subtract(BigInteger.valueOf(3)).shiftRight(2));
            Fp2 alpha = a1.square().mul(rhs);
            Fp2 x0 = a1.mul(rhs);
            Fp2 y = alpha.equals(Fp2.ONE.neg()) ? new Fp2(x0.c1().neg(), x0.c0())
                    : alpha.add(Fp2.ONE).pow(p.subtract(BigInteger.ONE).shiftRight(1)).mul(x0);
            if (y.square().equals(rhs)) {
                assertThrows(IllegalArgumentException.class, () -> G2.of(fx, y), "outside G2");
                return new Fp2[] {fx, y};
            }
        }
    }
}
