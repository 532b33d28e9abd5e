// Exercise 18 · The Groth16 verifier, and a forgery from phase 1's secrets. See README.md for the task.
// Run: ./kit exercise 18-groth16-verifier

boolean inputsInRange(List<BigInteger> inputs) {
    // TODO: every input x with 0 ≤ x < r (Fr.MODULUS)
    throw new UnsupportedOperationException("TODO: write inputsInRange(inputs)");
}

G1 vkX(VerifyingKey vk, List<Fr> inputs) {
    // TODO: IC_0 + Σ x_j·IC_j
    throw new UnsupportedOperationException("TODO: write vkX(vk, inputs)");
}

boolean verify(VerifyingKey vk, List<Fr> inputs, Proof proof) {
    // TODO: e(−A, B)·e(α, β)·e(vk_x, γ)·e(C, δ) = 1 with Bn254Pairing.pairingCheck
    throw new UnsupportedOperationException("TODO: write verify(vk, inputs, proof)");
}

Proof forge(ProvingKey key, Fr tau, Fr alpha, Fr beta, List<Fr> inputs,
        java.util.random.RandomGenerator rng) {
    // TODO: [1/δ]₁ = L_j / k_j for the first private wire, then A = a·G1, B = b·G2, C = (ab − αβ − Σ x_j k_j)·[1/δ]₁
    throw new UnsupportedOperationException("TODO: write forge(key, tau, alpha, beta, inputs, rng)");
}
