// fails at stage: 4 — reads the index from its top bit down (the path order reversed)

byte[] parent(byte[] left, byte[] right) {
    return Keccak256.hash(left, right);        // keccak256(abi.encodePacked(left, right))
}

byte[] merkleRoot(List<byte[]> leaves) {
    if (leaves.isEmpty()) throw new IllegalArgumentException("a Merkle tree needs at least one leaf");
    int width = 1;
    while (width < leaves.size()) width *= 2;  // pad to a power of two with zero leaves
    List<byte[]> level = new ArrayList<>(leaves);
    while (level.size() < width) level.add(new byte[32]);
    while (level.size() > 1) {
        List<byte[]> up = new ArrayList<>();
        for (int i = 0; i < level.size(); i += 2) up.add(parent(level.get(i), level.get(i + 1)));
        level = up;
    }
    return level.get(0);
}

byte[] rootFromProof(byte[] leaf, int index, List<byte[]> siblings) {
    byte[] node = leaf;
    for (int height = 0; height < siblings.size(); height++) {
        boolean isRightChild = ((index >> (siblings.size() - 1 - height)) & 1) == 1;
        node = isRightChild ? parent(siblings.get(height), node) : parent(node, siblings.get(height));
    }
    return node;
}
