package org.zkopml.vm;

import java.util.Arrays;
import java.util.List;
import org.zkopml.values.Bytes32;

/**
 * Merkleized paged memory: 2^24 words of 32 bytes (holding int64 values, see {@link Word}), stored as
 * pages of 256 words that exist only once written. The Keccak-256 tree over the words (depth 24) is
 * hashed lazily: writes only mark their page dirty, and {@link #root()} or {@link #proof(long)} rehash
 * the dirty pages and their paths to the root. Mutable; {@link #copy()} gives an independent copy.
 */
public final class Memory {
    /** Address bits = tree depth. */
    public static final int ADDRESS_BITS = 24;
    /** Number of words. */
    public static final long WORDS = 1L << ADDRESS_BITS;
    /**
     * First word of the input region, the upper half of memory [2^23, 2^24): a program's image lies in
     * the lower half and its input from here on, so the initial memory root is node(image root, input
     * root) and a contract derives the initial state from the two ({@link VmState#initial}).
     */
    public static final long INPUT_BASE = WORDS / 2;
    /** log2 of the page size in words. */
    public static final int PAGE_BITS = 8;
    static final int PAGE_WORDS = 1 << PAGE_BITS;
    static final int PAGE_MASK = PAGE_WORDS - 1;
    static final int PAGES = 1 << (ADDRESS_BITS - PAGE_BITS);
    private static final int UPPER_BITS = ADDRESS_BITS - PAGE_BITS;

    /** Word values by page; null = an all-zero page. Read directly by the interpreter's hot loop. */
    final long[][] pages;
    /** Per page, its subtree as a heap (index 1 = page root, leaves at 256 + offset); null = not hashed. */
    private final byte[][][] pageTrees;
    /** The tree above the pages as a heap (index 1 = root, page roots at 2^16 + page); null = zero subtree. */
    private final byte[][] upper;
    /** Whether this memory owns {@code pages[p]} exclusively (copy-on-write after {@link #copy()}). */
    private final boolean[] owned;
    final boolean[] dirty;
    int[] dirtyList;
    int dirtyCount;

    /** An all-zero memory. */
    public Memory() {
        pages = new long[PAGES][];
        pageTrees = new byte[PAGES][][];
        upper = new byte[2 * PAGES][];
        owned = new boolean[PAGES];
        dirty = new boolean[PAGES];
        dirtyList = new int[16];
    }

    private Memory(Memory o) {
        pages = o.pages.clone();          // shared until written: copy-on-write
        java.util.Arrays.fill(o.owned, false);
        owned = new boolean[PAGES];
        pageTrees = o.pageTrees.clone();  // page trees are never modified in place
        upper = o.upper.clone();
        dirty = o.dirty.clone();
        dirtyList = o.dirtyList.clone();
        dirtyCount = o.dirtyCount;
    }

    /** Memory holding {@code words} from address 0. */
    public static Memory of(long[] words) {
        Memory m = new Memory();
        for (int a = 0; a < words.length; a++) if (words[a] != 0) m.write(a, words[a]);
        return m;
    }

    /** An independent copy (values and hash caches), cheap: pages are shared and copied on their next write. */
    public Memory copy() {
        return new Memory(this);
    }

    /** The int64 at {@code address} (0 ≤ address &lt; 2^24). */
    public long read(long address) {
        checkAddress(address);
        long[] page = pages[(int) (address >>> PAGE_BITS)];
        return page == null ? 0 : page[(int) address & PAGE_MASK];
    }

    /** Stores an int64 at {@code address} (0 ≤ address &lt; 2^24). */
    public void write(long address, long value) {
        checkAddress(address);
        store((int) address, value);
    }

    /** Store without the range check (the interpreter checks first). */
    void store(int address, long value) {
        int p = address >>> PAGE_BITS;
        long[] page = pages[p];
        if (!owned[p]) {
            if (page == null) {
                if (value == 0) return;
                page = new long[PAGE_WORDS];
            } else {
                page = page.clone();
            }
            pages[p] = page;
            owned[p] = true;
        }
        page[address & PAGE_MASK] = value;
        if (!dirty[p]) markDirty(p);
    }

    private void markDirty(int p) {
        dirty[p] = true;
        if (dirtyCount == dirtyList.length) dirtyList = Arrays.copyOf(dirtyList, dirtyCount * 2);
        dirtyList[dirtyCount++] = p;
    }

    /** The memory root (rehashes what changed since the last call). */
    public Bytes32 root() {
        flush();
        return Bytes32.of(nodeUpper(1, ADDRESS_BITS));
    }

    /** Merkle proof of the word at {@code address} against {@link #root()}. */
    public MemoryProof proof(long address) {
        checkAddress(address);
        flush();
        int p = (int) (address >>> PAGE_BITS);
        int off = (int) address & PAGE_MASK;
        Bytes32[] sib = new Bytes32[ADDRESS_BITS];
        byte[][] tree = pageTrees[p];
        int i = PAGE_WORDS + off;
        for (int h = 0; h < PAGE_BITS; h++, i >>>= 1) {
            sib[h] = Bytes32.of(tree == null ? MemoryTree.sharedZero(h) : tree[i ^ 1]);
        }
        int j = PAGES + p;
        for (int h = PAGE_BITS; h < ADDRESS_BITS; h++, j >>>= 1) {
            sib[h] = Bytes32.of(nodeUpper(j ^ 1, h));
        }
        return new MemoryProof(address, Bytes32.of(Word.of(read(address))), List.of(sib));
    }

    /** Number of pages that hold a nonzero word at some time. */
    public int pagesInUse() {
        int n = 0;
        for (long[] page : pages) if (page != null) n++;
        return n;
    }

    private byte[] nodeUpper(int index, int height) {
        byte[] n = upper[index];
        return n == null ? MemoryTree.sharedZero(height) : n;
    }

    private void flush() {
        for (int d = 0; d < dirtyCount; d++) {
            int p = dirtyList[d];
            dirty[p] = false;
            byte[][] tree = new byte[2 * PAGE_WORDS][];
            long[] page = pages[p];
            for (int o = 0; o < PAGE_WORDS; o++) tree[PAGE_WORDS + o] = page[o] == 0 ? MemoryTree.sharedZero(0) : Word.of(page[o]);
            for (int i = PAGE_WORDS - 1; i >= 1; i--) tree[i] = MemoryTree.node(tree[2 * i], tree[2 * i + 1]);
            pageTrees[p] = tree;
            upper[PAGES + p] = tree[1];
        }
        // Recompute the upper paths of the dirty pages, one level at a time (shared ancestors once).
        int[] level = Arrays.copyOf(dirtyList, dirtyCount);
        int n = dirtyCount;
        dirtyCount = 0;
        for (int k = 0; k < n; k++) level[k] = PAGES + level[k];
        for (int h = PAGE_BITS + 1; h <= ADDRESS_BITS && n > 0; h++) {
            for (int k = 0; k < n; k++) level[k] >>>= 1;
            Arrays.sort(level, 0, n);
            int m = 0;
            for (int k = 0; k < n; k++) if (m == 0 || level[m - 1] != level[k]) level[m++] = level[k];
            n = m;
            for (int k = 0; k < n; k++) {
                int i = level[k];
                upper[i] = MemoryTree.node(nodeUpper(2 * i, h - 1), nodeUpper(2 * i + 1, h - 1));
            }
        }
    }

    private static void checkAddress(long address) {
        if (address < 0 || address >= WORDS) throw new IllegalArgumentException("memory address out of range [0, 2^24): " + address);
    }
}
