// fails at stage: 1 — returns the bits most significant first (consistently constrained, but not the promised order)

LinearCombination[] rangeCheck(CircuitBuilder b, LinearCombination v, int n) {
    BigInteger value = b.value(v).toBigInteger();
    LinearCombination[] bits = new LinearCombination[n];
    LinearCombination sum = LinearCombination.ZERO;
    for (int i = 0; i < n; i++) {
        int weight = n - 1 - i;
        bits[i] = b.witness(value.testBit(weight) ? Fr.ONE : Fr.ZERO);
        b.enforce(bits[i], CircuitBuilder.constant(1).minus(bits[i]), LinearCombination.ZERO, "bit " + i);
        sum = sum.plus(bits[i].times(Fr.of(1L << weight)));
    }
    b.enforceEqual(sum, v, "the bits add up to v");
    return bits;
}

LinearCombination relu(CircuitBuilder b, LinearCombination v, int n) {
    LinearCombination[] bits = rangeCheck(b, v.plus(CircuitBuilder.constant(1L << (n - 1))), n);
    return b.mul(bits[0], v, "relu: sign · v");
}
