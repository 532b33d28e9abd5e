// Exercise 01 · A Merkle root, as Solidity computes it. See README.md for the task.
// Run: ./kit exercise 01-merkle-root

byte[] parent(byte[] left, byte[] right) {
    throw new UnsupportedOperationException("exercise 01: write parent(left, right)");
}

byte[] merkleRoot(List<byte[]> leaves) {
    throw new UnsupportedOperationException("exercise 01: write merkleRoot(leaves)");
}

byte[] rootFromProof(byte[] leaf, int index, List<byte[]> siblings) {
    throw new UnsupportedOperationException("exercise 01: write rootFromProof(leaf, index, siblings)");
}
