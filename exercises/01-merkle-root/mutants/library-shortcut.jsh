// fails at stage: 1 — calls the library's MerkleTree instead of writing the tree
byte[] parent(byte[] left, byte[] right) { return Keccak256.hash(left, right); }
byte[] merkleRoot(List<byte[]> leaves) { return MerkleTree.of(leaves.stream().map(Bytes32::of).toList()).root().bytes(); }
byte[] rootFromProof(byte[] leaf, int index, List<byte[]> siblings) { throw new UnsupportedOperationException("not reached"); }
