package org.zkopml.sumcheck;

import java.util.List;

/**
 * A named integer tensor of a proof's witness, stored in one of its committed vectors: dimension i has 2^bits[i]
 * entries (the real size padded with zeros to a power of two), laid out row-major, so that its multilinear
 * extension's variables are the bits of dimension 0 (most significant first), then those of dimension 1, … Where
 * it sits in the vector is the {@link Packing}'s business. Equal when the names are.
 *
 * @param name   unique within a proof, e.g. "block 1/attention/scores"
 * @param vector which committed vector holds it (0: activations, 1: byte limbs)
 * @param bits   the variables of each dimension
 */
public record Tensor(String name, int vector, List<Integer> bits) {
    /** Copies the dimensions. */
    public Tensor {
        bits = List.copyOf(bits);
        for (int b : bits) if (b < 0 || b > 30) throw new IllegalArgumentException("tensor " + name + ": a dimension of 2^" + b + " entries");
    }

    /** Number of variables of its multilinear extension, Σ bits. */
    public int variables() {
        int n = 0;
        for (int b : bits) n += b;
        return n;
    }

    /** Number of stored entries, 2^variables. */
    public int size() {
        return 1 << variables();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && t.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name + bits;
    }
}
