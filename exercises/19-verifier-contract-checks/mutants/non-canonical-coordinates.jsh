// fails at stage: 2 — checks the curve equation mod p but not that the coordinates are below p: x + p passes

boolean inputBelowR(byte[] word) {
    return word.length == 32 && new BigInteger(1, word).compareTo(Fr.MODULUS) < 0;
}

boolean validG1(byte[] x, byte[] y) {
    BigInteger p = Fp.MODULUS, bx = new BigInteger(1, x), by = new BigInteger(1, y);
    if (bx.signum() == 0 && by.signum() == 0) return true;
    return by.multiply(by).mod(p).equals(bx.pow(3).add(BigInteger.valueOf(3)).mod(p));
}

long pairingGas(int inputBytes) {
    if (inputBytes < 0 || inputBytes % 192 != 0) return -1;
    return 45_000L + 34_000L * (inputBytes / 192);
}

long groth16PrecompileGas(int publicInputs) {
    return pairingGas(4 * 192) + publicInputs * (6_000L + 150L);
}
