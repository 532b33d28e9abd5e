package org.zkopml.r1cs;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zkopml.field.Fr;

/**
 * Writes a rank-1 constraint system and its witness together, the way a circuit is written: wires are
 * allocated as they are needed (public outputs, public inputs, private inputs, internal witnesses), each
 * with its value, and {@link #enforce} adds ⟨A, w⟩ · ⟨B, w⟩ = ⟨C, w⟩ labelled with an {@link Origin} (the
 * current part and element set by {@link #at}, and the gadget's name). Linear combinations cost nothing:
 * only {@code enforce} adds a row, and {@link #mul} adds one only when neither factor is a constant.
 *
 * <p>Wires are numbered in writing order while the circuit is written; {@link #build()} renumbers them into
 * iden3's order (w_0 = 1 | public outputs | public inputs | private inputs | internal), so a public output
 * may be allocated last, when it is known, and still come first. Not thread-safe; one use.
 */
public final class CircuitBuilder {
    /** The four kinds of wire, in iden3's order. */
    public enum Kind { PUBLIC_OUTPUT, PUBLIC_INPUT, PRIVATE_INPUT, INTERNAL }

    private Fr[] values = new Fr[64];
    private final List<Kind> kinds = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();
    private String part = "circuit";
    private String element = "";
    private boolean built;

    /** A builder holding only w_0 = 1. */
    public CircuitBuilder() {
        values[0] = Fr.ONE;
        kinds.add(null);
    }

    /** Sets the part (layer or section) and element (neuron, node) that label the next constraints. */
    public CircuitBuilder at(String part, String element) {
        this.part = part;
        this.element = element;
        return this;
    }

    /** The current part. */
    public String part() {
        return part;
    }

    private LinearCombination allocate(Kind kind, Fr value) {
        if (built) throw new IllegalStateException("the circuit is already built");
        int index = kinds.size();
        if (index == values.length) values = Arrays.copyOf(values, index * 2);
        values[index] = value;
        kinds.add(kind);
        return LinearCombination.wire(index);
    }

    /** A new public output wire with this value. */
    public LinearCombination publicOutput(Fr value) {
        return allocate(Kind.PUBLIC_OUTPUT, value);
    }

    /** A new public input wire with this value. */
    public LinearCombination publicInput(Fr value) {
        return allocate(Kind.PUBLIC_INPUT, value);
    }

    /** A new private input wire with this value. */
    public LinearCombination privateInput(Fr value) {
        return allocate(Kind.PRIVATE_INPUT, value);
    }

    /** A new internal witness wire with this value. */
    public LinearCombination witness(Fr value) {
        return allocate(Kind.INTERNAL, value);
    }

    /** The constant c (no wire, no constraint). */
    public static LinearCombination constant(long c) {
        return LinearCombination.constant(Fr.of(c));
    }

    /** The constant c (no wire, no constraint). */
    public static LinearCombination constant(Fr c) {
        return LinearCombination.constant(c);
    }

    /** The value of a combination under the witness written so far. */
    public Fr value(LinearCombination lc) {
        return lc.evaluate(values);
    }

    /** The value of a combination read as a signed integer: field elements above (r − 1)/2 are negative. */
    public BigInteger signedValue(LinearCombination lc) {
        return signed(value(lc));
    }

    /** A field element read as a signed integer in (−r/2, r/2). */
    public static BigInteger signed(Fr x) {
        BigInteger v = x.toBigInteger();
        return v.compareTo(Fr.MODULUS.shiftRight(1)) > 0 ? v.subtract(Fr.MODULUS) : v;
    }

    /** Adds the constraint a · b = c, labelled with the current part and element and this gadget. */
    public void enforce(LinearCombination a, LinearCombination b, LinearCombination c, String gadget) {
        if (built) throw new IllegalStateException("the circuit is already built");
        constraints.add(new Constraint(a, b, c, new Origin(part, element, gadget).toString()));
    }

    /** Adds the linear constraint a = b (one row: (a − b) · 1 = 0). */
    public void enforceEqual(LinearCombination a, LinearCombination b, String gadget) {
        enforce(a.minus(b), constant(1), LinearCombination.ZERO, gadget);
    }

    /**
     * The product a · b: free (a scaled combination) when either factor is a constant, otherwise a new
     * internal wire with one constraint a · b = w.
     */
    public LinearCombination mul(LinearCombination a, LinearCombination b, String gadget) {
        if (a.isConstant()) return b.times(a.constantTerm());
        if (b.isConstant()) return a.times(b.constantTerm());
        LinearCombination w = witness(value(a).mul(value(b)));
        enforce(a, b, w, gadget);
        return w;
    }

    /** The number of constraints written so far. */
    public int constraints() {
        return constraints.size();
    }

    /** The number of wires allocated so far, w_0 included. */
    public int wires() {
        return kinds.size();
    }

    /**
     * The constraint system in iden3's wire order and its full witness: wires are renumbered stably by kind
     * (public outputs, public inputs, private inputs, internal), each kind in writing order.
     */
    public Built build() {
        built = true;
        int n = kinds.size();
        int[] newIndex = new int[n];
        int[] counts = new int[Kind.values().length];
        for (int i = 1; i < n; i++) counts[kinds.get(i).ordinal()]++;
        int[] next = new int[counts.length];
        next[0] = 1;
        for (int k = 1; k < counts.length; k++) next[k] = next[k - 1] + counts[k - 1];
        Fr[] witness = new Fr[n];
        witness[0] = Fr.ONE;
        for (int i = 1; i < n; i++) {
            int j = next[kinds.get(i).ordinal()]++;
            newIndex[i] = j;
            witness[j] = values[i];
        }
        List<Constraint> renumbered = new ArrayList<>(constraints.size());
        for (Constraint k : constraints) {
            renumbered.add(new Constraint(k.a().renumber(newIndex), k.b().renumber(newIndex), k.c().renumber(newIndex), k.origin()));
        }
        ConstraintSystem system = new ConstraintSystem(n, counts[0], counts[1], counts[2], renumbered);
        return new Built(system, witness);
    }

    /**
     * A built circuit: the system and a witness for it (satisfying it when every gadget was given values in
     * its domain). Hand-built circuits ({@code groth16.ExampleCircuits}) come as one too.
     *
     * @param system  the constraint system, iden3 wire order
     * @param witness the full witness w_0..w_{n−1}
     */
    public record Built(ConstraintSystem system, Fr[] witness) {
        /** Copies the witness. */
        public Built {
            witness = witness.clone();
        }

        @Override
        public Fr[] witness() {
            return witness.clone();
        }

        /** The public wires w_1..w_ℓ (the statement a verifier is given). */
        public List<Fr> publicInputs() {
            return List.of(witness).subList(1, 1 + system.publicWires());
        }
    }
}
