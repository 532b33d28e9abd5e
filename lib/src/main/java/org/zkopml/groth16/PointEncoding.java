package org.zkopml.groth16;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.field.Fp;
import org.zkopml.field.Fp2;
import org.zkopml.r1cs.IdenBinaryFile;

/**
 * The two byte layouts of BN254 points in snarkjs's files and hashes (ffjavascript/wasmcurves):
 * <ul>
 *   <li><b>LEM</b> (in {@code .ptau} and {@code .zkey} sections): each F_p coordinate as 32 little-endian bytes of
 *       its Montgomery form x·2²⁵⁶ mod p — the kit's own limbs — G1 as x, y, G2 as x.c0, x.c1, y.c0, y.c1, the
 *       point at infinity as zeros;</li>
 *   <li><b>uncompressed</b> (what contribution hashes and the circuit hash absorb): canonical big-endian
 *       coordinates, G1 as x, y, and an F_p² element as c1 then c0 (the 64-byte little-endian pair reversed),
 *       the point at infinity as zeros.</li>
 * </ul>
 * Reading checks that every coordinate is below p and the point on its curve (and G2 in its subgroup), with
 * the section and the point named in the one-line error.
 */
final class PointEncoding {
    static final int G1_BYTES = 64, G2_BYTES = 128;

    private PointEncoding() {
    }

    // ---------------------------------------------------------------- LEM, for files

    static void putLem(IdenBinaryFile.Section s, G1 p) {
        if (p.isInfinity()) {
            for (int i = 0; i < 8; i++) s.u64(0);
            return;
        }
        G1 a = p.toAffine();
        lem(s, a.x());
        lem(s, a.y());
    }

    static void putLem(IdenBinaryFile.Section s, G2 p) {
        if (p.isInfinity()) {
            for (int i = 0; i < 16; i++) s.u64(0);
            return;
        }
        G2 a = p.toAffine();
        lem(s, a.x().c0());
        lem(s, a.x().c1());
        lem(s, a.y().c0());
        lem(s, a.y().c1());
    }

    static IdenBinaryFile.Section g1Section(List<G1> points) {
        IdenBinaryFile.Section s = new IdenBinaryFile.Section();
        for (G1 p : G1.batchToAffine(points)) putLem(s, p);
        return s;
    }

    static IdenBinaryFile.Section g2Section(List<G2> points) {
        IdenBinaryFile.Section s = new IdenBinaryFile.Section();
        for (G2 p : points) putLem(s, p);
        return s;
    }

    private static void lem(IdenBinaryFile.Section s, Fp v) {
        long[] l = new long[4];
        v.montgomeryLimbs(l, 0);
        for (long x : l) s.u64(x);
    }

    static G1 readG1(IdenBinaryFile.Reader r, String what) {
        Fp x = readFp(r, what + ".x"), y = readFp(r, what + ".y");
        if (x.isZero() && y.isZero()) return G1.INFINITY;
        try {
            return G1.of(x, y);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(r.where() + ": " + what + " is not on the curve y² = x³ + 3");
        }
    }

    static G2 readG2(IdenBinaryFile.Reader r, String what) {
        Fp x0 = readFp(r, what + ".x.c0"), x1 = readFp(r, what + ".x.c1");
        Fp y0 = readFp(r, what + ".y.c0"), y1 = readFp(r, what + ".y.c1");
        if (x0.isZero() && x1.isZero() && y0.isZero() && y1.isZero()) return G2.INFINITY;
        try {
            return G2.of(new Fp2(x0, x1), new Fp2(y0, y1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(r.where() + ": " + what + " is not a point of G2 (" + e.getMessage() + ")");
        }
    }

    static List<G1> readG1s(IdenBinaryFile.Reader r, int n, String what) {
        List<G1> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(readG1(r, what + "[" + i + "]"));
        return out;
    }

    static List<G2> readG2s(IdenBinaryFile.Reader r, int n, String what) {
        List<G2> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(readG2(r, what + "[" + i + "]"));
        return out;
    }

    private static final long[] P = {0x3c208c16d87cfd47L, 0x97816a916871ca8dL, 0xb85045b68181585dL, 0x30644e72e131a029L};

    private static Fp readFp(IdenBinaryFile.Reader r, String what) {
        byte[] b = r.bytes(32, what);
        long[] limbs = new long[4];
        for (int i = 0; i < 4; i++) {
            long v = 0;
            for (int k = 7; k >= 0; k--) v = (v << 8) | (b[8 * i + k] & 0xff);
            limbs[i] = v;
        }
        if (!belowP(limbs)) throw new IllegalArgumentException(r.where() + ": " + what + " is not below p");
        return Fp.ZERO.fromMontgomeryLimbs(limbs, 0);
    }

    private static boolean belowP(long[] x) {
        for (int i = 3; i >= 0; i--) {
            int cmp = Long.compareUnsigned(x[i], P[i]);
            if (cmp != 0) return cmp < 0;
        }
        return false;
    }

    // ---------------------------------------------------------------- uncompressed, for hashes

    static byte[] uncompressed(G1 p) {
        byte[] out = new byte[G1_BYTES];
        if (p.isInfinity()) return out;
        G1 a = p.toAffine();
        System.arraycopy(a.x().toBytes(), 0, out, 0, 32);
        System.arraycopy(a.y().toBytes(), 0, out, 32, 32);
        return out;
    }

    static byte[] uncompressed(G2 p) {
        byte[] out = new byte[G2_BYTES];
        if (p.isInfinity()) return out;
        G2 a = p.toAffine();
        System.arraycopy(a.x().c1().toBytes(), 0, out, 0, 32);
        System.arraycopy(a.x().c0().toBytes(), 0, out, 32, 32);
        System.arraycopy(a.y().c1().toBytes(), 0, out, 64, 32);
        System.arraycopy(a.y().c0().toBytes(), 0, out, 96, 32);
        return out;
    }

    /** The uncompressed bytes of many G1 points, one after another (normalised to affine in one batch). */
    static byte[] uncompressedG1s(List<G1> points) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(points.size() * G1_BYTES);
        for (G1 p : G1.batchToAffine(points)) out.writeBytes(uncompressed(p));
        return out.toByteArray();
    }

    /** Compressed: x big-endian (F_p² as c1, c0), 0x80 in the first byte when y is "negative", 0x40 alone for O. */
    static byte[] compressed(G1 p) {
        byte[] out = new byte[32];
        if (p.isInfinity()) {
            out[0] = 0x40;
            return out;
        }
        G1 a = p.toAffine();
        System.arraycopy(a.x().toBytes(), 0, out, 0, 32);
        if (negative(a.y())) out[0] |= (byte) 0x80;
        return out;
    }

    static byte[] compressed(G2 p) {
        byte[] out = new byte[64];
        if (p.isInfinity()) {
            out[0] = 0x40;
            return out;
        }
        G2 a = p.toAffine();
        System.arraycopy(a.x().c1().toBytes(), 0, out, 0, 32);
        System.arraycopy(a.x().c0().toBytes(), 0, out, 32, 32);
        if (HashToG2.isNegative(a.y())) out[0] |= (byte) 0x80;
        return out;
    }

    private static final java.math.BigInteger HALF = Fp.MODULUS.shiftRight(1);

    private static boolean negative(Fp y) {
        return y.toBigInteger().compareTo(HALF) > 0;
    }

    static byte[] uncompressedG2s(List<G2> points) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(points.size() * G2_BYTES);
        for (G2 p : points) out.writeBytes(uncompressed(p));
        return out.toByteArray();
    }
}
