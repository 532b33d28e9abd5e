// fails at stage: 3 — pads an odd level by repeating its last node (Bitcoin's rule), not with zero leaves
byte[] parent(byte[] left, byte[] right) { return Keccak256.hash(left, right); }
byte[] merkleRoot(List<byte[]> leaves) {
    List<byte[]> level = new ArrayList<>(leaves);
    while (level.size() > 1) {
        if (level.size() % 2 == 1) level.add(level.get(level.size() - 1));
        List<byte[]> up = new ArrayList<>();
        for (int i = 0; i < level.size(); i += 2) up.add(parent(level.get(i), level.get(i + 1)));
        level = up;
    }
    return level.get(0);
}
byte[] rootFromProof(byte[] leaf, int index, List<byte[]> siblings) { throw new UnsupportedOperationException("not reached"); }
