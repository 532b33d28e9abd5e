// fails at stage: 4 — counts three pairs, as if the contract could use a precomputed e(α, β)

boolean inputBelowR(byte[] word) {
    return word.length == 32 && new BigInteger(1, word).compareTo(Fr.MODULUS) < 0;
}

boolean validG1(byte[] x, byte[] y) {
    BigInteger p = Fp.MODULUS, bx = new BigInteger(1, x), by = new BigInteger(1, y);
    if (bx.signum() == 0 && by.signum() == 0) return true;
    if (bx.compareTo(p) >= 0 || by.compareTo(p) >= 0) return false;
    return by.multiply(by).mod(p).equals(bx.pow(3).add(BigInteger.valueOf(3)).mod(p));
}

long pairingGas(int inputBytes) {
    if (inputBytes < 0 || inputBytes % 192 != 0) return -1;
    return 45_000L + 34_000L * (inputBytes / 192);
}

long groth16PrecompileGas(int publicInputs) {
    return pairingGas(3 * 192) + publicInputs * (6_000L + 150L);
}
