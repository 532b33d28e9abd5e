package org.zkopml.transcript;

import org.zkopml.curve.G1;
import org.zkopml.field.Fr;
import org.zkopml.hash.Keccak256;
import org.zkopml.values.Bytes32;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * A Fiat–Shamir transcript over Keccak-256: a running 32-byte state that absorbs labelled prover
 * messages and squeezes challenges. Prover and verifier run the same sequence of calls; the verifier's
 * challenges then equal the prover's exactly when every absorbed message (and the statement) agrees.
 *
 * <p><b>Encoding.</b> With {@code u32(n)} a 4-byte big-endian length and {@code ‖} concatenation:
 * <pre>
 *   start(protocol):     S₀ = keccak256("zkopml/transcript/v1" ‖ u32(|protocol|) ‖ protocol)
 *   absorb(label, m):    S  = keccak256(S ‖ 0x01 ‖ u32(|label|) ‖ label ‖ u32(|m|) ‖ m)
 *   squeeze(label, n):   block_i = keccak256(S ‖ 0x02 ‖ u32(|label|) ‖ label ‖ u32(i)),  i = 0, 1, …
 *                        out = first n bytes of block_0 ‖ block_1 ‖ …
 *                        S  = keccak256(S ‖ 0x03 ‖ u32(|label|) ‖ label ‖ u32(n) ‖ out)
 * </pre>
 * Lengths prefix every variable field, so two different call sequences never produce the same hash
 * input (no "ab"+"c" = "a"+"bc" ambiguity), and the tag bytes separate absorbing from squeezing. Each
 * squeeze ratchets the state, so two challenges in a row differ even with equal labels.
 *
 * <p><b>Challenges in a field.</b> {@link #challenge(String, BigInteger)} squeezes 64 bytes, reads them as
 * a big-endian integer {@code N < 2^512} and returns {@code N mod q}. For {@code q < 2^256} the
 * statistical distance from uniform is below {@code q / 2^512 < 2^-256}: negligible, and no rejection
 * loop is needed. (Squeezing only 32 bytes and reducing mod BN254's {@code r ≈ 2^253.6} would favour
 * small residues by a visible factor.)
 *
 * <p>The transcript is the one mutable object of a proof (a sponge has state by nature); use
 * {@link #copy()} to branch it.
 */
public final class Transcript {
    /** The domain tag of the initial state: names this encoding and its version. */
    public static final String DOMAIN = "zkopml/transcript/v1";

    private static final byte ABSORB = 0x01;
    private static final byte SQUEEZE = 0x02;
    private static final byte RATCHET = 0x03;

    private byte[] state;

    private Transcript(byte[] state) {
        this.state = state;
    }

    /** A fresh transcript for {@code protocol} (e.g. "schnorr-pok"): transcripts of different protocols never agree. */
    public static Transcript start(String protocol) {
        byte[] p = utf8(protocol, "protocol");
        return new Transcript(Keccak256.hash(DOMAIN.getBytes(StandardCharsets.US_ASCII), u32(p.length), p));
    }

    /** An independent copy of this transcript at its current state. */
    public Transcript copy() {
        return new Transcript(state.clone());
    }

    /** The current 32-byte state, e.g. to show in a notebook. */
    public Bytes32 state() {
        return Bytes32.of(state);
    }

    /** Absorbs the message {@code m} under {@code label}. Returns this transcript for chaining. */
    public Transcript absorb(String label, byte[] m) {
        if (m == null) throw new IllegalArgumentException("absorbed message '" + label + "' must not be null");
        byte[] l = utf8(label, "label");
        state = Keccak256.hash(state, new byte[] {ABSORB}, u32(l.length), l, u32(m.length), m);
        return this;
    }

    /** Absorbs a non-negative integer as its 32-byte big-endian encoding (the EVM's uint256 word). */
    public Transcript absorb(String label, BigInteger value) {
        return absorb(label, word(value));
    }

    /** Absorbs a scalar as its EVM word ({@link Fr#toEvm()}: canonical, 32 bytes big-endian). */
    public Transcript absorb(String label, Fr scalar) {
        if (scalar == null) throw new IllegalArgumentException("absorbed scalar '" + label + "' must not be null");
        return absorb(label, scalar.toEvm());
    }

    /**
     * Absorbs a G1 point as the EVM encodes it (EIP-196): affine x ‖ y, two 32-byte big-endian words;
     * the point at infinity as 64 zero bytes.
     */
    public Transcript absorb(String label, G1 point) {
        if (point == null) throw new IllegalArgumentException("absorbed point '" + label + "' must not be null");
        return absorb(label, point.toEvm());
    }

    /** Absorbs a UTF-8 string. */
    public Transcript absorb(String label, String text) {
        return absorb(label, utf8(text, "text"));
    }

    /** Squeezes {@code n} challenge bytes under {@code label} and ratchets the state. */
    public byte[] challengeBytes(String label, int n) {
        if (n <= 0 || n > 1 << 20) throw new IllegalArgumentException("challenge length must be in 1..2^20 bytes, got " + n);
        byte[] l = utf8(label, "label");
        byte[] out = new byte[n];
        for (int i = 0, off = 0; off < n; i++, off += Keccak256.LENGTH) {
            byte[] block = Keccak256.hash(state, new byte[] {SQUEEZE}, u32(l.length), l, u32(i));
            System.arraycopy(block, 0, out, off, Math.min(Keccak256.LENGTH, n - off));
        }
        state = Keccak256.hash(state, new byte[] {RATCHET}, u32(l.length), l, u32(n), out);
        return out;
    }

    /**
     * A challenge uniform (up to {@code 2^-256}) in {@code [0, q)}: 64 squeezed bytes read big-endian, mod q.
     *
     * @param q the modulus, 2 ≤ q &lt; 2^256 (a group order or field prime)
     */
    public BigInteger challenge(String label, BigInteger q) {
        if (q == null || q.compareTo(BigInteger.TWO) < 0 || q.bitLength() > 256) {
            throw new IllegalArgumentException("challenge modulus must be in 2..2^256-1, got " + q);
        }
        return new BigInteger(1, challengeBytes(label, 64)).mod(q);
    }

    /** A challenge in BN254's scalar field F_r: {@link #challenge(String, BigInteger) challenge(label, r)}. */
    public Fr challengeFr(String label) {
        return Fr.of(challenge(label, Fr.MODULUS));
    }

    /** The 32-byte big-endian word of {@code 0 ≤ value < 2^256}. */
    public static byte[] word(BigInteger value) {
        if (value == null || value.signum() < 0 || value.bitLength() > 256) {
            throw new IllegalArgumentException("a word must be an integer in 0..2^256-1, got " + value);
        }
        byte[] raw = value.toByteArray();
        byte[] out = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
        return out;
    }

    private static byte[] u32(int n) {
        return ByteBuffer.allocate(4).putInt(n).array();
    }

    private static byte[] utf8(String s, String what) {
        if (s == null) throw new IllegalArgumentException(what + " must not be null");
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "Transcript[state=0x" + HexFormat.of().formatHex(state) + "]";
    }
}
