package org.zkopml.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The record of one integer inference: the input and the output of every layer, in order. This is
 * the sequence of states an opML dispute bisects over and a zk circuit's witness contains.
 *
 * @param input   the input vector
 * @param outputs {@code outputs.get(k)} is layer k's output; the last one is {@code [class]}
 */
public record Trace(long[] input, List<long[]> outputs) {
    /** Copies the vectors. */
    public Trace {
        input = input.clone();
        List<long[]> copy = new ArrayList<>();
        for (long[] o : outputs) copy.add(o.clone());
        outputs = List.copyOf(copy);
    }

    @Override
    public long[] input() {
        return input.clone();
    }

    @Override
    public List<long[]> outputs() {
        List<long[]> copy = new ArrayList<>();
        for (long[] o : outputs) copy.add(o.clone());
        return copy;
    }

    /** The output of layer k (a copy). */
    public long[] output(int k) {
        return outputs.get(k).clone();
    }

    /** The logits: the vector the final argmax reads. */
    public long[] logits() {
        return outputs.size() >= 2 ? outputs.get(outputs.size() - 2).clone() : input.clone();
    }

    /** The predicted class index. */
    public int predicted() {
        return (int) outputs.get(outputs.size() - 1)[0];
    }
}
