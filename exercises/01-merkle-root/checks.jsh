// Exercise 01 · staged checks. Each stage must pass before the next one runs.

List<byte[]> words(int n, long seed) {
    Random random = new Random(seed);
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) { byte[] w = new byte[32]; random.nextBytes(w); out.add(w); }
    return out;
}

// The library works on Bytes32 values; the exercise on plain byte arrays.
byte[] libraryRoot(List<byte[]> leaves) {
    return MerkleTree.of(leaves.stream().map(Bytes32::of).toList()).root().bytes();
}

List<byte[]> plain(List<Bytes32> words) {
    return words.stream().map(Bytes32::bytes).toList();
}

// Stage 1: parent(0x00…01, 0x00…02) is a fixed Keccak-256 value (computed once with Solidity's rule).
byte[] one = new byte[32]; one[31] = 1;
byte[] two = new byte[32]; two[31] = 2;
check(hex(parent(one, two)).equals("e90b7bceb6e7df5418fb78d8ee546e97c83a08bbccc01a0644d599ccd2a7c2e0"),
      "stage 1: parent(left, right) = keccak256(left ‖ right)");

// Stage 2: small trees agree with the library.
for (int n : new int[] {1, 2, 4}) {
    List<byte[]> leaves = words(n, n);
    check(Arrays.equals(merkleRoot(leaves), libraryRoot(leaves)), "stage 2: root of " + n + " leaves");
}

// Stage 3: every size from 1 to 33, padded with zero leaves.
for (int n = 1; n <= 33; n++) {
    List<byte[]> leaves = words(n, 100 + n);
    if (!Arrays.equals(merkleRoot(leaves), libraryRoot(leaves)))
        throw new AssertionError("check failed: stage 3: root of " + n + " leaves differs from MerkleTree.of");
}
check(true, "stage 3: roots agree for 1..33 leaves (zero padding)");

// Stage 4: proofs.
List<byte[]> leaves = words(13, 7);
MerkleTree tree = MerkleTree.of(leaves.stream().map(Bytes32::of).toList());
for (int i = 0; i < leaves.size(); i++) {
    MerkleProof proof = tree.proof(i);
    if (!Arrays.equals(rootFromProof(leaves.get(i), i, plain(proof.siblings())), tree.root().bytes()))
        throw new AssertionError("check failed: stage 4: the proof of leaf " + i + " does not give the root");
}
byte[] tampered = leaves.get(5).clone(); tampered[0] ^= 1;
check(!Arrays.equals(rootFromProof(tampered, 5, plain(tree.proof(5).siblings())), tree.root().bytes()),
      "stage 4: every leaf's proof gives the root, and a tampered leaf does not");
