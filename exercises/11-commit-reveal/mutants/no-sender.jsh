// fails at stage: 3 — hashes value and salt only, so a rival can copy the commitment

byte[] commitment(byte[] sender, byte[] value, byte[] salt) {
    return Keccak256.hash(value, salt);      // abi.encodePacked(address, bytes32, bytes32)
}

boolean reveal(byte[] commitment, byte[] sender, byte[] value, byte[] salt) {
    return Arrays.equals(commitment, commitment(sender, value, salt));
}
