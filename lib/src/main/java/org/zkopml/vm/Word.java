package org.zkopml.vm;

/**
 * A memory word: 32 bytes, big-endian. The machine computes on int64; a store writes the value
 * sign-extended to 256 bits ({@link #of(long)}) and a load reads the low 8 bytes ({@link #low64(byte[], int)}).
 */
public final class Word {
    /** Bytes in a word. */
    public static final int BYTES = 32;

    private Word() {}

    /** The 32-byte word of an int64: two's complement, sign-extended to 256 bits. */
    public static byte[] of(long value) {
        byte[] w = new byte[BYTES];
        if (value < 0) java.util.Arrays.fill(w, 0, 24, (byte) 0xff);
        putLong(w, 24, value);
        return w;
    }

    /** The int64 in bytes {@code off+24 .. off+31} of a word starting at {@code off}. */
    public static long low64(byte[] bytes, int off) {
        return getLong(bytes, off + 24);
    }

    /** Big-endian int64 at {@code off}. */
    static long getLong(byte[] b, int off) {
        long v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | (b[off + i] & 0xffL);
        return v;
    }

    /** Writes a big-endian int64 at {@code off}. */
    static void putLong(byte[] b, int off, long v) {
        for (int i = 7; i >= 0; i--) {
            b[off + i] = (byte) v;
            v >>>= 8;
        }
    }
}
