package org.zkopml.cli;

import org.zkopml.dispute.Bounds;
import org.zkopml.dispute.Cheat;
import picocli.CommandLine.Option;

/**
 * How a dispute game is played, for {@code op dispute}, {@code chain op} and {@code tour}: who cheats from which step
 * ({@code --cheat-step}, parsed once into a {@link Cheat}), the hashes per bisection round ({@code --k}) and the seed.
 */
final class GameChoice {
    @Option(names = "--cheat-step", paramLabel = "K|random|none",
            description = "First wrong step of the cheating submitter; none: an honest submitter against a dishonest challenger. Default: ${DEFAULT-VALUE}.")
    String cheatStep = "random";

    @Option(names = "--k", paramLabel = "K", description = "Points (hashes) per bisection round, 1 (binary) to 64. Default: ${DEFAULT-VALUE}.")
    int k = 1;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the random cheat step and of a dishonest party's choices. Default: ${DEFAULT-VALUE}.")
    long seed = 1;

    /** The cheat {@code --cheat-step} names (IllegalArgumentException: neither a step ≥ 1, random nor none). */
    Cheat cheat() {
        return Cheat.parse(cheatStep);
    }

    /** {@code --k}, checked against the bound the referee and the contract share ({@link Bounds#MAX_K}). */
    int kOnChain() {
        if (k < 1 || k > Bounds.MAX_K) throw new IllegalArgumentException("--k must be in [1, " + Bounds.MAX_K + "], got " + k);
        return k;
    }
}
