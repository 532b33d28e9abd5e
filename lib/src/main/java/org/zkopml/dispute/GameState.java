package org.zkopml.dispute;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.zkopml.values.Bytes32;

/**
 * The referee's view of a game after each accepted move (immutable; the on-chain storage of a dispute
 * contract): one record per {@link Phase}, each holding only what applies in that phase. Every state
 * knows the claim, the bonds in escrow, the time of the last accepted move and the rounds played; a
 * {@link Pending} state also whose turn it is and until when.
 */
public sealed interface GameState permits GameState.Pending, GameState.Resolved {
    /** Where the game stands. */
    Phase phase();

    /** The claim under dispute. */
    Claim claim();

    /** Bonds locked in the game. */
    long escrow();

    /** The referee's time of the last accepted move (the claim's posting time at first). */
    long time();

    /** Bisection rounds played in the layer phase. */
    int layerRounds();

    /** Bisection rounds played in the instruction phase. */
    int stepRounds();

    /** Total bisection rounds. */
    default int rounds() {
        return layerRounds() + stepRounds();
    }

    /** Whether the game is decided. */
    default boolean resolved() {
        return this instanceof Resolved;
    }

    /** A game that waits for a move of {@link #turn()} by {@link #deadline()}. */
    sealed interface Pending extends GameState permits AwaitingChallenge, Bisecting, LayerOpening, StepProof {
        /** Who must move next. */
        Party turn();

        /** The last time at which {@link #turn()} may move; after it, the other side wins by timeout. */
        long deadline();
    }

    /**
     * A bisection round, over layers or over steps: with an empty proposal the submitter must post k commitments at
     * {@link Bisection#points()}; otherwise the challenger selects a sub-interval.
     */
    sealed interface Bisecting extends Pending permits LayerBisection, StepBisection {
        /** The disputed interval. */
        Bisection interval();

        /** The submitter's commitments at the interval's points, or none yet. */
        List<Bytes32> proposal();

        /** The same round with the submitter's {@code hashes} posted at {@code time}, the challenger to select by {@code deadline}. */
        Bisecting proposing(List<Bytes32> hashes, long time, long deadline);

        @Override
        default Party turn() {
            return proposal().isEmpty() ? Party.SUBMITTER : Party.CHALLENGER;
        }
    }

    /** The claim is posted; the challenger may dispute it until {@code deadline}. */
    record AwaitingChallenge(Claim claim, long escrow, long time, long deadline) implements Pending {
        public AwaitingChallenge {
            Objects.requireNonNull(claim, "claim");
        }

        @Override public Phase phase() { return Phase.AWAITING_CHALLENGE; }
        @Override public Party turn() { return Party.CHALLENGER; }
        @Override public int layerRounds() { return 0; }
        @Override public int stepRounds() { return 0; }
    }

    /**
     * Layer phase: over positions 0..L+1 (input root, the L layer-output roots, then the claim's final state
     * hash). With an empty proposal the submitter must post k commitments; otherwise the challenger selects.
     */
    record LayerBisection(Claim claim, long escrow, long time, long deadline, Bisection interval, List<Bytes32> proposal, int layerRounds) implements Bisecting {
        public LayerBisection {
            Objects.requireNonNull(interval, "interval");
            proposal = List.copyOf(proposal);
        }

        @Override public Phase phase() { return Phase.LAYER_BISECTION; }
        @Override public int stepRounds() { return 0; }

        @Override
        public LayerBisection proposing(List<Bytes32> hashes, long time, long deadline) {
            return new LayerBisection(claim, escrow, time, deadline, interval, hashes, layerRounds);
        }
    }

    /** The layer phase ended on {@code layer}: the submitter must open it. */
    record LayerOpening(Claim claim, long escrow, long time, long deadline, Bisection interval, int layer, int layerRounds) implements Pending {
        public LayerOpening {
            Objects.requireNonNull(interval, "interval");
        }

        @Override public Phase phase() { return Phase.LAYER_OPENING; }
        @Override public Party turn() { return Party.SUBMITTER; }
        @Override public int stepRounds() { return 0; }
    }

    /**
     * Instruction phase: bisection over the VM state hashes of layer {@code layer}'s program, or of the whole
     * program when {@code layer} is empty. With an empty proposal the submitter must post; otherwise the
     * challenger selects.
     */
    record StepBisection(Claim claim, long escrow, long time, long deadline, OptionalInt layer, Bisection interval, List<Bytes32> proposal,
                         int layerRounds, int stepRounds) implements Bisecting {
        public StepBisection {
            Objects.requireNonNull(layer, "layer");
            Objects.requireNonNull(interval, "interval");
            proposal = List.copyOf(proposal);
        }

        @Override public Phase phase() { return Phase.STEP_BISECTION; }

        @Override
        public StepBisection proposing(List<Bytes32> hashes, long time, long deadline) {
            return new StepBisection(claim, escrow, time, deadline, layer, interval, hashes, layerRounds, stepRounds);
        }
    }

    /** The instruction phase ended on one step: the challenger must post its one-step witness. */
    record StepProof(Claim claim, long escrow, long time, long deadline, OptionalInt layer, Bisection interval, int layerRounds, int stepRounds) implements Pending {
        public StepProof {
            Objects.requireNonNull(layer, "layer");
            Objects.requireNonNull(interval, "interval");
        }

        @Override public Phase phase() { return Phase.STEP_PROOF; }
        @Override public Party turn() { return Party.CHALLENGER; }
    }

    /**
     * Decided: {@code winner} takes the {@code escrow}.
     *
     * @param disputedLayer the layer whose program the dispute narrowed to, if it got that far
     * @param disputedStep  the step decided by one-step re-execution (the end of the leaf interval), if any
     */
    record Resolved(Claim claim, long escrow, long time, Party winner, Ending ending, String resolution, OptionalInt disputedLayer,
                    OptionalLong disputedStep, int layerRounds, int stepRounds) implements GameState {
        public Resolved {
            Objects.requireNonNull(winner, "a resolved game has a winner");
            Objects.requireNonNull(ending, "ending");
            Objects.requireNonNull(resolution, "resolution");
            Objects.requireNonNull(disputedLayer, "disputedLayer");
            Objects.requireNonNull(disputedStep, "disputedStep");
        }

        @Override public Phase phase() { return Phase.RESOLVED; }

        /** Whether one-step re-execution decided the game. */
        public boolean oneStepVerified() {
            return ending == Ending.ONE_STEP;
        }
    }
}
