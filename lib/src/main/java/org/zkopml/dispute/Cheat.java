package org.zkopml.dispute;

/**
 * Who cheats in {@link Dispute#play}: nobody on the submitter's side (an honest submitter against a
 * dishonest challenger), a submitter wrong from a step drawn from the seed, or from a given step K.
 */
public sealed interface Cheat {
    /** An honest submitter against a dishonest challenger. */
    record None() implements Cheat {}

    /** A submitter wrong from a step K drawn uniformly in [1, N] from the game's seed. */
    record Random() implements Cheat {}

    /** A submitter wrong from step {@code step} ≥ 1 (clipped to N). */
    record AtStep(long step) implements Cheat {
        public AtStep {
            if (step < 1) throw new IllegalArgumentException("a cheat step is ≥ 1, got " + step);
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
