// Exercise 01 · staged checks. Each stage must pass before the next one runs.
// Expected roots were computed once with the kit's MerkleTree (Solidity's rule) and are stored as hex: no library tree is called here.

List<byte[]> words(int n, long seed) {
    Random random = new Random(seed);
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) { byte[] w = new byte[32]; random.nextBytes(w); out.add(w); }
    return out;
}

stage(1, "parent(left, right) = keccak256(left ‖ right)", "hash the 64 bytes left then right with Keccak256.hash(left, right); do not use MerkleTree");
forbid("MerkleTree\\s*(\\.|::)|MemoryTree", "write the tree yourself");
byte[] one = new byte[32]; one[31] = 1;
byte[] two = new byte[32]; two[31] = 2;
check(hex(parent(one, two)).equals("e90b7bceb6e7df5418fb78d8ee546e97c83a08bbccc01a0644d599ccd2a7c2e0"),
      "stage 1: parent(0x…01, 0x…02) = keccak256(left ‖ right)");

stage(2, "roots of 1, 2 and 4 leaves", "one leaf is its own root; otherwise hash pairs level by level until one node is left");
String[] small = {"73d51abbd89cb8196f0efb6892f94d68fccc2c35f0b84609e5f12c55dd85aba8",
                  "89fca1b8883969f7be569ae4309c4e000f4d91c9c467c7ab90da40f18e3c884d", null,
                  "6349fc89f389aae72030567997263d972cb95619e7adccb39d0cc8e0fab0aef6"};
for (int n : new int[] {1, 2, 4})
    check(hex(merkleRoot(words(n, n))).equals(small[n - 1]), "stage 2: root of " + n + " leaves");

stage(3, "roots of 1..33 leaves (zero padding)", "pad the leaf list with all-zero 32-byte leaves up to the next power of two (not copies of the last leaf)");
String[] prefixes = {"e9c0cfb85427", "8a8203321e35", "23c2237bafb2", "0cbf41fa5353", "935867a46aea", "744464f74066", "1c3868bfb6a6",
    "cd1ece7f471d", "be748e2d5c53", "377b199c13d2", "218a6c86e83c", "fe3a80f5ceb8", "ad7a62b078dd", "2ddce69d6ea2", "52d0195400b9",
    "6e8c2d30db67", "d2a8fb3f8a16", "84bd6f770966", "64b3ea92c131", "ba3638d675ac", "f981229fd335", "338908795781", "0ec668e22a79",
    "6c3eda9a6280", "367828e94ae0", "7f1bebf4ba9d", "aa33fe788c11", "36af6f3a6f57", "904d91e5cc62", "f0faf9234c8a", "4d8bbe0b8f49",
    "e1dc4b8a0d05", "fd4d7982d9d5"};
for (int n = 1; n <= 33; n++)
    if (!hex(merkleRoot(words(n, 100 + n))).startsWith(prefixes[n - 1]))
        throw new AssertionError("check failed: stage 3: the root of " + n + " leaves is wrong");
check(true, "stage 3: roots of 1..33 leaves");

// The checks' own tree (levels[h] = the nodes at height h), to hand out proofs.
List<List<byte[]>> levels(List<byte[]> leaves) {
    List<byte[]> level = new ArrayList<>(leaves);
    int width = 1; while (width < level.size()) width *= 2;
    while (level.size() < width) level.add(new byte[32]);
    List<List<byte[]>> all = new ArrayList<>(List.of(level));
    while (level.size() > 1) {
        List<byte[]> up = new ArrayList<>();
        for (int i = 0; i < level.size(); i += 2) up.add(Keccak256.hash(level.get(i), level.get(i + 1)));
        all.add(level = up);
    }
    return all;
}
List<byte[]> siblings(List<List<byte[]>> tree, int index) {
    List<byte[]> out = new ArrayList<>();
    for (int h = 0; h + 1 < tree.size(); h++) out.add(tree.get(h).get((index >> h) ^ 1));
    return out;
}

stage(4, "every leaf's proof gives the root", "at height i, if bit i of index is 1 the node is a right child: parent(sibling, node); else parent(node, sibling)");
List<byte[]> leaves = words(13, 7);
List<List<byte[]>> tree = levels(leaves);
String root = "44f2ff7814c5ff5f3c7d6d5bceacee53d3fe2003f4a1ca17417148771d552184";
for (int i = 0; i < leaves.size(); i++)
    if (!hex(rootFromProof(leaves.get(i), i, siblings(tree, i))).equals(root))
        throw new AssertionError("check failed: stage 4: the proof of leaf " + i + " does not give the root");
check(true, "stage 4: all 13 proofs give the root");

stage(5, "a changed leaf, sibling or index gives another root", "every input must go into the hash: the leaf, each sibling, and each bit of the index");
for (int i = 0; i < leaves.size(); i++) {
    byte[] tampered = leaves.get(i).clone(); tampered[i % 32] ^= 1;
    check(!hex(rootFromProof(tampered, i, siblings(tree, i))).equals(root), "stage 5: a tampered leaf " + i + " is refused");
    for (int h = 0; h < 4; h++) {
        List<byte[]> s = new ArrayList<>(siblings(tree, i));
        byte[] t = s.get(h).clone(); t[31] ^= 0x80; s.set(h, t);
        if (hex(rootFromProof(leaves.get(i), i, s)).equals(root))
            throw new AssertionError("check failed: stage 5: leaf " + i + " with a tampered sibling at height " + h + " still gives the root");
        if (hex(rootFromProof(leaves.get(i), i ^ (1 << h), siblings(tree, i))).equals(root))
            throw new AssertionError("check failed: stage 5: leaf " + i + " at the wrong index " + (i ^ (1 << h)) + " still gives the root");
    }
}
check(true, "stage 5: tampered leaves, siblings and indices are all refused");
