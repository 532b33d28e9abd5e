package org.zkopml.dispute;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.zkopml.values.Bytes32;
import org.zkopml.vm.OutputOpening;

/**
 * The messages of the verification game, one record per kind. A move carries only its content: who
 * sent it and when are stamped by the chain (the caller of {@link Referee#apply}: {@code msg.sender}
 * and the block time), never written by the sender.
 */
public sealed interface Move {
    /** The kind of move, for logs ("Bisect", "Select", …). */
    default String kind() {
        return getClass().getSimpleName();
    }

    /**
     * Calls the visitor's method for this kind of move: how the referee rules on a move and how a contract adapter
     * encodes it, checked for every kind at compile time.
     */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of move; adding a kind breaks every visitor until it handles it. */
    interface Visitor<R> {
        /** {@link Challenge}. */
        R visitChallenge(Challenge challenge);

        /** {@link Bisect}. */
        R visitBisect(Bisect bisect);

        /** {@link Select}. */
        R visitSelect(Select select);

        /** {@link OpenLayer}. */
        R visitOpenLayer(OpenLayer open);

        /** {@link ProveStep}. */
        R visitProveStep(ProveStep prove);

        /** {@link Timeout}. */
        R visitTimeout(Timeout timeout);

        /** {@link Finalize}. */
        R visitFinalize(Finalize finalize);
    }

    /** The challenger disputes the claim (locking its bond) within the challenge window. */
    record Challenge() implements Move {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitChallenge(this);
        }
    }

    /** The submitter commits to k intermediate commitments (layer-phase values, or VM state hashes) at {@link Bisection#points()}. */
    record Bisect(List<Bytes32> hashes) implements Move {
        public Bisect {
            hashes = List.copyOf(hashes);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBisect(this);
        }
    }

    /** The challenger picks sub-interval j ∈ [0, k]: it agrees at its start and disputes its end. */
    record Select(int index) implements Move {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSelect(this);
        }
    }

    /**
     * The submitter opens the disputed layer (end of the layer phase): its output tensor (checked against the
     * submitter's root at the interval's upper end) and the final state of the layer's program, proven to hold
     * that output, which ends the instruction phase. The layer's input is not opened: its root is the agreed
     * commitment at the interval's lower end, and the layer program's initial state is derived from it.
     */
    record OpenLayer(long[] output, long steps, Bytes32 finalStateHash, OutputOpening opening) implements Move {
        public OpenLayer {
            output = output.clone();
            Objects.requireNonNull(finalStateHash, "finalStateHash");
            Objects.requireNonNull(opening, "opening");
        }

        @Override
        public long[] output() {
            return output.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof OpenLayer m && Arrays.equals(output, m.output) && steps == m.steps
                    && finalStateHash.equals(m.finalStateHash) && opening.equals(m.opening);
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(output), steps, finalStateHash);
        }

        @Override
        public String toString() {
            return "OpenLayer[steps=" + steps + ", finalStateHash=" + finalStateHash.shortHex() + "]";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitOpenLayer(this);
        }
    }

    /** The challenger posts the one-step witness of the disputed step; the referee re-executes it. */
    record ProveStep(byte[] witness) implements Move {
        public ProveStep {
            witness = witness.clone();
        }

        @Override
        public byte[] witness() {
            return witness.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ProveStep p && Arrays.equals(witness, p.witness);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(witness);
        }

        @Override
        public String toString() {
            return "ProveStep[" + witness.length + " bytes]";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitProveStep(this);
        }
    }

    /** The party to move missed its deadline (or, before any challenge, the window closed): the waiting side wins. */
    record Timeout() implements Move {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTimeout(this);
        }
    }

    /**
     * Anyone asks for the claim to be made final: accepted once its challenge window has passed and every dispute
     * against it went the submitter's way ({@link Referee#finalizeClaim}); a claim-level request, never a move
     * inside one dispute.
     */
    record Finalize() implements Move {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitFinalize(this);
        }
    }
}
