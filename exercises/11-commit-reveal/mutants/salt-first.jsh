// fails at stage: 4 — hashes salt ‖ sender ‖ value: safe, but not the bytes the contract hashes

byte[] commitment(byte[] sender, byte[] value, byte[] salt) {
    return Keccak256.hash(salt, sender, value);      // abi.encodePacked(address, bytes32, bytes32)
}

boolean reveal(byte[] commitment, byte[] sender, byte[] value, byte[] salt) {
    return Arrays.equals(commitment, commitment(sender, value, salt));
}
