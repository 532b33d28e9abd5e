package org.zkopml.dispute;

import java.util.List;
import org.zkopml.vm.OutputOpening;

/**
 * The messages of the verification game, one record per kind. Every move names its sender and the
 * time it was sent; the {@link Referee} accepts or rejects it with a reason.
 */
public sealed interface Move {
    /** The sender. */
    Party by();

    /** When it was sent (logical time, e.g. a block number). */
    long time();

    /** The challenger disputes the claim (posting its bond) within the challenge window. */
    record Challenge(Party by, long time) implements Move {}

    /** The submitter commits to k intermediate hashes (layer-output roots, or VM state hashes) at {@link Bisection#points()}. */
    record Bisect(Party by, long time, List<byte[]> hashes) implements Move {
        public Bisect {
            hashes = hashes.stream().map(byte[]::clone).toList();
        }

        @Override
        public List<byte[]> hashes() {
            return hashes.stream().map(byte[]::clone).toList();
        }
    }

    /** The challenger picks sub-interval j ∈ [0, k]: it agrees at its start and disputes its end. */
    record Select(Party by, long time, int index) implements Move {}

    /**
     * The submitter opens the disputed layer (end of the layer phase): its input and output tensors (checked
     * against the two layer roots) and the layer program's final state, which starts the instruction phase.
     */
    record OpenLayer(Party by, long time, long[] input, long[] output, long steps, byte[] finalStateHash, OutputOpening opening) implements Move {
        public OpenLayer {
            input = input.clone();
            output = output.clone();
            finalStateHash = finalStateHash.clone();
        }

        @Override
        public long[] input() {
            return input.clone();
        }

        @Override
        public long[] output() {
            return output.clone();
        }

        @Override
        public byte[] finalStateHash() {
            return finalStateHash.clone();
        }
    }

    /** The challenger posts the one-step witness of the disputed step; the referee re-executes it. */
    record ProveStep(Party by, long time, byte[] witness) implements Move {
        public ProveStep {
            witness = witness.clone();
        }

        @Override
        public byte[] witness() {
            return witness.clone();
        }
    }

    /** The opponent of {@code by} missed its deadline (or, before any challenge, the window closed): {@code by} wins. */
    record Timeout(Party by, long time) implements Move {}
}
