package org.zkopml.vm;

import java.util.Arrays;
import java.util.List;
import org.zkopml.values.Bytes32;

/**
 * Merkleized paged memory: 2^27 words of 32 bytes, stored as pages of 4,096 words (4 longs per word, the
 * most significant first) that exist only once written. A word holds either an int64 (a store writes it
 * sign-extended, a load reads its low 8 bytes, {@link Word}) or 32 packed bytes (int8 weights, read one at a
 * time by LDB at a byte address, word = address / 32, byte = address mod 32, byte 0 the most significant).
 * The Keccak-256 tree over the words (depth 27) is hashed lazily: writes only mark their page dirty, and
 * {@link #root()} or {@link #proof(long)} rehash the dirty pages and their paths to the root. Only page
 * roots and the tree above them are kept; a proof rebuilds its page's subtree (4,095 hashes), so a gigabyte of
 * weights costs no more than its own bytes. Mutable; {@link #copy()} gives an independent copy (pages are
 * shared until written).
 */
public final class Memory {
    /** Address bits = tree depth. */
    public static final int ADDRESS_BITS = 27;
    /** Number of words. */
    public static final long WORDS = 1L << ADDRESS_BITS;
    /** Bits of a byte address: 32 bytes per word. */
    public static final int BYTE_ADDRESS_BITS = ADDRESS_BITS + 5;
    /**
     * First word of the input region, the upper half of memory [2^26, 2^27): a program's image lies in
     * the lower half and its input from here on, so the initial memory root is node(image root, input
     * root) and a contract derives the initial state from the two ({@link VmState#initial}).
     */
    public static final long INPUT_BASE = WORDS / 2;
    /** log2 of the page size in words. */
    public static final int PAGE_BITS = 12;
    static final int PAGE_WORDS = 1 << PAGE_BITS;
    static final int PAGE_MASK = PAGE_WORDS - 1;
    static final int PAGES = 1 << (ADDRESS_BITS - PAGE_BITS);

    /** Word limbs by page (word w at 4·(w mod 4096) .. +3); null = an all-zero page. Read by the interpreter's hot loop. */
    final long[][] pages;
    /** Per page, the root of its subtree; null = not hashed since written (or never written: zero). */
    private final byte[][] pageRoots;
    /** The tree above the pages as a heap (index 1 = root, page roots at PAGES + page); null = zero subtree. */
    private final byte[][] upper;
    /** Whether this memory owns {@code pages[p]} exclusively (copy-on-write after {@link #copy()}). */
    private final boolean[] owned;
    final boolean[] dirty;
    int[] dirtyList;
    int dirtyCount;

    /** An all-zero memory. */
    public Memory() {
        pages = new long[PAGES][];
        pageRoots = new byte[PAGES][];
        upper = new byte[2 * PAGES][];
        owned = new boolean[PAGES];
        dirty = new boolean[PAGES];
        dirtyList = new int[16];
    }

    private Memory(Memory o) {
        pages = o.pages.clone();          // shared until written: copy-on-write
        Arrays.fill(o.owned, false);
        owned = new boolean[PAGES];
        pageRoots = o.pageRoots.clone();  // hashes are never modified in place
        upper = o.upper.clone();
        dirty = o.dirty.clone();
        dirtyList = o.dirtyList.clone();
        dirtyCount = o.dirtyCount;
    }

    /** Memory holding {@code words} (as int64) from address 0. */
    public static Memory of(long[] words) {
        Memory m = new Memory();
        for (int a = 0; a < words.length; a++) if (words[a] != 0) m.write(a, words[a]);
        return m;
    }

    /** An independent copy (values and hash caches), cheap: pages are shared and copied on their next write. */
    public Memory copy() {
        return new Memory(this);
    }

    /** The int64 at {@code address}: the word's low 8 bytes (0 ≤ address &lt; 2^27). */
    public long read(long address) {
        checkAddress(address);
        long[] page = pages[(int) (address >>> PAGE_BITS)];
        return page == null ? 0 : page[(((int) address & PAGE_MASK) << 2) | 3];
    }

    /** The signed byte at byte address {@code b} (0 ≤ b &lt; 2^32): what LDB loads. */
    public int readByte(long b) {
        if (b < 0 || b >>> BYTE_ADDRESS_BITS != 0) throw new IllegalArgumentException("byte address out of range [0, 2^32): " + b);
        long w = b >>> 5;
        long[] page = pages[(int) (w >>> PAGE_BITS)];
        if (page == null) return 0;
        long limb = page[(((int) w & PAGE_MASK) << 2) | (int) ((b & 31) >>> 3)];
        return (byte) (limb >>> (56 - 8 * (b & 7)));
    }

    /** The 32 bytes of the word at {@code address}. */
    public byte[] word(long address) {
        checkAddress(address);
        long[] page = pages[(int) (address >>> PAGE_BITS)];
        byte[] w = new byte[Word.BYTES];
        if (page != null) {
            int at = ((int) address & PAGE_MASK) << 2;
            for (int k = 0; k < 4; k++) Word.putLong(w, 8 * k, page[at + k]);
        }
        return w;
    }

    /** Stores an int64 at {@code address}, sign-extended to 32 bytes. */
    public void write(long address, long value) {
        checkAddress(address);
        store((int) address, value);
    }

    /** Writes {@code bytes} packed 32 to a word from word {@code address} on (the last word zero-padded). */
    public void writePacked(long address, byte[] bytes) {
        long words = (bytes.length + 31L) / 32;
        if (address < 0 || address + words > WORDS) throw new IllegalArgumentException("packed bytes do not fit in memory at " + address);
        for (long k = 0; k < words; k++) {
            long[] limbs = new long[4];
            for (int j = 0; j < 32; j++) {
                long at = 32 * k + j;
                if (at < bytes.length) limbs[j >>> 3] |= (bytes[(int) at] & 0xFFL) << (56 - 8 * (j & 7));
            }
            storeWord((int) (address + k), limbs);
        }
    }

    /** Store of an int64 without the range check (the interpreter checks first). */
    void store(int address, long value) {
        long fill = value < 0 ? -1L : 0;
        long[] page = writable(address >>> PAGE_BITS, value == 0);
        if (page == null) return;
        int at = (address & PAGE_MASK) << 2;
        page[at] = fill;
        page[at + 1] = fill;
        page[at + 2] = fill;
        page[at + 3] = value;
    }

    private void storeWord(int address, long[] limbs) {
        boolean zero = (limbs[0] | limbs[1] | limbs[2] | limbs[3]) == 0;
        long[] page = writable(address >>> PAGE_BITS, zero);
        if (page == null) return;
        System.arraycopy(limbs, 0, page, (address & PAGE_MASK) << 2, 4);
    }

    /** Page p made writable (copied if shared, created if absent unless the write is a zero), marked dirty. */
    private long[] writable(int p, boolean zeroWrite) {
        long[] page = pages[p];
        if (!owned[p]) {
            if (page == null) {
                if (zeroWrite) return null;
                page = new long[PAGE_WORDS << 2];
            } else {
                page = page.clone();
            }
            pages[p] = page;
            owned[p] = true;
        }
        if (!dirty[p]) markDirty(p);
        return page;
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

    /** The root of the lower half (the image region) after hashing what changed. */
    public Bytes32 imageRoot() {
        flush();
        return Bytes32.of(nodeUpper(2, ADDRESS_BITS - 1));
    }

    /** Merkle proof of the word at {@code address} against {@link #root()}. */
    public MemoryProof proof(long address) {
        checkAddress(address);
        flush();
        int p = (int) (address >>> PAGE_BITS);
        int off = (int) address & PAGE_MASK;
        Bytes32[] sib = new Bytes32[ADDRESS_BITS];
        byte[][] tree = pageTree(p);
        int i = PAGE_WORDS + off;
        for (int h = 0; h < PAGE_BITS; h++, i >>>= 1) {
            sib[h] = Bytes32.of(tree == null ? MemoryTree.sharedZero(h) : tree[i ^ 1]);
        }
        int j = PAGES + p;
        for (int h = PAGE_BITS; h < ADDRESS_BITS; h++, j >>>= 1) {
            sib[h] = Bytes32.of(nodeUpper(j ^ 1, h));
        }
        return new MemoryProof(address, Bytes32.of(word(address)), List.of(sib));
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

    /** Page p's subtree as a heap (index 1 = page root, leaves at 256 + offset), or null for a zero page. */
    private byte[][] pageTree(int p) {
        long[] page = pages[p];
        if (page == null) return null;
        byte[][] tree = new byte[2 * PAGE_WORDS][];
        byte[] leaf = new byte[Word.BYTES];
        for (int o = 0; o < PAGE_WORDS; o++) {
            int at = o << 2;
            if ((page[at] | page[at + 1] | page[at + 2] | page[at + 3]) == 0) {
                tree[PAGE_WORDS + o] = MemoryTree.sharedZero(0);
            } else {
                for (int k = 0; k < 4; k++) Word.putLong(leaf, 8 * k, page[at + k]);
                tree[PAGE_WORDS + o] = leaf.clone();
            }
        }
        for (int i = PAGE_WORDS - 1; i >= 1; i--) {
            int h = PAGE_BITS - (31 - Integer.numberOfLeadingZeros(i));    // height of node i in the page's subtree
            byte[] zero = MemoryTree.sharedZero(h - 1);
            // two zero subtrees make a zero subtree: a sparse page costs a hash per non-zero path, not 4,095
            tree[i] = tree[2 * i] == zero && tree[2 * i + 1] == zero ? MemoryTree.sharedZero(h) : MemoryTree.node(tree[2 * i], tree[2 * i + 1]);
        }
        return tree;
    }

    private void flush() {
        if (dirtyCount == 0) return;
        for (int d = 0; d < dirtyCount; d++) {
            int p = dirtyList[d];
            dirty[p] = false;
            byte[][] tree = pageTree(p);
            pageRoots[p] = tree == null ? null : tree[1];
            upper[PAGES + p] = pageRoots[p];
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
        if (address < 0 || address >= WORDS) throw new IllegalArgumentException("memory address out of range [0, 2^27): " + address);
    }
}
