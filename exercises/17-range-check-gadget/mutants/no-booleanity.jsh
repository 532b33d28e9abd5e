// fails at stage: 2 — forgets b_i·(1 − b_i) = 0: the sum alone lets a 'bit' be 17 (under-constrained)

LinearCombination[] rangeCheck(CircuitBuilder b, LinearCombination v, int n) {
    BigInteger value = b.value(v).toBigInteger();
    LinearCombination[] bits = new LinearCombination[n];
    LinearCombination sum = LinearCombination.ZERO;
    for (int i = 0; i < n; i++) {
        bits[i] = b.witness(value.testBit(i) ? Fr.ONE : Fr.ZERO);
        b.enforceEqual(bits[i], bits[i], "bit " + i);          // looks like a constraint, constrains nothing
        sum = sum.plus(bits[i].times(Fr.of(1L << i)));
    }
    b.enforceEqual(sum, v, "the bits add up to v");
    return bits;
}

LinearCombination relu(CircuitBuilder b, LinearCombination v, int n) {
    LinearCombination[] bits = rangeCheck(b, v.plus(CircuitBuilder.constant(1L << (n - 1))), n);
    return b.mul(bits[n - 1], v, "relu: sign · v");
}
