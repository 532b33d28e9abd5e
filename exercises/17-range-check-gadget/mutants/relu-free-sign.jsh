// fails at stage: 4 — ReLU with its own sign bit, forced to be 0 or 1 but not tied to v: the prover picks the output (under-constrained)

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
    boolean positive = CircuitBuilder.signed(b.value(v)).signum() >= 0;
    LinearCombination sign = b.witness(positive ? Fr.ONE : Fr.ZERO);
    b.enforce(sign, CircuitBuilder.constant(1).minus(sign), LinearCombination.ZERO, "sign is a bit");
    for (int i = 0; i < n; i++) b.enforceEqual(v, v, "padding");   // the right count, no meaning
    return b.mul(sign, v, "relu: sign · v");
}
