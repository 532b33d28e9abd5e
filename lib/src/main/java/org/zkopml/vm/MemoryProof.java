package org.zkopml.vm;

import java.util.Arrays;

/**
 * A Merkle proof of one memory word: the word and its 24 siblings, bottom up. The root is recomputed
 * along the address bits, least significant first: node(cur, sib) when the bit is 0, else node(sib, cur).
 *
 * @param address  the word address (0 ≤ address &lt; 2^24)
 * @param word     the 32-byte word
 * @param siblings 24 sibling hashes, {@code siblings[h]} at height h
 */
public record MemoryProof(long address, byte[] word, byte[][] siblings) {
    /** Encoded size: the word plus 24 siblings. */
    public static final int BYTES = Word.BYTES * (1 + Memory.ADDRESS_BITS);

    public MemoryProof {
        if (address < 0 || address >= Memory.WORDS) throw new IllegalArgumentException("address out of range: " + address);
        if (word.length != Word.BYTES) throw new IllegalArgumentException("a word is 32 bytes");
        if (siblings.length != Memory.ADDRESS_BITS) throw new IllegalArgumentException("a memory proof has 24 siblings");
        word = word.clone();
        siblings = deepCopy(siblings);
        for (int h = 0; h < siblings.length; h++) {
            if (siblings[h] == null || siblings[h].length != Word.BYTES) throw new IllegalArgumentException("memory proof sibling " + h + " is not 32 bytes");
        }
    }

    private static byte[][] deepCopy(byte[][] a) {
        byte[][] c = new byte[a.length][];
        for (int h = 0; h < a.length; h++) c[h] = a[h] == null ? null : a[h].clone();
        return c;
    }

    /** The root this proof implies. */
    public byte[] computeRoot() {
        return rootWith(word);
    }

    /** The root after replacing the word with {@code newWord} (same siblings): the post-store root. */
    public byte[] rootWith(byte[] newWord) {
        return root(address, newWord, siblings);
    }

    /** The int64 a load returns. */
    public long value() {
        return Word.low64(word, 0);
    }

    @Override
    public byte[] word() {
        return word.clone();
    }

    @Override
    public byte[][] siblings() {
        return deepCopy(siblings);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemoryProof p && p.address == address && Arrays.equals(encode(), p.encode());
    }

    @Override
    public int hashCode() {
        return Long.hashCode(address) * 31 + Arrays.hashCode(encode());
    }

    /** word ‖ siblings[0] ‖ … ‖ siblings[23]. */
    public byte[] encode() {
        byte[] out = new byte[BYTES];
        System.arraycopy(word, 0, out, 0, Word.BYTES);
        for (int h = 0; h < siblings.length; h++) System.arraycopy(siblings[h], 0, out, Word.BYTES * (h + 1), Word.BYTES);
        return out;
    }

    /** Reads a proof for {@code address} from {@code BYTES} bytes at {@code off}. */
    public static MemoryProof decode(long address, byte[] in, int off) {
        byte[] w = Arrays.copyOfRange(in, off, off + Word.BYTES);
        byte[][] sib = new byte[Memory.ADDRESS_BITS][];
        for (int h = 0; h < sib.length; h++) sib[h] = Arrays.copyOfRange(in, off + Word.BYTES * (h + 1), off + Word.BYTES * (h + 2));
        return new MemoryProof(address, w, sib);
    }

    static byte[] root(long address, byte[] word, byte[][] siblings) {
        byte[] cur = word;
        for (int h = 0; h < siblings.length; h++) {
            cur = ((address >>> h) & 1) == 0 ? MemoryTree.node(cur, siblings[h]) : MemoryTree.node(siblings[h], cur);
        }
        return cur;
    }
}
