package org.zkopml.sumcheck;

import java.util.List;

/**
 * One multilinear factor of a {@link Term}: a committed witness tensor, a public tensor, an equality polynomial,
 * a committed weight matrix folded at a point, or a whole committed vector. Each dimension of a tensor is placed by
 * an {@link Index}; dimensions of the relation that a factor does not mention are ones it is constant along
 * (broadcast, as the row statistic of RMSNorm is along a row). Dispatched by a {@link Visitor}.
 */
public sealed interface Factor {
    /** Calls the visitor's method for this kind of factor. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of factor. */
    interface Visitor<R> {
        R visitOf(Of f);

        R visitKnown(Known f);

        R visitEq(Eq f);

        R visitWeights(Weights f);

        R visitWhole(Whole f);
    }

    /** A witness tensor: the prover sends its value at the point, which the final opening of its vector proves. */
    record Of(Tensor tensor, List<Index> at) implements Factor {
        /** Copies and checks the placement. */
        public Of {
            at = List.copyOf(at);
            if (at.size() != tensor.bits().size()) throw new IllegalArgumentException(tensor.name() + " has " + tensor.bits().size() + " dimensions, placed " + at.size());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitOf(this);
        }
    }

    /** A public tensor: the verifier evaluates it. */
    record Known(PublicTensor tensor, List<Index> at) implements Factor {
        /** Copies and checks the placement. */
        public Known {
            at = List.copyOf(at);
            if (at.size() != tensor.bits().size()) throw new IllegalArgumentException(tensor.name() + " has " + tensor.bits().size() + " dimensions, placed " + at.size());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitKnown(this);
        }
    }

    /**
     * eq(τ, x) = ∏_i (τ_i·x_i + (1 − τ_i)(1 − x_i)) between τ's groups {@code free} and the summed groups
     * {@code summed}, paired in order (each pair of equal size): the verifier evaluates it.
     */
    record Eq(List<Integer> free, List<Integer> summed) implements Factor {
        /** Copies and checks the pairing. */
        public Eq {
            free = List.copyOf(free);
            summed = List.copyOf(summed);
            if (free.size() != summed.size()) throw new IllegalArgumentException("eq pairs " + free.size() + " free groups with " + summed.size() + " summed ones");
        }

        /** eq over one pair of groups. */
        public static Eq of(int free, int summed) {
            return new Eq(List.of(free), List.of(summed));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitEq(this);
        }
    }

    /**
     * A weight matrix with its output dimensions placed by {@code out} (free or fixed) and its input dimensions on
     * the relation's summed variables, in order: Σ_k W(out, k)·(…)(k) is Thaler's matrix–vector product. The prover
     * sends W̃(out, ρ) and opens the matrix's commitment there.
     */
    record Weights(WeightMatrix matrix, List<Index> out) implements Factor {
        /** Copies the placement. */
        public Weights {
            out = List.copyOf(out);
            if (out.size() != matrix.outBits().size()) throw new IllegalArgumentException(matrix.name() + " has " + matrix.outBits().size() + " output dimensions, placed " + out.size());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitWeights(this);
        }
    }

    /** A whole committed vector (the limbs, for the byte lookup), on free group 0 of a lookup's domain. */
    record Whole(int vector) implements Factor {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitWhole(this);
        }
    }
}
