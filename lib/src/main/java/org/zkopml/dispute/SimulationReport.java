package org.zkopml.dispute;

import java.util.Map;

/**
 * The tally of many simulated claims.
 *
 * @param games          claims played
 * @param honestWins     claims the honest side won (a true claim final, a false one rejected)
 * @param byScenario     claims per scenario
 * @param winsByScenario honest wins per scenario
 * @param valueBefore    Σ over claims of balances + escrow before the claim
 * @param valueAfter     the same sum after each claim
 * @param escrowAfter    value left in escrow over all claims (0 when every claim settled)
 * @param totalRounds    bisection rounds over all disputes
 * @param challengers    challengers over all claims (1 to 4 per claim)
 * @param disputes       disputes opened over all claims
 * @param honestLosses   claims after which an honest party held less than before (0 when bonds go where they should)
 */
public record SimulationReport(int games, int honestWins, Map<Scenario, Integer> byScenario, Map<Scenario, Integer> winsByScenario,
                               long valueBefore, long valueAfter, long escrowAfter, long totalRounds, long challengers, long disputes,
                               int honestLosses) {
    /** Whether no value was created or lost. */
    public boolean conserved() {
        return valueBefore == valueAfter && escrowAfter == 0;
    }
}
