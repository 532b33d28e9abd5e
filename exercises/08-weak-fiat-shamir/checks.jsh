// Exercise 08 · staged checks. The verifiers are written here; the honest proof is made from a known secret.

byte[] be32(BigInteger v) { byte[] b = v.toByteArray(), out = new byte[32]; System.arraycopy(b, Math.max(0, b.length - 32), out, Math.max(0, 32 - b.length), Math.min(32, b.length)); return out; }
BigInteger cWeak(BigInteger X, BigInteger T) { return new BigInteger(1, Keccak256.hash(be32(T))).mod(Q); }
BigInteger cStrong(BigInteger X, BigInteger T) { return new BigInteger(1, Keccak256.hash(be32(X), be32(T))).mod(Q); }
boolean verifies(BigInteger[] proof, BiFunction<BigInteger, BigInteger, BigInteger> challenge) {
    if (proof == null || proof.length != 3) return false;
    BigInteger X = proof[0], T = proof[1], s = proof[2];
    for (BigInteger v : List.of(X, T)) if (v.signum() <= 0 || v.compareTo(P) >= 0 || !v.modPow(Q, P).equals(BigInteger.ONE)) return false;
    if (s.signum() < 0 || s.compareTo(Q) >= 0) return false;
    return G.modPow(s, P).equals(T.multiply(X.modPow(challenge.apply(X, T), P)).mod(P));
}
Random random = new Random(8);
BigInteger x = new BigInteger(70, random).mod(Q), r = new BigInteger(70, random).mod(Q);
BigInteger X0 = G.modPow(x, P), T0 = G.modPow(r, P);
BigInteger s0 = r.add(cWeak(X0, T0).multiply(x)).mod(Q);     // an honest weak proof the forger observed

stage(1, "the strong challenge hashes the statement", "hash enc(X) then enc(T) — both, in that order — with Keccak256.hash(enc(X), enc(T)), and reduce mod q");
forbid("WeakFiatShamirForgery|FiatShamirSchnorr|SchnorrProver", "forge by hand");
check(verifies(new BigInteger[] {X0, T0, s0}, (a, b) -> cWeak(a, b)), "stage 1: (the observed honest proof verifies under the weak challenge)");
check(strongChallenge(X0, T0).equals(cStrong(X0, T0)), "stage 1: strongChallenge(X, T) = keccak256(enc(X) ‖ enc(T)) mod q");
check(!strongChallenge(X0, T0).equals(strongChallenge(X0.multiply(G).mod(P), T0)), "stage 1: the strong challenge changes with the statement X");

stage(2, "shift an observed proof to a new key", "X' = X·g^δ, T' = T, and since c = H(T) is unchanged, s' = s + c·δ mod q");
for (int i = 1; i <= 5; i++) {
    BigInteger delta = BigInteger.valueOf(1000 + i);
    BigInteger[] f = shiftKey(X0, T0, s0, delta);
    check(f != null && f.length == 3 && f[0].equals(X0.multiply(G.modPow(delta, P)).mod(P)), "stage 2: the new key is X·g^δ for δ = " + delta);
    check(verifies(f, (a, b) -> cWeak(a, b)), "stage 2: the weak verifier accepts the shifted proof (δ = " + delta + ")");
    check(!verifies(f, (a, b) -> cStrong(a, b)), "stage 2: the strong verifier refuses it");
}

stage(3, "forge a key and its proof from nothing", "c = weakChallenge(T) is fixed by T alone; g^s = T·X^c gives X = (g^s·T⁻¹)^(c⁻¹ mod q) mod p — exponents live mod q, not mod p");
for (int i = 0; i < 5; i++) {
    BigInteger T = G.modPow(BigInteger.valueOf(77 + i), P), s = new BigInteger(60, random).mod(Q);
    BigInteger[] f = forge(T, s);
    check(verifies(f, (a, b) -> cWeak(a, b)), "stage 3: the weak verifier accepts a proof for a key whose secret nobody knows");
    check(!verifies(f, (a, b) -> cStrong(a, b)), "stage 3: the strong verifier refuses it");
}
