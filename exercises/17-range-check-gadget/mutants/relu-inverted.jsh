// fails at stage: 4 — multiplies v by (1 − top bit): returns v for negative inputs and 0 for positive ones

LinearCombination[] rangeCheck(CircuitBuilder b, LinearCombination v, int n) {
    BigInteger value = b.value(v).toBigInteger();
    LinearCombination[] bits = new LinearCombination[n];
    LinearCombination sum = LinearCombination.ZERO;
    for (int i = 0; i < n; i++) {
        bits[i] = b.witness(value.testBit(i) ? Fr.ONE : Fr.ZERO);
        b.enforce(bits[i], CircuitBuilder.constant(1).minus(bits[i]), LinearCombination.ZERO, "bit " + i);
        sum = sum.plus(bits[i].times(Fr.of(1L << i)));
    }
    b.enforceEqual(sum, v, "the bits add up to v");
    return bits;
}

LinearCombination relu(CircuitBuilder b, LinearCombination v, int n) {
    LinearCombination[] bits = rangeCheck(b, v.plus(CircuitBuilder.constant(1L << (n - 1))), n);
    return b.mul(CircuitBuilder.constant(1).minus(bits[n - 1]), v, "relu: (1 − sign) · v");
}
