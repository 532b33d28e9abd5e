// fails at stage: 1 — hashes right ‖ left instead of left ‖ right
byte[] parent(byte[] left, byte[] right) { return Keccak256.hash(right, left); }
byte[] merkleRoot(List<byte[]> leaves) { throw new UnsupportedOperationException("not reached"); }
byte[] rootFromProof(byte[] leaf, int index, List<byte[]> siblings) { throw new UnsupportedOperationException("not reached"); }
