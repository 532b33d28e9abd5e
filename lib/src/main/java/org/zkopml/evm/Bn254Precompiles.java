package org.zkopml.evm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.field.Fr;
import org.zkopml.pairing.Bn254Pairing;

/**
 * Ethereum's BN254 (alt_bn128) precompiled contracts, byte for byte: 0x06 ecAdd and 0x07 ecMul (EIP-196) and
 * 0x08 ecPairing (EIP-197); gas prices from EIP-1108.
 *
 * <ul>
 *   <li>Numbers are 32-byte big-endian words. ecAdd and ecMul read 128 and 96 bytes: shorter input is padded
 *       with zeros on the right, longer input is ignored beyond that.</li>
 *   <li>A G1 point is (x, y); (0, 0) is the point at infinity. Every coordinate must be below p and the point
 *       must be on y² = x³ + 3; otherwise the call fails.</li>
 *   <li>ecMul's scalar is any 256-bit number (not required to be below r).</li>
 *   <li>ecPairing reads k·192 bytes (any other length fails): per pair a G1 point (64 bytes) and a G2 point
 *       (x, y) with each F_p² coordinate written (imaginary, real), i.e. x = x_im·u + x_re; all zeros is the
 *       point at infinity; a G2 point must be on the twist and in the order-r subgroup. The output is the
 *       32-byte word 1 if Π e(Pᵢ, Qᵢ) = 1 (also for k = 0) and 0 otherwise.</li>
 * </ul>
 * Every input the EVM rejects throws {@link IllegalArgumentException} with the reason; a call either returns
 * the full output or throws, never a partial result. The byte layout of points is defined once, next to the
 * types ({@link G1#toEvm()}, {@link G1#fromEvm}, {@link G2#toEvm()}, {@link G2#fromEvm}); this class adds
 * the calling conventions (padding, lengths) and the gas.
 */
public final class Bn254Precompiles {

    /** Gas of ecAdd after EIP-1108. */
    public static final long EC_ADD_GAS = 150;
    /** Gas of ecMul after EIP-1108. */
    public static final long EC_MUL_GAS = 6_000;
    /** Base gas of ecPairing after EIP-1108. */
    public static final long EC_PAIRING_BASE_GAS = 45_000;
    /** Gas per pair of ecPairing after EIP-1108. */
    public static final long EC_PAIRING_PER_PAIR_GAS = 34_000;

    private static final int WORD = 32;
    private static final int PAIR_BYTES = 192;

    private Bn254Precompiles() {
    }

    /** 0x06: P1 + P2 from input (x1, y1, x2, y2); output (x, y), 64 bytes. */
    public static byte[] ecAdd(byte[] input) {
        byte[] in = padded(input, 4 * WORD);
        G1 p1 = readG1(in, 0, "first point");
        G1 p2 = readG1(in, 2 * WORD, "second point");
        return encodeG1(p1.add(p2));
    }

    /** 0x07: s·P from input (x, y, s); output (x, y), 64 bytes. */
    public static byte[] ecMul(byte[] input) {
        byte[] in = padded(input, 3 * WORD);
        G1 p = readG1(in, 0, "point");
        BigInteger s = word(in, 2 * WORD);
        return encodeG1(p.mul(s.mod(Fr.MODULUS)));
    }

    /** 0x08: 1 if Π e(Pᵢ, Qᵢ) = 1 else 0, as a 32-byte word; input k·192 bytes. */
    public static byte[] ecPairing(byte[] input) {
        if (input == null) {
            throw new IllegalArgumentException("ecPairing: input is null");
        }
        if (input.length % PAIR_BYTES != 0) {
            throw new IllegalArgumentException("ecPairing: input length " + input.length + " is not a multiple of 192");
        }
        int k = input.length / PAIR_BYTES;
        List<G1> ps = new ArrayList<>(k);
        List<G2> qs = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            int off = i * PAIR_BYTES;
            ps.add(readG1(input, off, "pair " + i + " G1 point"));
            qs.add(readG2(input, off + 2 * WORD, "pair " + i + " G2 point"));
        }
        byte[] out = new byte[WORD];
        if (Bn254Pairing.pairingCheck(ps, qs)) {
            out[WORD - 1] = 1;
        }
        return out;
    }

    /** Gas that the EVM charges for an ecPairing call with this input length (EIP-1108). */
    public static long pairingGas(int inputLength) {
        return EC_PAIRING_BASE_GAS + EC_PAIRING_PER_PAIR_GAS * (inputLength / PAIR_BYTES);
    }

    /** The 64-byte encoding (x, y) of a G1 point; the point at infinity is (0, 0) (= {@link G1#toEvm()}). */
    public static byte[] encodeG1(G1 p) {
        return p.toEvm();
    }

    /** The 128-byte encoding (x_im, x_re, y_im, y_re) of a G2 point; infinity is all zeros (= {@link G2#toEvm()}). */
    public static byte[] encodeG2(G2 q) {
        return q.toEvm();
    }

    /** Decodes a G1 point (64 bytes at off), validating it as the EVM does; errors start with {@code what}. */
    public static G1 readG1(byte[] in, int off, String what) {
        try {
            return G1.fromEvm(in, off);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " " + e.getMessage(), e);
        }
    }

    /** Decodes a G2 point (128 bytes at off, coordinates (imaginary, real)), with on-twist and subgroup checks. */
    public static G2 readG2(byte[] in, int off, String what) {
        try {
            return G2.fromEvm(in, off);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " " + e.getMessage(), e);
        }
    }

    private static BigInteger word(byte[] in, int off) {
        return new BigInteger(1, Arrays.copyOfRange(in, off, off + WORD));
    }

    private static byte[] padded(byte[] input, int length) {
        if (input == null) {
            throw new IllegalArgumentException("input is null");
        }
        return Arrays.copyOf(input, length);
    }

}
