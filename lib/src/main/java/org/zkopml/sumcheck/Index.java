package org.zkopml.sumcheck;

import org.zkopml.field.Fr;

import java.util.List;

/**
 * Where a dimension of a tensor sits in a {@link Relation}: at a coordinate group of the random point τ the verifier
 * draws for the relation ({@link Free}), at a group of variables the relation's sumcheck sums over ({@link Summed}),
 * or at a constant index ({@link Fixed}, e.g. the last position of the context).
 */
public sealed interface Index {
    /** The coordinates of this dimension at (τ, ρ): τ's or ρ's group, or the bits of the fixed index. */
    List<Fr> coordinates(int bits, List<List<Fr>> tau, List<List<Fr>> rho);

    /** τ's group this dimension is on, or −1. */
    default int free() {
        return -1;
    }

    /** The summed group this dimension is on, or −1. */
    default int summed() {
        return -1;
    }

    /** The fixed index, or −1. */
    default int fixed() {
        return -1;
    }

    /** Dimension bound to the relation's free variable group {@code var} (coordinates of τ). */
    record Free(int var) implements Index {
        @Override
        public List<Fr> coordinates(int bits, List<List<Fr>> tau, List<List<Fr>> rho) {
            return tau.get(var);
        }

        @Override
        public int free() {
            return var;
        }
    }

    /** Dimension bound to the relation's summed variable group {@code var}. */
    record Summed(int var) implements Index {
        @Override
        public List<Fr> coordinates(int bits, List<List<Fr>> tau, List<List<Fr>> rho) {
            return rho.get(var);
        }

        @Override
        public int summed() {
            return var;
        }
    }

    /** Dimension fixed at index {@code value}. */
    record Fixed(int value) implements Index {
        /** Checks the index. */
        public Fixed {
            if (value < 0) throw new IllegalArgumentException("a fixed index must be ≥ 0, got " + value);
        }

        @Override
        public List<Fr> coordinates(int bits, List<List<Fr>> tau, List<List<Fr>> rho) {
            return FactorTables.bitsOf(value, bits);
        }

        @Override
        public int fixed() {
            return value;
        }
    }

    /** τ's group {@code var}. */
    static Index free(int var) {
        return new Free(var);
    }

    /** The summed group {@code var}. */
    static Index summed(int var) {
        return new Summed(var);
    }

    /** The constant index {@code value}. */
    static Index fixed(int value) {
        return new Fixed(value);
    }
}
