// fails at stage: 1 — compares inputs with p, the coordinate field's prime: r ≤ x < p slips through

boolean inputBelowR(byte[] word) {
    return word.length == 32 && new BigInteger(1, word).compareTo(Fp.MODULUS) < 0;
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
    return pairingGas(4 * 192) + publicInputs * (6_000L + 150L);
}
