package org.zkopml.sumcheck;

import org.zkopml.field.Fr;

import java.util.List;

/**
 * An integer tensor both parties know (a causal mask, RMSNorm's gains, the prompt's one-hot rows, the logits), laid
 * out as a {@link Tensor} is. The verifier evaluates its multilinear extension itself, in time linear in its size.
 *
 * @param name   for messages
 * @param bits   the variables of each dimension
 * @param values 2^Σbits entries, row-major (kept, not copied: do not modify)
 */
public record PublicTensor(String name, List<Integer> bits, long[] values) {
    /** Checks the size. */
    public PublicTensor {
        bits = List.copyOf(bits);
        int n = 0;
        for (int b : bits) n += b;
        if (values.length != 1 << n) throw new IllegalArgumentException("public tensor " + name + " needs 2^" + n + " values, got " + values.length);
    }

    /** Its multilinear extension at {@code point} (Σ bits coordinates). */
    public Fr evaluate(List<Fr> point) {
        return Packing.evaluate(values, point);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PublicTensor t && t.name.equals(name);
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
