package org.zkopml.dispute;

import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * Who cheats in {@link Dispute#play}: nobody on the submitter's side (an honest submitter against a
 * dishonest challenger), a submitter wrong from a step drawn from the seed, or from a given step K
 * ({@link CheatingBelief}: garbage hashes from K on), or a submitter telling a consistent lie from step K
 * ({@link ConsistentLieBelief}: every committed hash that of a real state, only the output word wrong).
 */
public sealed interface Cheat {
    /** An honest submitter against a dishonest challenger. */
    record None() implements Cheat {
        @Override
        public OptionalLong step(long n, long seed) {
            return OptionalLong.empty();
        }
    }

    /** A submitter wrong from a step K drawn uniformly in [1, N] from the game's seed. */
    record Random() implements Cheat {
        @Override
        public OptionalLong step(long n, long seed) {
            return OptionalLong.of(1 + new SplittableRandom(seed).nextLong(n));
        }
    }

    /** A submitter wrong from a given step K ≥ 1, clipped to N. */
    sealed interface FromStep extends Cheat permits AtStep, Consistent {
        /** K. */
        long step();

        @Override
        default OptionalLong step(long n, long seed) {
            return OptionalLong.of(Math.min(step(), n));
        }

        /** The one check of K: IllegalArgumentException unless K ≥ 1. */
        static void check(long step) {
            if (step < 1) throw new IllegalArgumentException("a cheat step is ≥ 1, got " + step);
        }
    }

    /** A submitter wrong from step {@code step} ≥ 1 (clipped to N). */
    record AtStep(long step) implements FromStep {
        public AtStep {
            FromStep.check(step);
        }
    }

    /** A submitter telling a consistent lie from step {@code step} ≥ 1 (clipped to N): real states with a wrong output word. */
    record Consistent(long step) implements FromStep {
        public Consistent {
            FromStep.check(step);
        }

        /** Every committed hash that of a real state; only the output word is wrong. */
        @Override
        public Belief liar(HonestBelief truth, long seed) {
            return new ConsistentLieBelief(truth, step(truth.replay().length(), seed).getAsLong());
        }
    }

    /** {@link None}. */
    static Cheat none() {
        return new None();
    }

    /** {@link Random}. */
    static Cheat random() {
        return new Random();
    }

    /** {@link AtStep}. */
    static Cheat atStep(long step) {
        return new AtStep(step);
    }

    /** {@link Consistent}. */
    static Cheat consistent(long step) {
        return new Consistent(step);
    }

    /**
     * The first wrong step in a trace of {@code n} steps (empty for {@link None}): the given step clipped to n, or
     * one drawn uniformly in [1, n] from {@code seed}.
     */
    OptionalLong step(long n, long seed);

    /**
     * The lying submitter's belief, wrong from {@code step} ({@link #step}): garbage hashes from there on
     * ({@link CheatingBelief}), or a consistent lie for {@link Consistent}; the truth itself for {@link None}.
     */
    default Belief liar(HonestBelief truth, long seed) {
        OptionalLong k = step(truth.replay().length(), seed);
        return k.isEmpty() ? truth : new CheatingBelief(truth, k.getAsLong(), seed);
    }

    /** Parses {@code K}, {@code random} or {@code none} (the CLI's {@code --cheat-step}); IllegalArgumentException otherwise. */
    static Cheat parse(String text) {
        if ("random".equals(text)) return random();
        if ("none".equals(text)) return none();
        long v;
        try {
            v = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--cheat-step must be a step number, random or none, got " + text);
        }
        if (v < 1) throw new IllegalArgumentException("--cheat-step must be ≥ 1, random or none, got " + text);
        return atStep(v);
    }
}
