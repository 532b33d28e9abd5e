// Exercise 19 · staged checks, against BigInteger arithmetic and the prices of EIP-1108.

byte[] word19(BigInteger v) { byte[] out = new byte[32]; byte[] b = v.toByteArray(); int n = Math.min(b.length, 32); System.arraycopy(b, b.length - n, out, 32 - n, n); return out; }
BigInteger two256 = BigInteger.ONE.shiftLeft(256);

stage(1, "public inputs below r", "read the word as unsigned (new BigInteger(1, word)) and compare with r = Fr.MODULUS, not with p");
forbid("\\bBn254Precompiles\\b|\\bVerifier\\b|\\bG1\\.of\\b|\\bisOnCurve\\b", "check the words yourself, with BigInteger arithmetic");
check(inputBelowR(word19(BigInteger.ZERO)) && inputBelowR(word19(Fr.MODULUS.subtract(BigInteger.ONE))), "stage 1: 0 and r − 1 are valid inputs");
check(!inputBelowR(word19(Fr.MODULUS)), "stage 1: r is refused (it would act as 0)");
check(!inputBelowR(word19(Fp.MODULUS.subtract(BigInteger.ONE))), "stage 1: p − 1 is refused: r < p, and r ≤ x < p would act as x − r");
check(!inputBelowR(word19(two256.subtract(BigInteger.ONE))), "stage 1: 2^256 − 1 (all bytes 0xff) is refused: the word is unsigned");

stage(2, "points of G1", "(0, 0) is valid (the point at infinity); otherwise x < p, y < p and y² = x³ + 3 mod p");
BigInteger p19 = Fp.MODULUS;
check(validG1(word19(BigInteger.ONE), word19(BigInteger.TWO)), "stage 2: the generator (1, 2) is valid");
check(validG1(word19(BigInteger.ZERO), word19(BigInteger.ZERO)), "stage 2: (0, 0), the point at infinity, is valid");
check(!validG1(word19(BigInteger.ONE), word19(BigInteger.valueOf(3))), "stage 2: (1, 3) is off the curve");
check(!validG1(word19(BigInteger.ONE), word19(p19.subtract(BigInteger.valueOf(3)))), "stage 2: (1, p − 3) is off the curve");
check(validG1(word19(BigInteger.ONE), word19(p19.subtract(BigInteger.TWO))), "stage 2: (1, p − 2) = −G is valid");
check(!validG1(word19(BigInteger.ONE.add(p19)), word19(BigInteger.TWO)), "stage 2: (1 + p, 2) is refused: the same point mod p, but not a canonical coordinate");
check(!validG1(word19(BigInteger.ONE), word19(BigInteger.TWO.add(p19))), "stage 2: (1, 2 + p) is refused");

stage(3, "the pairing check's gas", "EIP-1108: 45,000 + 34,000 per pair of 192 bytes (EIP-197's Byzantium prices were 100,000 + 80,000); a length that is not a multiple of 192 fails: -1");
for (int k = 0; k <= 8; k++) check(pairingGas(192 * k) == 45_000L + 34_000L * k, "stage 3: " + k + " pair(s): " + (45_000L + 34_000L * k) + " gas");
check(pairingGas(191) == -1 && pairingGas(193) == -1 && pairingGas(4 * 192 + 64) == -1, "stage 3: 191, 193 or 4·192 + 64 bytes make the call fail: -1");

stage(4, "one Groth16 verification", "four pairs — the contract cannot use a precomputed e(α, β) — and per input an ecMul (6,000) and an ecAdd (150)");
for (int l = 1; l <= 8; l++) check(groth16PrecompileGas(l) == 45_000L + 4 * 34_000L + l * 6_150L, "stage 4: " + l + " public input(s): " + (181_000L + l * 6_150L) + " gas in the precompiles");
