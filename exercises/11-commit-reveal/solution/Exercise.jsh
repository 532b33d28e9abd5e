// Exercise 11 · reference solution.

byte[] commitment(byte[] sender, byte[] value, byte[] salt) {
    return Keccak256.hash(sender, value, salt);      // abi.encodePacked(address, bytes32, bytes32)
}

boolean reveal(byte[] commitment, byte[] sender, byte[] value, byte[] salt) {
    return Arrays.equals(commitment, commitment(sender, value, salt));
}
