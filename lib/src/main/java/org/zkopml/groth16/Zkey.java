package org.zkopml.groth16;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zkopml.curve.CurvePoint;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.field.Fp;
import org.zkopml.field.Fp2;
import org.zkopml.field.Fr;
import org.zkopml.r1cs.IdenBinaryFile;

/**
 * snarkjs's Groth16 proving key file {@code .zkey} (iden3 container, magic {@code zkey}), as snarkjs 0.7.6
 * writes it after {@code groth16 setup} and {@code zkey contribute}:
 * <ol>
 *   <li>section 1: u32 protocol (1 = Groth16);</li>
 *   <li>section 2: n8q, q, n8r, r, nVars, nPublic, domainSize (u32), then α₁, β₁, β₂, γ₂, δ₁, δ₂;</li>
 *   <li>section 3: IC_0..IC_ℓ; 4: the coefficients of A and B (u32 count, then per term u32 matrix, u32 row,
 *       u32 wire and the value); 5: A; 6: B₁; 7: B₂ (one point per wire); 8: L (the private wires);
 *       9: H (domainSize points); 10: the contributions' hashes and proofs (not read here).</li>
 * </ol>
 * Points are stored "LEM": each coordinate little-endian in Montgomery form x·2²⁵⁶ mod p (which is exactly the
 * kit's own limb representation), G2 coordinates as c0 then c1, the point at infinity as zeros. A coefficient
 * c is stored as the canonical little-endian value of c·R² mod r (R = 2²⁵⁶), because snarkjs's prover
 * multiplies it with the raw witness in Montgomery arithmetic (cR²·w·R⁻¹ = (cw)·R). Row m + s holds A = w_s
 * for each public wire s, as in {@link Qap}, whose layout this file shares.
 */
public final class Zkey {
    private static final Fr R_INVERSE = Fr.of(BigInteger.ONE.shiftLeft(256).mod(Fr.MODULUS)).inverse();
    private static final Fr R2 = Fr.of(BigInteger.ONE.shiftLeft(512).mod(Fr.MODULUS));

    private Zkey() {
    }

    /** Reads a Groth16 {@code .zkey}; malformed input throws IllegalArgumentException naming the file. */
    public static ProvingKey read(Path file) {
        return decode(IdenBinaryFile.read(file, "zkey"));
    }

    /** Parses {@code .zkey} bytes; {@code name} names the source in errors. */
    public static ProvingKey parse(byte[] bytes, String name) {
        return decode(IdenBinaryFile.parse(bytes, name, "zkey"));
    }

    private static ProvingKey decode(IdenBinaryFile f) {
        if (f.version() < 1 || f.version() > 2) throw new IllegalArgumentException(f.name() + ": .zkey version " + f.version() + ", expected 1 or 2");
        IdenBinaryFile.Reader s1 = f.section(1, "protocol");
        int protocol = s1.u32("protocol");
        if (protocol != 1) throw new IllegalArgumentException(f.name() + ": protocol " + protocol + ", expected 1 (Groth16)");
        IdenBinaryFile.Reader h = f.section(2, "Groth16 header");
        int n8q = h.u32("n8q");
        if (n8q != 32) throw new IllegalArgumentException(h.where() + ": n8q = " + n8q + ", expected 32 (BN254)");
        BigInteger q = h.bigInt(32, "q");
        if (!q.equals(Fp.MODULUS)) throw new IllegalArgumentException(h.where() + ": base prime " + q + " is not BN254's p");
        h.expectScalarPrime();
        int nVars = h.u32("nVars"), nPublic = h.u32("nPublic"), domainSize = h.u32("domainSize");
        if (domainSize == 0 || Integer.bitCount(domainSize) != 1 || domainSize > (1 << 28)) {
            throw new IllegalArgumentException(h.where() + ": domainSize " + domainSize + " is not a power of two up to 2^28");
        }
        if (nVars < nPublic + 1) throw new IllegalArgumentException(h.where() + ": nVars " + nVars + " < nPublic + 1 = " + (nPublic + 1));
        G1 alpha1 = g1(h, "alpha1"), beta1 = g1(h, "beta1");
        G2 beta2 = g2(h, "beta2"), gamma2 = g2(h, "gamma2");
        G1 delta1 = g1(h, "delta1");
        G2 delta2 = g2(h, "delta2");
        List<G1> ic = g1s(f.section(3, "IC"), nPublic + 1, "IC");
        IdenBinaryFile.Reader c = f.section(4, "coefficients");
        int count = c.u32("coefficient count");
        if ((long) count * 44 != c.remaining()) {
            throw new IllegalArgumentException(c.where() + ": " + count + " coefficients need " + (long) count * 44 + " bytes, the section has " + c.remaining());
        }
        int[] matrix = new int[count], row = new int[count], wire = new int[count];
        Fr[] coef = new Fr[count];
        long[] limbs = new long[4];
        for (int t = 0; t < count; t++) {
            matrix[t] = c.u32("matrix");
            row[t] = c.u32("row");
            wire[t] = c.u32("wire");
            if (matrix[t] > 1 || row[t] >= domainSize || wire[t] >= nVars) {
                throw new IllegalArgumentException(c.where() + ": coefficient " + t + " (matrix " + matrix[t] + ", row " + row[t] + ", wire "
                        + wire[t] + ") is outside 2 matrices x " + domainSize + " rows x " + nVars + " wires");
            }
            coef[t] = c.fr("coefficient " + t).mul(R_INVERSE).mul(R_INVERSE);
        }
        Qap qap = Qap.fromCoefficients(domainSize, nVars, nPublic, matrix, row, wire, coef);
        List<G1> a = g1s(f.section(5, "A"), nVars, "A");
        List<G1> b1 = g1s(f.section(6, "B1"), nVars, "B1");
        List<G2> b2 = g2s(f.section(7, "B2"), nVars, "B2");
        List<G1> l = g1s(f.section(8, "C"), nVars - nPublic - 1, "C");
        List<G1> hq = g1s(f.section(9, "H"), domainSize, "H");
        VerifyingKey vk = new VerifyingKey(alpha1, beta2, gamma2, delta2, ic);
        return new ProvingKey(qap, vk, beta1, delta1, a, b1, b2, l, hq);
    }

    private static Fp fp(IdenBinaryFile.Reader r, String what, long[] limbs) {
        byte[] b = r.bytes(32, what);
        for (int i = 0; i < 4; i++) {
            long v = 0;
            for (int k = 7; k >= 0; k--) v = (v << 8) | (b[8 * i + k] & 0xff);
            limbs[i] = v;
        }
        if (Long.compareUnsigned(limbs[3], 0x30644e72e131a029L) > 0 || !belowP(limbs)) {
            throw new IllegalArgumentException(r.where() + ": " + what + " is not below p");
        }
        return Fp.ZERO.fromMontgomeryLimbs(limbs, 0);
    }

    private static final long[] P = {0x3c208c16d87cfd47L, 0x97816a916871ca8dL, 0xb85045b68181585dL, 0x30644e72e131a029L};

    private static boolean belowP(long[] x) {
        for (int i = 3; i >= 0; i--) {
            int cmp = Long.compareUnsigned(x[i], P[i]);
            if (cmp != 0) return cmp < 0;
        }
        return false;
    }

    private static G1 g1(IdenBinaryFile.Reader r, String what) {
        long[] limbs = new long[4];
        Fp x = fp(r, what + ".x", limbs), y = fp(r, what + ".y", limbs);
        if (x.isZero() && y.isZero()) return G1.INFINITY;
        try {
            return G1.of(x, y);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(r.where() + ": " + what + " is not on the curve");
        }
    }

    private static G2 g2(IdenBinaryFile.Reader r, String what) {
        long[] limbs = new long[4];
        Fp x0 = fp(r, what + ".x.c0", limbs), x1 = fp(r, what + ".x.c1", limbs);
        Fp y0 = fp(r, what + ".y.c0", limbs), y1 = fp(r, what + ".y.c1", limbs);
        if (x0.isZero() && x1.isZero() && y0.isZero() && y1.isZero()) return G2.INFINITY;
        try {
            return G2.of(new Fp2(x0, x1), new Fp2(y0, y1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(r.where() + ": " + what + " is not a point of G2 (" + e.getMessage() + ")");
        }
    }

    private static List<G1> g1s(IdenBinaryFile.Reader r, int n, String what) {
        if ((long) n * 64 != r.remaining()) {
            throw new IllegalArgumentException(r.where() + ": " + n + " points need " + (long) n * 64 + " bytes, the section has " + r.remaining());
        }
        List<G1> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(g1(r, what + "[" + i + "]"));
        return out;
    }

    private static List<G2> g2s(IdenBinaryFile.Reader r, int n, String what) {
        if ((long) n * 128 != r.remaining()) {
            throw new IllegalArgumentException(r.where() + ": " + n + " points need " + (long) n * 128 + " bytes, the section has " + r.remaining());
        }
        List<G2> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(g2(r, what + "[" + i + "]"));
        return out;
    }

    /**
     * Reads a {@code .zkey} with its phase-2 record (section 10): the key, the circuit hash and every δ
     * contribution, for {@link Ceremony#verify} or further contributions.
     */
    public static Phase2 readPhase2(Path file) {
        IdenBinaryFile f = IdenBinaryFile.read(file, "zkey");
        ProvingKey key = decode(f);
        MpcParams.Content c = MpcParams.read(f.section(10, "contributions"));
        return new Phase2(key, c.circuitHash(), c.contributions());
    }

    /**
     * The {@code .zkey} bytes of a proving key (sections 1–10; section 10 records zero contributions), so that
     * {@code snarkjs groth16 prove} can prove with a key made by the kit's {@link Setup}.
     */
    public static byte[] toBytes(ProvingKey pk) {
        return toBytes(pk, new IdenBinaryFile.Section().bigInt(BigInteger.ZERO, 64).u32(0));
    }

    /**
     * The {@code .zkey} bytes of a phase 2: the key and, in section 10, its circuit hash and contributions — a
     * key derived from a {@code .ptau} ({@link Setup#fromPowersOfTau}) this way passes
     * {@code snarkjs zkey verify} against that file.
     */
    public static byte[] toBytes(Phase2 phase2) {
        return toBytes(phase2.key(), MpcParams.section(phase2.circuitHash(), phase2.contributions()));
    }

    /** Writes {@link #toBytes(Phase2)} to a file. */
    public static void write(Phase2 phase2, Path file) {
        try {
            java.nio.file.Files.write(file, toBytes(phase2));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] toBytes(ProvingKey pk, IdenBinaryFile.Section section10) {
        Qap qap = pk.qap();
        VerifyingKey vk = pk.vk();
        int n = qap.domain().size();
        IdenBinaryFile.Section header = new IdenBinaryFile.Section().u32(32).bigInt(Fp.MODULUS, 32).scalarPrime()
                .u32(qap.wires()).u32(qap.publicWires()).u32(n);
        put(header, vk.alpha1());
        put(header, pk.beta1());
        put(header, vk.beta2());
        put(header, vk.gamma2());
        put(header, pk.delta1());
        put(header, vk.delta2());
        IdenBinaryFile.Section coefs = new IdenBinaryFile.Section();
        int count = 0;
        IdenBinaryFile.Section terms = new IdenBinaryFile.Section();
        for (int i = 0; i < n; i++) {                                // snarkjs's order: row by row, A's terms then B's
            for (int m = 0; m < 2; m++) {
                Qap.Row row = qap.row(m, i);
                for (int t = 0; t < row.wires().length; t++) {
                    terms.u32(m).u32(i).u32(row.wires()[t]).fr(row.coefficients()[t].mul(R2));
                    count++;
                }
            }
        }
        coefs.u32(count).append(terms);
        return new IdenBinaryFile.Writer("zkey", 1)                  // in the order snarkjs writes them
                .section(1, new IdenBinaryFile.Section().u32(1))
                .section(2, header)
                .section(4, coefs)
                .section(3, g1Section(vk.ic()))
                .section(9, g1Section(pk.h()))
                .section(8, g1Section(pk.l()))
                .section(5, g1Section(pk.a()))
                .section(6, g1Section(pk.b1()))
                .section(7, g2Section(pk.b2()))
                .section(10, section10)
                .toBytes();
    }

    /** Writes {@link #toBytes} to a file. */
    public static void write(ProvingKey pk, Path file) {
        try {
            java.nio.file.Files.write(file, toBytes(pk));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    private static IdenBinaryFile.Section g1Section(List<G1> points) {
        IdenBinaryFile.Section s = new IdenBinaryFile.Section();
        for (G1 p : G1.batchToAffine(points)) put(s, p);
        return s;
    }

    private static IdenBinaryFile.Section g2Section(List<G2> points) {
        IdenBinaryFile.Section s = new IdenBinaryFile.Section();
        for (G2 p : points) put(s, p);
        return s;
    }

    private static void put(IdenBinaryFile.Section s, G1 p) {
        if (p.isInfinity()) {
            s.bigInt(BigInteger.ZERO, 64);
            return;
        }
        G1 a = p.toAffine();
        lem(s, a.x());
        lem(s, a.y());
    }

    private static void put(IdenBinaryFile.Section s, G2 p) {
        if (p.isInfinity()) {
            s.bigInt(BigInteger.ZERO, 128);
            return;
        }
        Fp2 x = p.x(), y = p.y();
        lem(s, x.c0());
        lem(s, x.c1());
        lem(s, y.c0());
        lem(s, y.c1());
    }

    private static void lem(IdenBinaryFile.Section s, Fp v) {
        long[] l = new long[4];
        v.montgomeryLimbs(l, 0);
        for (long x : l) s.u64(x);
    }
}
