// fails at stage: 3 — pairs C with γ and vk_x with δ, the two keys swapped

boolean inputsInRange(List<BigInteger> inputs) {
    for (BigInteger x : inputs) if (x.signum() < 0 || x.compareTo(Fr.MODULUS) >= 0) return false;
    return true;
}

G1 vkX(VerifyingKey vk, List<Fr> inputs) {
    G1 acc = vk.ic().get(0);
    for (int j = 0; j < inputs.size(); j++) acc = acc.add(vk.ic().get(j + 1).mul(inputs.get(j)));
    return acc;
}

boolean verify(VerifyingKey vk, List<Fr> inputs, Proof proof) {
    if (inputs.size() != vk.ic().size() - 1) return false;
    return Bn254Pairing.pairingCheck(List.of(proof.a().neg(), vk.alpha1(), vkX(vk, inputs), proof.c()),
        List.of(proof.b(), vk.beta2(), vk.delta2(), vk.gamma2()));
}

Proof forge(ProvingKey key, Fr tau, Fr alpha, Fr beta, List<Fr> inputs,
        java.util.random.RandomGenerator rng) {
    Qap qap = key.qap();
    Qap.WireValues at = qap.wireValuesAt(tau);
    int l = qap.publicWires();
    IntFunction<Fr> k = j -> beta.mul(at.u().get(j)).add(alpha.mul(at.v().get(j))).add(at.w().get(j));
    G1 inverseDelta = key.l().get(0).mul(k.apply(l + 1).inverse());      // the first private wire, l + 1
    Fr sum = k.apply(0);
    for (int j = 0; j < inputs.size(); j++) sum = sum.add(inputs.get(j).mul(k.apply(j + 1)));
    Fr a = Fr.random(rng), b = Fr.random(rng);
    return new Proof(G1.GENERATOR.mul(a), G2.GENERATOR.mul(b), inverseDelta.mul(a.mul(b).sub(alpha.mul(beta)).sub(sum)));
}
