// Exercise 19 · What a verifier contract must check. See README.md for the task.
// Run: ./kit exercise 19-verifier-contract-checks

boolean inputBelowR(byte[] word) {
    // TODO: the 32 bytes as an unsigned big-endian integer, compared with r (Fr.MODULUS)
    throw new UnsupportedOperationException("TODO: write inputBelowR(word)");
}

boolean validG1(byte[] x, byte[] y) {
    // TODO: (0, 0) is the point at infinity; otherwise both coordinates below p and y² = x³ + 3 (mod p)
    throw new UnsupportedOperationException("TODO: write validG1(x, y)");
}

long pairingGas(int inputBytes) {
    // TODO: EIP-1108: 45,000 + 34,000 per 192-byte pair; -1 when the length is not a multiple of 192
    throw new UnsupportedOperationException("TODO: write pairingGas(inputBytes)");
}

long groth16PrecompileGas(int publicInputs) {
    // TODO: one pairing check of four pairs, and an ecMul and an ecAdd per public input
    throw new UnsupportedOperationException("TODO: write groth16PrecompileGas(publicInputs)");
}
