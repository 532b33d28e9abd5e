// Exercise 18 · staged checks: the verifier against keys and proofs made here, the forgery against the kit's verifier.

stage(1, "public inputs below r", "refuse x < 0 and x ≥ r: a verifier that reduced x + r to x would accept one proof for two inputs");
forbid("\\bVerifier\\b|\\bForgery\\b|\\bProver\\b|\\bSnarkjs\\b", "write the verifier and the forgery yourself");
check(inputsInRange(List.of(BigInteger.ZERO, BigInteger.valueOf(35), Fr.MODULUS.subtract(BigInteger.ONE))), "stage 1: 0, 35 and r − 1 are accepted");
check(!inputsInRange(List.of(Fr.MODULUS)), "stage 1: r itself is refused");
check(!inputsInRange(List.of(BigInteger.ONE, Fr.MODULUS.add(BigInteger.valueOf(5)))), "stage 1: r + 5 is refused, even after a valid input");
check(!inputsInRange(List.of(BigInteger.valueOf(-1))), "stage 1: −1 is refused");

stage(2, "vk_x = IC_0 + Σ x_j·IC_j", "start from IC_0 (the constant wire, x_0 = 1), then add x_j·IC_j for j = 1 … ℓ");
SplittableRandom coins18 = new SplittableRandom(18);
for (int l = 1; l <= 5; l++) {
    List<G1> ic = new ArrayList<>();
    for (int j = 0; j <= l; j++) ic.add(G1.GENERATOR.mul(Fr.random(coins18)));
    VerifyingKey vk18 = new VerifyingKey(G1.GENERATOR, G2.GENERATOR, G2.GENERATOR, G2.GENERATOR, ic);
    List<Fr> xs = new ArrayList<>();
    G1 expected = ic.get(0);
    for (int j = 1; j <= l; j++) { Fr x = Fr.random(coins18); xs.add(x); expected = expected.add(ic.get(j).mul(x)); }
    check(vkX(vk18, xs).equals(expected), "stage 2: vk_x for " + l + " public input(s)");
}

// the keys: phase 1 by one party with known τ, α, β; phase 2 by a participant whose secret is gone
CircuitBuilder.Built cubic18 = ExampleCircuits.cubic(3);
Fr tau18 = Fr.random(coins18), alpha18 = Fr.random(coins18), beta18 = Fr.random(coins18);
Phase2 keys18 = Setup.fromPowersOfTau(cubic18.system(), PowersOfTau.fromSecrets(3, tau18, alpha18, beta18));
keys18 = Ceremony.contribute(keys18, Fr.random(coins18), "one", coins18);
ProvingKey pk18 = keys18.key();
Proof honest18 = org.zkopml.groth16.Prover.prove(pk18, cubic18.witness(), coins18);
Proof other18 = org.zkopml.groth16.Prover.prove(pk18, cubic18.witness(), coins18);

stage(3, "the four-pairing equation", "pairingCheck(List.of(−A, α, vk_x, C), List.of(B, β, γ, δ)): A is negated, and each G1 point meets its own G2 point");
check(verify(pk18.vk(), List.of(Fr.of(35)), honest18) && verify(pk18.vk(), List.of(Fr.of(35)), other18), "stage 3: two honest proofs of x³ + x + 5 = 35 are accepted");
check(!verify(pk18.vk(), List.of(Fr.of(36)), honest18), "stage 3: the same proof for y = 36 is refused");
check(!verify(pk18.vk(), List.of(Fr.of(35)), new Proof(honest18.a(), honest18.b(), honest18.c().add(G1.GENERATOR))), "stage 3: C + G1 is refused");
check(!verify(pk18.vk(), List.of(Fr.of(35)), new Proof(honest18.a(), other18.b(), honest18.c())), "stage 3: A and C of one proof with B of another are refused");

stage(4, "a forgery from phase 1's secrets", "k_j = β·u_j(τ) + α·v_j(τ) + w_j(τ); the first private wire is ℓ + 1 and its L point is key.l().get(0); C = (ab − αβ − Σ_{j≤ℓ} x_j·k_j)·[1/δ]₁ with x_0 = 1");
Proof forged18 = forge(pk18, tau18, alpha18, beta18, List.of(Fr.of(1000)), coins18);
check(org.zkopml.groth16.Verifier.verifyFr(pk18.vk(), List.of(Fr.of(1000)), forged18).accepted(), "stage 4: the kit's verifier accepts your proof of the false y = 1000, after a δ contribution");
check(!forged18.a().equals(forge(pk18, tau18, alpha18, beta18, List.of(Fr.of(1000)), coins18).a()), "stage 4: two forgeries differ (fresh a, b), like honest proofs");
