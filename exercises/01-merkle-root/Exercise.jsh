// Exercise 01 · A Merkle root, as Solidity computes it. See README.md for the task.
// Run: ./kit exercise 01-merkle-root

byte[] parent(byte[] left, byte[] right) {
    // TODO: keccak256(left ‖ right)
    throw new UnsupportedOperationException("TODO: write parent(left, right)");
}

byte[] merkleRoot(List<byte[]> leaves) {
    // TODO: pad to a power of two with zero leaves, then hash level by level
    throw new UnsupportedOperationException("TODO: write merkleRoot(leaves)");
}

byte[] rootFromProof(byte[] leaf, int index, List<byte[]> siblings) {
    // TODO: climb from the leaf, bit i of index saying left (0) or right (1) child at height i
    throw new UnsupportedOperationException("TODO: write rootFromProof(leaf, index, siblings)");
}
