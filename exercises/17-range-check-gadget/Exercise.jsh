// Exercise 17 · A range check and a ReLU, as constraints. See README.md for the task.
// Run: ./kit exercise 17-range-check-gadget

LinearCombination[] rangeCheck(CircuitBuilder b, LinearCombination v, int n) {
    // TODO: n bit wires (least significant first), b_i·(1 − b_i) = 0 for each, and Σ 2^i·b_i = v
    throw new UnsupportedOperationException("TODO: write rangeCheck(b, v, n)");
}

LinearCombination relu(CircuitBuilder b, LinearCombination v, int n) {
    // TODO: range-check v + 2^(n−1) on n bits; the top bit times v is max(v, 0)
    throw new UnsupportedOperationException("TODO: write relu(b, v, n)");
}
