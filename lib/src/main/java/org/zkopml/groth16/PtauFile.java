package org.zkopml.groth16;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.field.Fp;
import org.zkopml.groth16.PowersOfTauCeremony.Accumulator;
import org.zkopml.groth16.PowersOfTauCeremony.Beacon;
import org.zkopml.groth16.PowersOfTauCeremony.Contribution;
import org.zkopml.groth16.PowersOfTauCeremony.ProofOfKnowledge;
import org.zkopml.r1cs.IdenBinaryFile;

/**
 * snarkjs's powers-of-tau file {@code .ptau} (iden3 container, magic {@code ptau}, version 1), the format of the
 * real phase-1 ceremonies (the perpetual powers of tau, Hermez's {@code powersOfTau28_hez_final_NN.ptau}):
 * <ol>
 *   <li>section 1, header: u32 n8 = 32, the prime p (32 bytes little-endian), u32 power, u32 ceremony power;</li>
 *   <li>sections 2–6, the accumulator ({@link PowersOfTau}): [τ^i]₁ (2N − 1 points), [τ^i]₂, [α·τ^i]₁, [β·τ^i]₁
 *       (N each), [β]₂, every point in snarkjs's LEM layout (Montgomery form, little-endian; O as zeros);</li>
 *   <li>section 7, the contributions ({@link Contribution}): u32 count, then per contribution [τ]₁, [τ]₂, [α]₁,
 *       [β]₁, [β]₂, the public key (six G₁ and three G₂ points), the 216-byte partial response hash, the 64-byte
 *       next challenge, u32 type (1 = random beacon), u32 length and sorted parameters (1: name, 2: beacon
 *       iterations, 3: beacon hash);</li>
 *   <li>sections 12–15 after {@code powersoftau prepare phase2}: the same four vectors in the Lagrange basis of
 *       every domain 2^0 … 2^power (section 12 also 2^(power+1)), one size after the other.</li>
 * </ol>
 * Reading checks the header and every section's size at once, so that a malformed file fails with one line
 * naming the file, the section and what was expected; points are decoded (and checked on their curve) only
 * when asked for — a circuit's key needs the Lagrange vectors of one domain, not the whole file.
 * Immutable.
 */
public final class PtauFile {
    private static final int G1_BYTES = PointEncoding.G1_BYTES, G2_BYTES = PointEncoding.G2_BYTES;
    private final IdenBinaryFile file;
    private final int power;
    private final int ceremonyPower;
    private final List<Contribution> contributions;

    private PtauFile(IdenBinaryFile file, int power, int ceremonyPower, List<Contribution> contributions) {
        this.file = file;
        this.power = power;
        this.ceremonyPower = ceremonyPower;
        this.contributions = List.copyOf(contributions);
    }

    /** Reads a {@code .ptau}; a malformed file throws IllegalArgumentException with one line naming it. */
    public static PtauFile read(Path file) {
        return decode(IdenBinaryFile.read(file, "ptau"));
    }

    /** Parses {@code .ptau} bytes; {@code name} names the source in errors. */
    public static PtauFile parse(byte[] bytes, String name) {
        return decode(IdenBinaryFile.parse(bytes, name, "ptau"));
    }

    private static PtauFile decode(IdenBinaryFile f) {
        if (f.version() != 1) throw new IllegalArgumentException(f.name() + ": .ptau version " + f.version() + ", expected 1");
        IdenBinaryFile.Reader h = f.section(1, "header");
        int n8 = h.u32("n8");
        if (n8 != 32) throw new IllegalArgumentException(h.where() + ": field size " + n8 + " bytes, expected 32 (BN254)");
        BigInteger q = h.bigInt(32, "prime");
        if (!q.equals(Fp.MODULUS)) throw new IllegalArgumentException(h.where() + ": prime " + q + " is not BN254's p (bn128)");
        int power = h.u32("power"), ceremonyPower = h.u32("ceremony power");
        if (power < 1 || power > PowersOfTau.MAX_POWER) {
            throw new IllegalArgumentException(h.where() + ": power " + power + ", expected 1.." + PowersOfTau.MAX_POWER);
        }
        if (ceremonyPower < power || ceremonyPower > PowersOfTau.MAX_POWER) {
            throw new IllegalArgumentException(h.where() + ": ceremony power " + ceremonyPower + ", expected " + power + ".." + PowersOfTau.MAX_POWER);
        }
        h.expectEnd();
        long n = 1L << power;
        expectSize(f, 2, "tauG1", (2 * n - 1) * G1_BYTES, power);
        expectSize(f, 3, "tauG2", n * G2_BYTES, power);
        expectSize(f, 4, "alphaTauG1", n * G1_BYTES, power);
        expectSize(f, 5, "betaTauG1", n * G1_BYTES, power);
        expectSize(f, 6, "betaG2", G2_BYTES, power);
        boolean prepared = f.has(12) || f.has(13) || f.has(14) || f.has(15);
        if (prepared) {
            expectSize(f, 12, "Lagrange tauG1", ((1L << (power + 2)) - 1) * G1_BYTES, power);
            expectSize(f, 13, "Lagrange tauG2", ((1L << (power + 1)) - 1) * G2_BYTES, power);
            expectSize(f, 14, "Lagrange alphaTauG1", ((1L << (power + 1)) - 1) * G1_BYTES, power);
            expectSize(f, 15, "Lagrange betaTauG1", ((1L << (power + 1)) - 1) * G1_BYTES, power);
        }
        return new PtauFile(f, power, ceremonyPower, readContributions(f.section(7, "contributions")));
    }

    private static void expectSize(IdenBinaryFile f, int section, String what, long bytes, int power) {
        IdenBinaryFile.Reader r = f.section(section, what);
        if (r.remaining() != bytes) {
            throw new IllegalArgumentException(r.where() + ": " + r.remaining() + " bytes, expected " + bytes + " for power " + power);
        }
    }

    private static List<Contribution> readContributions(IdenBinaryFile.Reader r) {
        int count = r.u32("contribution count");
        List<Contribution> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String c = "contribution " + (i + 1);
            G1 tau1 = PointEncoding.readG1(r, c + " tauG1");
            G2 tau2 = PointEncoding.readG2(r, c + " tauG2");
            G1 alpha1 = PointEncoding.readG1(r, c + " alphaG1"), beta1 = PointEncoding.readG1(r, c + " betaG1");
            G2 beta2 = PointEncoding.readG2(r, c + " betaG2");
            G1[] g1 = new G1[6];
            for (int k = 0; k < 6; k++) g1[k] = PointEncoding.readG1(r, c + " public key point " + (k + 1));
            G2[] g2 = new G2[3];
            for (int k = 0; k < 3; k++) g2[k] = PointEncoding.readG2(r, c + " public key point " + (k + 7));
            byte[] partial = r.bytes(Blake2b.PARTIAL_BYTES, c + " partial hash");
            byte[] next = r.bytes(Blake2b.OUT, c + " next challenge");
            int type = r.u32(c + " type");
            int length = r.u32(c + " parameter length");
            byte[] params = r.bytes(length, c + " parameters");
            String name = "";
            Integer iterations = null;
            byte[] beaconHash = null;
            int last = 0;
            for (int p = 0; p < params.length; ) {
                int kind = params[p++] & 0xff;
                if (kind <= last) throw new IllegalArgumentException(r.where() + ": " + c + "'s parameters are not sorted");
                last = kind;
                if (p >= params.length) throw new IllegalArgumentException(r.where() + ": " + c + "'s parameter " + kind + " is truncated");
                if (kind == 1 || kind == 3) {
                    int len = params[p++] & 0xff;
                    if (p + len > params.length) throw new IllegalArgumentException(r.where() + ": " + c + "'s parameter " + kind + " is truncated");
                    byte[] value = java.util.Arrays.copyOfRange(params, p, p + len);
                    p += len;
                    if (kind == 1) name = new String(value, StandardCharsets.UTF_8);
                    else beaconHash = value;
                } else if (kind == 2) {
                    iterations = params[p++] & 0xff;
                } else {
                    throw new IllegalArgumentException(r.where() + ": " + c + " has an unknown parameter " + kind + ", expected 1 (name), 2 or 3 (beacon)");
                }
            }
            Beacon beacon = null;
            if (type == 1) {
                if (iterations == null || beaconHash == null) {
                    throw new IllegalArgumentException(r.where() + ": " + c + " is a beacon without its hash and iterations");
                }
                beacon = new Beacon(beaconHash, iterations);
            } else if (type != 0) {
                throw new IllegalArgumentException(r.where() + ": " + c + " has type " + type + ", expected 0 (participant) or 1 (beacon)");
            }
            out.add(new Contribution(name, tau1, tau2, alpha1, beta1, beta2, new ProofOfKnowledge(g1[0], g1[1], g2[0]),
                    new ProofOfKnowledge(g1[2], g1[3], g2[1]), new ProofOfKnowledge(g1[4], g1[5], g2[2]), partial, next, beacon));
        }
        r.expectEnd();
        return out;
    }

    /** The file's name (its path), as errors name it. */
    public String name() {
        return file.name();
    }

    /** log₂ of the largest QAP domain the file serves. */
    public int power() {
        return power;
    }

    /** The power the ceremony ran at (larger when the file was truncated from a bigger ceremony). */
    public int ceremonyPower() {
        return ceremonyPower;
    }

    /** Whether sections 12–15 (the Lagrange bases, {@code prepare phase2}) are present. */
    public boolean prepared() {
        return file.has(12);
    }

    /** The contributions recorded in section 7, in order. */
    public List<Contribution> contributions() {
        return contributions;
    }

    /** The whole accumulator, every point decoded and checked (sections 2–6). */
    public PowersOfTau powers() {
        long n = 1L << power;
        return new PowersOfTau(power, g1s(2, "tauG1", 0, (int) (2 * n - 1)), g2s(3, "tauG2", 0, (int) n), g1s(4, "alphaTauG1", 0, (int) n),
                g1s(5, "betaTauG1", 0, (int) n), g2s(6, "betaG2", 0, 1).get(0));
    }

    /** The accumulator with its contributions: what the ceremony checks ({@link PowersOfTauCeremony#verify}). */
    public Accumulator accumulator() {
        return new Accumulator(powers(), contributions, ceremonyPower);
    }

    /** [α]₁, [β]₁ and [β]₂: the first points of sections 4, 5 and 6. */
    public G1 alpha1() {
        return g1s(4, "alphaTauG1", 0, 1).get(0);
    }

    public G1 beta1() {
        return g1s(5, "betaTauG1", 0, 1).get(0);
    }

    public G2 beta2() {
        return g2s(6, "betaG2", 0, 1).get(0);
    }

    /** [τ^i]₁ for i in [from, from + count). */
    public List<G1> tauG1(int from, int count) {
        return g1s(2, "tauG1", from, count);
    }

    /**
     * The Lagrange vectors of a domain of n rows: read from sections 12–15 when the file is prepared,
     * otherwise computed from the powers ({@link PowersOfTau#lagrange}).
     */
    public PowersOfTau.Lagrange lagrange(int n) {
        checkDomain(n, power);
        if (!prepared()) return prefix(n).lagrange(n);
        return new PowersOfTau.Lagrange(g1s(12, "Lagrange tauG1", n - 1, n), g2s(13, "Lagrange tauG2", n - 1, n),
                g1s(14, "Lagrange alphaTauG1", n - 1, n), g1s(15, "Lagrange betaTauG1", n - 1, n));
    }

    /** The H query of a domain of n rows ({@link PowersOfTau#hQuery}): the odd entries of section 12's 2n-basis. */
    public List<G1> hQuery(int n) {
        checkDomain(n, Math.min(power, 27));
        if (!prepared()) return PowersOfTau.oddLagrange(tauG1(0, (int) Math.min(2L * n, (2L << power) - 1)), n);
        List<G1> all = g1s(12, "Lagrange tauG1", 2 * n - 1, 2 * n);
        List<G1> odd = new ArrayList<>(n);
        for (int i = 0; i < n; i++) odd.add(all.get(2 * i + 1));
        return odd;
    }

    /** The first powers only: what a domain of n rows needs, as snarkjs's {@code truncate} cuts a file. */
    private PowersOfTau prefix(int n) {
        int p = Math.max(1, Integer.numberOfTrailingZeros(n)), m = 1 << p;
        return new PowersOfTau(p, tauG1(0, 2 * m - 1), g2s(3, "tauG2", 0, m), g1s(4, "alphaTauG1", 0, m), g1s(5, "betaTauG1", 0, m), beta2());
    }

    private static void checkDomain(int n, int maxPower) {
        if (n < 1 || Integer.bitCount(n) != 1 || n > 1L << maxPower) {
            throw new IllegalArgumentException("a domain of " + n + " rows: a power of two up to 2^" + maxPower + " is needed");
        }
    }

    private List<G1> g1s(int section, String what, long from, int count) {
        return points(section, what, from, count, G1_BYTES, PointEncoding::readG1);
    }

    private List<G2> g2s(int section, String what, long from, int count) {
        return points(section, what, from, count, G2_BYTES, PointEncoding::readG2);
    }

    /** {@code count} points of a section from index {@code from}, each {@code bytes} long. */
    private <P> List<P> points(int section, String what, long from, int count, int bytes,
            java.util.function.BiFunction<IdenBinaryFile.Reader, String, P> read) {
        IdenBinaryFile.Reader r = file.section(section, what);
        r.skip(from * bytes, what + "[" + from + "]");
        List<P> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(read.apply(r, what + "[" + (from + i) + "]"));
        return out;
    }

    // ---------------------------------------------------------------- writing

    /**
     * The {@code .ptau} bytes of an accumulator: sections 1–7, and with {@code prepare} also 12–15 (the
     * Lagrange bases of every domain, as {@code powersoftau prepare phase2} writes them — group NTTs of every
     * size, which take a while for large powers).
     */
    public static byte[] toBytes(Accumulator acc, boolean prepare) {
        PowersOfTau p = acc.powers();
        IdenBinaryFile.Section header = new IdenBinaryFile.Section().u32(32).bigInt(Fp.MODULUS, 32).u32(p.power()).u32(acc.ceremonyPower());
        IdenBinaryFile.Writer w = new IdenBinaryFile.Writer("ptau", 1)
                .section(1, header)
                .section(2, PointEncoding.g1Section(p.tauG1()))
                .section(3, PointEncoding.g2Section(p.tauG2()))
                .section(4, PointEncoding.g1Section(p.alphaTauG1()))
                .section(5, PointEncoding.g1Section(p.betaTauG1()))
                .section(6, PointEncoding.g2Section(List.of(p.betaG2())))
                .section(7, contributionsSection(acc.contributions()));
        if (prepare) {
            IdenBinaryFile.Section s12 = new IdenBinaryFile.Section(), s13 = new IdenBinaryFile.Section();
            IdenBinaryFile.Section s14 = new IdenBinaryFile.Section(), s15 = new IdenBinaryFile.Section();
            for (int k = 0; k <= p.power(); k++) {
                PowersOfTau.Lagrange l = p.lagrange(1 << k);
                s12.append(PointEncoding.g1Section(l.tauG1()));
                s13.append(PointEncoding.g2Section(l.tauG2()));
                s14.append(PointEncoding.g1Section(l.alphaTauG1()));
                s15.append(PointEncoding.g1Section(l.betaTauG1()));
            }
            List<G1> top = new ArrayList<>(p.tauG1());
            top.add(G1.INFINITY);
            s12.append(PointEncoding.g1Section(LagrangeBasis.fromPowers(top)));
            w.section(12, s12).section(13, s13).section(14, s14).section(15, s15);
        }
        return w.toBytes();
    }

    /** Writes {@link #toBytes} to a file. */
    public static void write(Accumulator acc, boolean prepare, Path file) {
        try {
            java.nio.file.Files.write(file, toBytes(acc, prepare));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    private static IdenBinaryFile.Section contributionsSection(List<Contribution> contributions) {
        IdenBinaryFile.Section s = new IdenBinaryFile.Section().u32(contributions.size());
        for (Contribution c : contributions) {
            PointEncoding.putLem(s, c.tauG1());
            PointEncoding.putLem(s, c.tauG2());
            PointEncoding.putLem(s, c.alphaG1());
            PointEncoding.putLem(s, c.betaG1());
            PointEncoding.putLem(s, c.betaG2());
            for (ProofOfKnowledge k : List.of(c.tau(), c.alpha(), c.beta())) {
                PointEncoding.putLem(s, k.s());
                PointEncoding.putLem(s, k.sx());
            }
            for (ProofOfKnowledge k : List.of(c.tau(), c.alpha(), c.beta())) PointEncoding.putLem(s, k.spx());
            s.raw(c.partialHash()).raw(c.nextChallenge()).u32(c.beacon() == null ? 0 : 1);
            ByteArrayOutputStream params = new ByteArrayOutputStream();
            if (!c.name().isEmpty()) {
                byte[] name = truncatedName(c.name());
                params.write(1);
                params.write(name.length);
                params.writeBytes(name);
            }
            if (c.beacon() != null) {
                params.write(2);
                params.write(c.beacon().iterationsExp());
                byte[] hash = c.beacon().hash();
                params.write(3);
                params.write(hash.length);
                params.writeBytes(hash);
            }
            byte[] p = params.toByteArray();
            s.u32(p.length).raw(p);
        }
        return s;
    }

    /** At most 64 characters (snarkjs's limit), and at most 255 bytes of UTF-8. */
    private static byte[] truncatedName(String name) {
        String cut = name.codePointCount(0, name.length()) > 64 ? name.substring(0, name.offsetByCodePoints(0, 64)) : name;
        byte[] b = cut.getBytes(StandardCharsets.UTF_8);
        return b.length <= 255 ? b : java.util.Arrays.copyOf(b, 255);
    }
}
