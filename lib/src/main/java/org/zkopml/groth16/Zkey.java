package org.zkopml.groth16;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.field.Fp;
import org.zkopml.field.Fp2;
import org.zkopml.field.Fr;
import org.zkopml.field.LimbArithmetic;
import org.zkopml.field.MontgomeryParams;
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
 *
 * <p>What reading checks, and why. Every coordinate must be below p and every coefficient below r. The points of the
 * verifying key (α₁, β₂, γ₂, δ₂ and IC) decide which proofs verify, so each is checked fully: on the curve, and for
 * G2 in the order-r subgroup by the endomorphism test ({@link G2#of}). The proving key's points cannot make a false
 * proof verify, so they are checked for what the prover's output needs: G1 points on the curve (G1 is all of the
 * curve, cofactor 1), and the G2 points B₂ on the twist and in the subgroup by random linear combinations, six
 * one-window MSMs for the whole section instead of a scalar multiplication per point ({@link G2#ofAll}; a point outside
 * G2 would leak the witness through the proof's B, see {@code g2s}). The large sections are
 * decoded in parallel, each spread over all cores.
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
        // the verifying key and the two other header points: every check (curve, and subgroup for G2)
        G1 alpha1 = g1(h, "alpha1"), beta1 = g1(h, "beta1");
        G2 beta2 = g2(h, "beta2"), gamma2 = g2(h, "gamma2");
        G1 delta1 = g1(h, "delta1");
        G2 delta2 = g2(h, "delta2");
        List<G1> ic = g1s(f.section(3, "IC"), nPublic + 1, "IC");
        VerifyingKey vk = new VerifyingKey(alpha1, beta2, gamma2, delta2, ic);
        // the proving key's large sections, side by side on all cores
        Object[] parts = new Object[6];
        try {
            IntStream.range(0, 6).parallel().forEach(k -> parts[k] = switch (k) {
                case 0 -> g2s(f.section(7, "B2"), nVars, "B2");                       // the largest first
                case 1 -> g1s(f.section(9, "H"), domainSize, "H");
                case 2 -> g1s(f.section(5, "A"), nVars, "A");
                case 3 -> g1s(f.section(6, "B1"), nVars, "B1");
                case 4 -> g1s(f.section(8, "C"), nVars - nPublic - 1, "C");
                default -> coefficients(f.section(4, "coefficients"), domainSize, nVars, nPublic);
            });
        } catch (IllegalArgumentException e) {
            // a worker thread's exception comes back wrapped (the fork/join pool rethrows a copy with the original
            // as its cause, its message prefixed with the class name): report the original's one line
            Throwable original = e;
            while (original.getCause() instanceof IllegalArgumentException cause) original = cause;
            throw new IllegalArgumentException(original.getMessage(), e);
        }
        @SuppressWarnings("unchecked") List<G2> b2 = (List<G2>) parts[0];
        @SuppressWarnings("unchecked") List<G1> hq = (List<G1>) parts[1], a = (List<G1>) parts[2], b1 = (List<G1>) parts[3], l = (List<G1>) parts[4];
        return new ProvingKey((Qap) parts[5], vk, beta1, delta1, a, b1, b2, l, hq);
    }

    /**
     * Section 4: (matrix, row, wire, c·R² mod r) per term. The stored number read as Montgomery limbs is the element
     * c·R; one Montgomery product with R⁻¹ gives c.
     */
    private static Qap coefficients(IdenBinaryFile.Reader c, int domainSize, int nVars, int nPublic) {
        int count = c.u32("coefficient count");
        if ((long) count * 44 != c.remaining()) {
            throw new IllegalArgumentException(c.where() + ": " + count + " coefficients need " + (long) count * 44 + " bytes, the section has " + c.remaining());
        }
        byte[] bytes = c.bytes(c.remaining(), "coefficients");
        int[] matrix = new int[count], row = new int[count], wire = new int[count];
        Fr[] coef = new Fr[count];
        byte[] bad = new byte[count];
        IntStream.range(0, count).parallel().forEach(t -> {
            int o = 44 * t;
            matrix[t] = (int) U32.get(bytes, o);
            row[t] = (int) U32.get(bytes, o + 4);
            wire[t] = (int) U32.get(bytes, o + 8);
            if (matrix[t] < 0 || matrix[t] > 1 || row[t] < 0 || row[t] >= domainSize || wire[t] < 0 || wire[t] >= nVars) {
                bad[t] = 1;
                return;
            }
            long[] v = new long[4];
            if (!limbsBelow(bytes, o + 12, v, R)) {
                bad[t] = 2;
                return;
            }
            coef[t] = Fr.ZERO.fromMontgomeryLimbs(v, 0).mul(R_INVERSE);
        });
        for (int t = 0; t < count; t++) {
            if (bad[t] == 1) {
                throw new IllegalArgumentException(c.where() + ": coefficient " + t + " (matrix " + Integer.toUnsignedString(matrix[t]) + ", row "
                        + Integer.toUnsignedString(row[t]) + ", wire " + Integer.toUnsignedString(wire[t]) + ") is outside 2 matrices x "
                        + domainSize + " rows x " + nVars + " wires");
            }
            if (bad[t] == 2) {
                throw new IllegalArgumentException(c.where() + ": coefficient " + t + " is not below the prime r");
            }
        }
        return Qap.fromCoefficients(domainSize, nVars, nPublic, matrix, row, wire, coef);
    }

    private static final VarHandle U64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle U32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long[] P = MontgomeryParams.limbs(Fp.MODULUS);
    private static final long[] R = MontgomeryParams.limbs(Fr.MODULUS);

    /** Reads four little-endian 64-bit limbs at o into v; true if the number is below the modulus m (as limbs). */
    private static boolean limbsBelow(byte[] b, int o, long[] v, long[] m) {
        for (int i = 0; i < 4; i++) {
            v[i] = (long) U64.get(b, o + 8 * i);
        }
        return LimbArithmetic.below(v[0], v[1], v[2], v[3], m[0], m[1], m[2], m[3]);
    }

    /** One coordinate, stored as the Montgomery form x·2²⁵⁶ mod p in 32 little-endian bytes (null if not below p). */
    private static Fp fp(byte[] b, int o, long[] limbs) {
        return limbsBelow(b, o, limbs, P) ? Fp.ZERO.fromMontgomeryLimbs(limbs, 0) : null;
    }

    /** A header point of G1, checked on the curve (which is all of G1: cofactor 1). */
    private static G1 g1(IdenBinaryFile.Reader r, String what) {
        byte[] b = r.bytes(64, what);
        long[] limbs = new long[4];
        Fp x = fp(b, 0, limbs), y = fp(b, 32, limbs);
        if (x == null || y == null) throw new IllegalArgumentException(r.where() + ": " + what + (x == null ? ".x" : ".y") + " is not below p");
        if (x.isZero() && y.isZero()) return G1.INFINITY;
        try {
            return G1.of(x, y);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(r.where() + ": " + what + " is not on the curve");
        }
    }

    /** A header point of G2 (part of the verifying key): on the twist and in the subgroup, by the endomorphism test. */
    private static G2 g2(IdenBinaryFile.Reader r, String what) {
        byte[] b = r.bytes(128, what);
        Fp2[] xy = fp2s(b, 0, r, what);
        if (xy[0].isZero() && xy[1].isZero()) return G2.INFINITY;
        try {
            return G2.of(xy[0], xy[1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(r.where() + ": " + what + " is not a point of G2 (" + e.getMessage() + ")");
        }
    }

    private static final String[] FP2_COORDINATES = {".x.c0", ".x.c1", ".y.c0", ".y.c1"};

    /** x and y of a G2 point at o: c0, c1 of each, every coordinate below p. */
    private static Fp2[] fp2s(byte[] b, int o, IdenBinaryFile.Reader r, String what) {
        Fp2[] xy = fp2sOrNull(b, o);
        if (xy == null) throw new IllegalArgumentException(r.where() + ": " + what + FP2_COORDINATES[firstNotBelowP(b, o)] + " is not below p");
        return xy;
    }

    /** x and y of a G2 point at o, or null when a coordinate is not below p. */
    private static Fp2[] fp2sOrNull(byte[] b, int o) {
        long[] limbs = new long[4];
        Fp[] c = new Fp[4];
        for (int k = 0; k < 4; k++) {
            c[k] = fp(b, o + 32 * k, limbs);
            if (c[k] == null) return null;
        }
        return new Fp2[] {new Fp2(c[0], c[1]), new Fp2(c[2], c[3])};
    }

    /** Which of the four coordinates at o is the first not below p. */
    private static int firstNotBelowP(byte[] b, int o) {
        long[] limbs = new long[4];
        int k = 0;
        while (fp(b, o + 32 * k, limbs) != null) k++;
        return k;
    }

    /**
     * n points of G1 (a proving-key section), decoded and checked on the curve in parallel; the first bad point (by
     * index) is reported.
     */
    private static List<G1> g1s(IdenBinaryFile.Reader r, int n, String what) {
        if ((long) n * 64 != r.remaining()) {
            throw new IllegalArgumentException(r.where() + ": " + n + " points need " + (long) n * 64 + " bytes, the section has " + r.remaining());
        }
        byte[] b = r.bytes(r.remaining(), what);
        G1[] out = new G1[n];
        byte[] bad = new byte[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            long[] limbs = new long[4];
            Fp x = fp(b, 64 * i, limbs), y = fp(b, 64 * i + 32, limbs);
            if (x == null || y == null) {
                bad[i] = (byte) (x == null ? 1 : 2);
            } else if (x.isZero() && y.isZero()) {
                out[i] = G1.INFINITY;
            } else {
                try {
                    out[i] = G1.of(x, y);
                } catch (IllegalArgumentException e) {
                    bad[i] = 3;
                }
            }
        });
        for (int i = 0; i < n; i++) {
            if (bad[i] != 0) {
                String p = what + "[" + i + "]";
                throw new IllegalArgumentException(r.where() + ": " + (bad[i] == 3 ? p + " is not on the curve" : p + (bad[i] == 1 ? ".x" : ".y") + " is not below p"));
            }
        }
        return Arrays.asList(out);
    }

    /**
     * n points of G2 (the proving key's B₂): each decoded and checked on the twist, and all of them in the order-r
     * subgroup at once by random linear combinations ({@link G2#ofAll}; a point outside G2 slips through with
     * probability at most 2⁻⁶⁶). A point of B₂ outside G2 could not make a false proof verify (the verifying key alone
     * decides that), but the proof's B would carry Σ w_j·t_j of the points' parts t_j outside G2, which whoever made
     * the key can read off the published proof ([r]·B = Σ w_j·[r]t_j): the witness modulo the orders of the t_j, up to
     * 177 bits of a wire. The batch check keeps that out at the cost of six one-window MSMs instead of one
     * endomorphism test per point.
     */
    private static List<G2> g2s(IdenBinaryFile.Reader r, int n, String what) {
        if ((long) n * 128 != r.remaining()) {
            throw new IllegalArgumentException(r.where() + ": " + n + " points need " + (long) n * 128 + " bytes, the section has " + r.remaining());
        }
        byte[] b = r.bytes(r.remaining(), what);
        Fp2[] xs = new Fp2[n], ys = new Fp2[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            Fp2[] xy = fp2sOrNull(b, 128 * i);
            if (xy != null) {
                xs[i] = xy[0];
                ys[i] = xy[1];
            }
        });
        for (int i = 0; i < n; i++) {
            if (xs[i] == null) fp2s(b, 128 * i, r, what + "[" + i + "]");   // throws, naming the point and coordinate
        }
        try {
            return G2.ofAll(Arrays.asList(xs), Arrays.asList(ys), i -> what + "[" + i + "]");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(r.where() + ": " + e.getMessage());
        }
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
