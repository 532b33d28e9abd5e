package org.zkopml.r1cs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import org.zkopml.field.Fr;
import org.zkopml.values.Verdict;

/**
 * A rank-1 constraint system in iden3's wire order — w_0 = 1, then {@code publicOutputs} public outputs,
 * {@code publicInputs} public inputs, {@code privateInputs} private inputs, then internal wires — the
 * layout of circom's {@code .r1cs} files, so that the {@code nPublic = publicOutputs + publicInputs}
 * wires after w_0 are the statement a Groth16 verifier sees. Immutable.
 *
 * @param wires         the number of wires, w_0 included
 * @param publicOutputs the number of public output wires (circom's nPubOut)
 * @param publicInputs  the number of public input wires (nPubIn)
 * @param privateInputs the number of private input wires (nPrvIn)
 * @param constraints   the constraints, in order
 */
public record ConstraintSystem(int wires, int publicOutputs, int publicInputs, int privateInputs,
                               List<Constraint> constraints) {
    public ConstraintSystem {
        if (publicOutputs < 0 || publicInputs < 0 || privateInputs < 0) {
            throw new IllegalArgumentException("wire counts are >= 0");
        }
        if (wires < 1 + publicOutputs + publicInputs + privateInputs) {
            throw new IllegalArgumentException("a system with " + publicOutputs + " + " + publicInputs + " + "
                    + privateInputs + " named wires needs more than " + wires + " wires");
        }
        constraints = List.copyOf(constraints);
        for (int i = 0; i < constraints.size(); i++) {
            Constraint k = constraints.get(i);
            int max = Math.max(k.a().maxWire(), Math.max(k.b().maxWire(), k.c().maxWire()));
            if (max >= wires) {
                throw new IllegalArgumentException("constraint " + i + " uses wire " + max + " of " + wires);
            }
        }
    }

    /** The number of public wires after w_0 (Groth16's ℓ: outputs then inputs). */
    public int publicWires() {
        return publicOutputs + publicInputs;
    }

    /** The number of constraints. */
    public int size() {
        return constraints.size();
    }

    /** The index of the first constraint the wire values do not satisfy, or empty when all hold. */
    public OptionalInt firstUnsatisfied(Fr[] w) {
        for (int i = 0; i < constraints.size(); i++) {
            if (!constraints.get(i).isSatisfied(w)) return OptionalInt.of(i);
        }
        return OptionalInt.empty();
    }

    /**
     * The number of constraints per group of origins, in order of first appearance: {@code key} maps an origin
     * to its group (the identity counts every distinct origin; a function keeping the layer counts per layer).
     */
    public Map<String, Integer> countsBy(Function<String, String> key) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Constraint k : constraints) counts.merge(key.apply(k.origin()), 1, Integer::sum);
        return counts;
    }

    /**
     * Whether the wire values satisfy every constraint: accepted, or rejected naming the first
     * unsatisfied constraint, its origin and the values of its three sides.
     */
    public Verdict<Void> check(Fr[] w) {
        if (w.length != wires) return Verdict.reject("the witness has " + w.length + " values, the system " + wires + " wires");
        if (!w[0].isOne()) return Verdict.reject("w_0 must be 1, got " + w[0]);
        for (int i = 0; i < constraints.size(); i++) {
            Constraint k = constraints.get(i);
            Fr a = k.a().evaluate(w), b = k.b().evaluate(w), c = k.c().evaluate(w);
            if (!a.mul(b).equals(c)) {
                return Verdict.reject("constraint " + i + (k.origin().isEmpty() ? "" : " (" + k.origin() + ")")
                        + " is not satisfied: " + a + " · " + b + " != " + c);
            }
        }
        return Verdict.accept(constraints.size() + " constraints satisfied");
    }
}
