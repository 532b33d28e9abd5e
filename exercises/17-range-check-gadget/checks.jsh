// Exercise 17 · staged checks. Honest witnesses first, then the wrong witnesses an auditor tries.

/** The circuit v → rangeCheck(v, n) on one private input: the built system, its witness, the bit wires. */
record Ranged17(ConstraintSystem system, Fr[] witness, int vWire, int[] bitWires, int constraints) {}
Ranged17 ranged17(long v, int n) {
    CircuitBuilder b = new CircuitBuilder();
    LinearCombination in = b.privateInput(Fr.of(v));
    LinearCombination[] bits = rangeCheck(b, in, n);
    if (bits.length != n) throw new AssertionError("check failed: rangeCheck returned " + bits.length + " bits, expected " + n);
    int[] wires = new int[n];
    for (int i = 0; i < n; i++) {
        if (bits[i].size() != 1 || !bits[i].coefficientAt(0).isOne()) throw new AssertionError("check failed: bit " + i + " should be one new wire, got " + bits[i].toSignedString());
        wires[i] = bits[i].wireAt(0);
    }
    CircuitBuilder.Built built = b.build();
    return new Ranged17(built.system(), built.witness(), in.wireAt(0), wires, b.constraints());
}

stage(1, "honest witnesses, the right bits, n + 1 constraints", "bit i is (v >> i) & 1, a new witness wire; one booleanity constraint per bit and one sum: n + 1 in all");
forbid("\\bGadgets\\b|\\bModelCircuits\\b", "write the constraints yourself");
for (long v = 0; v < 16; v++) {
    Ranged17 r = ranged17(v, 4);
    check(r.system().check(r.witness()).accepted(), "stage 1: v = " + v + " satisfies the range check on 4 bits");
    for (int i = 0; i < 4; i++) check(r.witness()[r.bitWires()[i]].equals(Fr.of((v >> i) & 1)), "stage 1: bit " + i + " of " + v + " is " + ((v >> i) & 1) + " (least significant first)");
    check(r.constraints() == 5, "stage 1: 4 bits cost 4 + 1 = 5 constraints, not " + r.constraints());
}

stage(2, "every bit is 0 or 1", "add b_i · (1 − b_i) = 0 for every bit: without it a 'bit' may be 17 and v may leave the range");
{
    Ranged17 r = ranged17(5, 4);
    Fr[] wrong = r.witness();
    wrong[r.vWire()] = wrong[r.vWire()].add(Fr.of(16));             // v = 21, out of [0, 16)
    wrong[r.bitWires()[0]] = wrong[r.bitWires()[0]].add(Fr.of(16)); // b_0 = 17: Σ 2^i·b_i is still v
    check(!r.system().check(wrong).accepted(), "stage 2: under-constrained: v = 21, outside [0, 16), with bits (17, 0, 1, 0) satisfies your constraints");
}

stage(3, "the bits add up to v", "the last constraint must tie the bits to v itself: Σ 2^i·b_i = v");
{
    Ranged17 r = ranged17(5, 4);
    Fr[] wrong = r.witness();
    wrong[r.vWire()] = Fr.of(6);
    check(!r.system().check(wrong).accepted(), "stage 3: under-constrained: v = 6 with the bits of 5 satisfies your constraints");
}

stage(4, "ReLU", "range-check v + 2^(n−1) with rangeCheck; its top bit is 1 exactly when v ≥ 0; return mul(topBit, v)");
for (long v = -8; v < 8; v++) {
    CircuitBuilder b = new CircuitBuilder();
    LinearCombination in = b.privateInput(Fr.of(v));
    int before = b.wires();
    LinearCombination y = relu(b, in, 4);
    int after = b.wires(), constraints = b.constraints();
    CircuitBuilder.Built built = b.build();
    check(built.system().check(built.witness()).accepted() && b.value(y).equals(Fr.of(Math.max(v, 0))), "stage 4: relu(" + v + ") = " + Math.max(v, 0) + ", and the witness satisfies the system");
    if (v == 5 || v == -3) {
        // the wrong output (0 for 5, −3 for −3), with each of relu's 0/1 wires flipped in turn
        Fr wrongOut = v > 0 ? Fr.ZERO : Fr.of(v);
        for (int w = before; w < after; w++) {
            Fr[] wrong = built.witness();
            if (!(wrong[w].isZero() || wrong[w].isOne()) || y.size() != 1) continue;
            wrong[w] = Fr.ONE.sub(wrong[w]);
            wrong[y.wireAt(0)] = wrongOut;
            check(!built.system().check(wrong).accepted(), "stage 4: under-constrained: relu(" + v + ") = " + wrongOut + " is accepted once wire " + w + " is flipped — is the sign bit tied to v by the range check?");
        }
    }
    check(constraints == 4 + 2, "stage 4: a ReLU on 4 bits costs 4 + 1 + 1 = 6 constraints, not " + constraints);
}
