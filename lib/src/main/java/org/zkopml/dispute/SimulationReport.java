package org.zkopml.dispute;

import java.util.Map;

/**
 * The tally of many simulated games.
 *
 * @param games        games played
 * @param honestWins   games the honest side won
 * @param byScenario   games per scenario
 * @param winsByScenario honest wins per scenario
 * @param valueBefore  Σ over games of balances + escrow before the game
 * @param valueAfter   the same sum after each game
 * @param escrowAfter  value left in escrow over all games (0 when every game settled)
 * @param totalRounds  bisection rounds over all games
 */
public record SimulationReport(int games, int honestWins, Map<Scenario, Integer> byScenario, Map<Scenario, Integer> winsByScenario,
                               long valueBefore, long valueAfter, long escrowAfter, long totalRounds) {
    /** Whether no value was created or lost. */
    public boolean conserved() {
        return valueBefore == valueAfter && escrowAfter == 0;
    }
}
