package org.zkopml.vm;

import java.util.ArrayList;
import java.util.List;
import org.zkopml.values.Bytes32;

/**
 * A Merkle proof of one memory word: the word and its 27 siblings, bottom up. The root is recomputed
 * along the address bits, least significant first: node(cur, sib) when the bit is 0, else node(sib, cur).
 *
 * @param address  the word address (0 ≤ address &lt; 2^27)
 * @param word     the 32-byte word
 * @param siblings 27 sibling hashes, {@code siblings.get(h)} at height h
 */
public record MemoryProof(long address, Bytes32 word, List<Bytes32> siblings) {
    /** Encoded size: the word plus 27 siblings. */
    public static final int BYTES = Word.BYTES * (1 + Memory.ADDRESS_BITS);

    public MemoryProof {
        if (address < 0 || address >= Memory.WORDS) throw new IllegalArgumentException("address out of range: " + address);
        if (word == null) throw new IllegalArgumentException("a memory proof needs its word");
        if (siblings == null || siblings.size() != Memory.ADDRESS_BITS) throw new IllegalArgumentException("a memory proof has " + Memory.ADDRESS_BITS + " siblings");
        for (int h = 0; h < siblings.size(); h++) {
            if (siblings.get(h) == null) throw new IllegalArgumentException("memory proof sibling " + h + " is missing");
        }
        siblings = List.copyOf(siblings);
    }

    /** The root this proof implies. */
    public Bytes32 computeRoot() {
        return rootWith(word);
    }

    /** The root after replacing the word with {@code newWord} (same siblings): the post-store root. */
    public Bytes32 rootWith(Bytes32 newWord) {
        byte[] cur = newWord.bytes();
        for (int h = 0; h < siblings.size(); h++) {
            byte[] sib = siblings.get(h).bytes();
            cur = ((address >>> h) & 1) == 0 ? MemoryTree.node(cur, sib) : MemoryTree.node(sib, cur);
        }
        return Bytes32.of(cur);
    }

    /** The int64 a load returns. */
    public long value() {
        return Word.low64(word.bytes(), 0);
    }

    /** word ‖ siblings[0] ‖ … ‖ siblings[23]. */
    public byte[] encode() {
        byte[] out = new byte[BYTES];
        word.copyTo(out, 0);
        for (int h = 0; h < siblings.size(); h++) siblings.get(h).copyTo(out, Word.BYTES * (h + 1));
        return out;
    }

    /** Reads a proof for {@code address} from {@code BYTES} bytes at {@code off}. */
    public static MemoryProof decode(long address, byte[] in, int off) {
        List<Bytes32> sib = new ArrayList<>(Memory.ADDRESS_BITS);
        for (int h = 0; h < Memory.ADDRESS_BITS; h++) sib.add(Bytes32.of(in, off + Word.BYTES * (h + 1)));
        return new MemoryProof(address, Bytes32.of(in, off), sib);
    }
}
