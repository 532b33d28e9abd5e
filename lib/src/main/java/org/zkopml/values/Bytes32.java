package org.zkopml.values;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A 32-byte value — Ethereum's {@code bytes32}: a Keccak-256 digest, a Merkle root, a VM state hash, a
 * commitment. Immutable, with value equality (two digests of the same bytes are {@code equals}), printed
 * as {@code 0x} and 64 lower-case hex digits, and read as a 256-bit big-endian unsigned integer where a
 * contract would ({@code uint256(bytes32)}).
 */
public final class Bytes32 implements Comparable<Bytes32> {
    /** The number of bytes, 32. */
    public static final int LENGTH = 32;

    /** 32 zero bytes (Solidity's {@code bytes32(0)}). */
    public static final Bytes32 ZERO = new Bytes32(new byte[LENGTH]);

    private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(256);

    private final byte[] bytes;

    private Bytes32(byte[] owned) {
        this.bytes = owned;
    }

    /** A copy of exactly 32 bytes; throws IllegalArgumentException for any other length. */
    public static Bytes32 of(byte[] bytes) {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("a bytes32 value has 32 bytes, got "
                    + (bytes == null ? "null" : bytes.length + ""));
        }
        return new Bytes32(bytes.clone());
    }

    /** The 32 bytes at {@code offset} of {@code src}; throws IllegalArgumentException if there are fewer. */
    public static Bytes32 of(byte[] src, int offset) {
        if (offset < 0 || src.length - offset < LENGTH) {
            throw new IllegalArgumentException("need 32 bytes at offset " + offset + " of " + src.length);
        }
        return new Bytes32(Arrays.copyOfRange(src, offset, offset + LENGTH));
    }

    /** Parses 64 hex digits, with or without {@code 0x}; throws IllegalArgumentException otherwise. */
    public static Bytes32 fromHex(String hex) {
        String h = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        if (h.length() != 2 * LENGTH) {
            throw new IllegalArgumentException("a bytes32 value is 64 hex digits, got " + h.length());
        }
        try {
            return new Bytes32(HexFormat.of().parseHex(h));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a hex string: " + hex);
        }
    }

    /** The 256-bit big-endian encoding of {@code 0 ≤ x < 2^256} ({@code bytes32(uint256(x))}). */
    public static Bytes32 fromBigInteger(BigInteger x) {
        if (x.signum() < 0 || x.compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("a bytes32 value holds 0 <= x < 2^256, got " + x);
        }
        byte[] raw = x.toByteArray();
        byte[] out = new byte[LENGTH];
        int n = Math.min(raw.length, LENGTH);
        System.arraycopy(raw, raw.length - n, out, LENGTH - n, n);
        return new Bytes32(out);
    }

    /** A copy of the 32 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Copies the 32 bytes into {@code dst} at {@code offset}. */
    public void copyTo(byte[] dst, int offset) {
        System.arraycopy(bytes, 0, dst, offset, LENGTH);
    }

    /** Byte {@code i} (0 = most significant). */
    public byte get(int i) {
        return bytes[i];
    }

    /** The value as an unsigned 256-bit big-endian integer ({@code uint256(b)}). */
    public BigInteger toBigInteger() {
        return new BigInteger(1, bytes);
    }

    /** {@code 0x} followed by 64 lower-case hex digits. */
    public String hex() {
        return "0x" + HexFormat.of().formatHex(bytes);
    }

    /** The first 4 bytes in hex with {@code 0x} and an ellipsis, for tables and logs. */
    public String shortHex() {
        return "0x" + HexFormat.of().formatHex(bytes, 0, 4) + "…";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes32 b && Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Unsigned, most significant byte first (the order of {@code uint256}). */
    @Override
    public int compareTo(Bytes32 o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
