package org.zkopml.commit;

import org.zkopml.values.Verdict;
import org.zkopml.curve.G1;
import org.zkopml.field.Fp;
import org.zkopml.field.Fr;
import org.zkopml.hash.Keccak256;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;

/**
 * Pedersen commitments in BN254's G1 (T. P. Pedersen, "Non-interactive and information-theoretic secure
 * verifiable secret sharing", CRYPTO '91):
 * <pre>  C = m·G + r·H,   m the message, r a uniform blinding factor in F_r  </pre>
 * <ul>
 *   <li><b>Perfectly hiding</b>: for uniform r, C is a uniform group element whatever m is; indeed every
 *       m' has an r' with C = m'·G + r'·H. C says nothing about m.</li>
 *   <li><b>Computationally binding</b>: two openings (m, r) ≠ (m', r') of one C give
 *       log_G H = (m − m')/(r' − r). So binding holds exactly as long as nobody knows the discrete log of
 *       H to the base G — which is why H must be derived so that nobody can know it.</li>
 *   <li><b>Additively homomorphic</b>: C(m₁, r₁) + C(m₂, r₂) = C(m₁ + m₂, r₁ + r₂).</li>
 * </ul>
 *
 * <p><b>Deriving H (nothing up my sleeve).</b> {@link #derive(String)} hashes a public label to a point by
 * try-and-increment: for i = 0, 1, 2, …, x = keccak256(label ‖ u32(i)) mod p; the first x for which
 * x³ + 3 is a square in F_p gives H = (x, y) with y the smaller square root. About half of all x succeed.
 * Anyone can recompute H from the label, and producing it involved no secret scalar, so no one knows
 * log_G H (finding it would solve a discrete log in G1). This simple map is not constant time and not the
 * standard RFC 9380 hash-to-curve; for deriving a public parameter neither matters.
 * {@link #DEFAULT} uses the label {@value #DEFAULT_LABEL}.
 *
 * @param g the message base G (the G1 generator by default)
 * @param h the blinding base H
 */
public record Pedersen(G1 g, G1 h) {

    /** The label {@link #DEFAULT}'s H is derived from. */
    public static final String DEFAULT_LABEL = "zkopml/pedersen/H";

    /** G = the G1 generator (1, 2), H = {@link #derive(String) derive}({@value #DEFAULT_LABEL}). */
    public static final Pedersen DEFAULT = new Pedersen(G1.GENERATOR, hashToG1(DEFAULT_LABEL));

    public Pedersen {
        if (g == null || h == null) throw new IllegalArgumentException("Pedersen needs two bases G and H");
        if (!g.isOnCurve() || g.isInfinity() || !h.isOnCurve() || h.isInfinity()) {
            throw new IllegalArgumentException("Pedersen bases must be non-zero points of G1");
        }
    }

    /** Parameters with G = the G1 generator and H hashed from {@code label}. */
    public static Pedersen derive(String label) {
        return new Pedersen(G1.GENERATOR, hashToG1(label));
    }

    /**
     * INSECURE, for teaching only: H = t·G with a known trapdoor t. Whoever knows t can open a commitment
     * to any message ({@link #equivocate}); that is what binding forbids and what {@link #derive} prevents.
     */
    public static Pedersen withTrapdoor(Fr trapdoor) {
        if (trapdoor.isZero()) throw new IllegalArgumentException("the trapdoor must be non-zero");
        return new Pedersen(G1.GENERATOR, G1.GENERATOR.mul(trapdoor));
    }

    /** The try-and-increment map from a label to a G1 point described in the class comment. */
    public static G1 hashToG1(String label) {
        if (label == null) throw new IllegalArgumentException("label must not be null");
        byte[] l = label.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; ; i++) {
            Fp x = Fp.of(new BigInteger(1, Keccak256.hash(l, ByteBuffer.allocate(4).putInt(i).array())));
            Fp y = x.square().mul(x).add(G1.B).sqrt();
            if (y != null) return G1.of(x, y);
        }
    }

    /** A commitment with its opening. */
    public record Committed(PedersenCommitment commitment, Opening opening) {}

    /**
     * What the committer reveals to open C.
     *
     * @param message  m
     * @param blinding r
     */
    public record Opening(Fr message, Fr blinding) {
        public Opening {
            if (message == null || blinding == null) throw new IllegalArgumentException("an opening needs a message and a blinding factor");
        }
    }

    /** C = m·G + r·H. */
    public PedersenCommitment commit(Fr message, Fr blinding) {
        return new PedersenCommitment(g.mul(message).add(h.mul(blinding)));
    }

    /** C = m·G + r·H with a fresh uniform r, returned together with the opening (m, r). */
    public Committed commit(Fr message, RandomGenerator random) {
        Fr r = Fr.random(random);
        return new Committed(commit(message, r), new Opening(message, r));
    }

    /** Accepts iff C = m·G + r·H. */
    public Verdict<Void> verify(PedersenCommitment commitment, Opening opening) {
        if (commitment == null || opening == null) return Verdict.reject("missing commitment or opening");
        if (!commitment.point().isOnCurve()) return Verdict.reject("the commitment is not a point of G1");
        return commit(opening.message(), opening.blinding()).equals(commitment)
                ? Verdict.accept("C = m·G + r·H")
                : Verdict.reject("C ≠ m·G + r·H");
    }

    /**
     * With the trapdoor t = log_G H, an opening of the same C to another message: r' = r + (m − m')/t,
     * since m'·G + r'·H = m'·G + r·H + (m − m')·G = C. Shows that hiding is perfect and that binding rests on
     * nobody knowing t. Throws if t is not the trapdoor of these parameters.
     */
    public Opening equivocate(Opening opening, Fr newMessage, Fr trapdoor) {
        if (!g.mul(trapdoor).equals(h)) throw new IllegalArgumentException("t is not log_G H for these parameters");
        Fr r = opening.blinding().add(opening.message().sub(newMessage).mul(trapdoor.inverse()));
        return new Opening(newMessage, r);
    }
}
