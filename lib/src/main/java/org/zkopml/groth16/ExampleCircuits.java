package org.zkopml.groth16;

import java.util.ArrayList;
import java.util.List;
import org.zkopml.field.Fr;
import org.zkopml.r1cs.CircuitBuilder.Built;
import org.zkopml.r1cs.Constraint;
import org.zkopml.r1cs.ConstraintSystem;
import org.zkopml.r1cs.LinearCombination;

/**
 * Small hand-built circuits (constraint system plus a satisfying witness) for the Groth16 notebook, tests and
 * benchmarks: the classic "I know x with x³ + x + 5 = y", and a chain of n constraints to measure how proving
 * time grows with the circuit.
 */
public final class ExampleCircuits {
    private ExampleCircuits() {
    }

    /**
     * x³ + x + 5 = y with y public and x private: wires 1 | y | x | x² | x³, constraints x·x = x², x²·x = x³,
     * (x³ + x + 5)·1 = y.
     */
    public static Built cubic(long x) {
        Fr fx = Fr.of(x), x2 = fx.square(), x3 = x2.mul(fx), y = x3.add(fx).add(Fr.of(5));
        List<Constraint> cs = List.of(
                new Constraint(LinearCombination.wire(2), LinearCombination.wire(2), LinearCombination.wire(3), "x·x = x²"),
                new Constraint(LinearCombination.wire(3), LinearCombination.wire(2), LinearCombination.wire(4), "x²·x = x³"),
                new Constraint(LinearCombination.wire(4).plus(LinearCombination.wire(2)).plus(LinearCombination.constant(Fr.of(5))),
                        LinearCombination.constant(Fr.ONE), LinearCombination.wire(1), "x³ + x + 5 = y"));
        return new Built(new ConstraintSystem(5, 1, 0, 1, cs), new Fr[] {Fr.ONE, y, fx, x2, x3});
    }

    /**
     * A chain of n ≥ 2 constraints with public output y and public input x: t_1 = x·x, t_{i+1} = t_i·(t_i + x),
     * y = t_{n−1}·1. Wires 1 | y | x | t_1..t_{n−1}.
     */
    public static Built chain(int n, long x) {
        if (n < 2) throw new IllegalArgumentException("a chain needs at least 2 constraints, got " + n);
        Fr fx = Fr.of(x);
        Fr[] w = new Fr[3 + n - 1];
        w[0] = Fr.ONE;
        w[2] = fx;
        List<Constraint> cs = new ArrayList<>(n);
        w[3] = fx.square();
        cs.add(new Constraint(LinearCombination.wire(2), LinearCombination.wire(2), LinearCombination.wire(3), "t_1 = x·x"));
        for (int i = 1; i <= n - 2; i++) {
            int t = 2 + i;
            w[t + 1] = w[t].mul(w[t].add(fx));
            cs.add(new Constraint(LinearCombination.wire(t), LinearCombination.wire(t).plus(LinearCombination.wire(2)),
                    LinearCombination.wire(t + 1), "t_" + (i + 1) + " = t_" + i + "·(t_" + i + " + x)"));
        }
        int last = 2 + n - 1;
        w[1] = w[last];
        cs.add(new Constraint(LinearCombination.wire(last), LinearCombination.constant(Fr.ONE), LinearCombination.wire(1), "y = t_" + (n - 1)));
        return new Built(new ConstraintSystem(w.length, 1, 1, 0, cs), w);
    }
}
