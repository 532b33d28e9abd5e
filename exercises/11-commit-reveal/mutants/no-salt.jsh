// fails at stage: 2 — hashes sender and value only: small values are found by trying them all

byte[] commitment(byte[] sender, byte[] value, byte[] salt) {
    return Keccak256.hash(sender, value);      // abi.encodePacked(address, bytes32, bytes32)
}

boolean reveal(byte[] commitment, byte[] sender, byte[] value, byte[] salt) {
    return Arrays.equals(commitment, commitment(sender, value, salt));
}
