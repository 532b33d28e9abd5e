package org.zkopml.dispute;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zkopml.vm.SyntheticModels;

/**
 * Claims, each with 1 to 4 challengers of every kind (honest, late, colluding, silent, dishonest) and a submitter of
 * every {@link Scenario}, k and phases drawn per claim: the honest side wins every one, no honest party loses money,
 * and value is conserved (the bonds in equal the bonds paid out) — 1,000 in the fast loop, 10,000 with the slow tests.
 */
class SimulationTest {
    static final List<Task> TASKS = List.of(
            Task.of(SyntheticModels.mlp(1, 6, 5, 4, 3), SyntheticModels.input(1, 6)),
            Task.of(SyntheticModels.mlp(2, 4, 3), SyntheticModels.input(2, 4)),
            Task.of(SyntheticModels.mlp(3, 8, 8, 2), SyntheticModels.input(3, 8)));

    @Test
    void theHonestSideWinsAThousandClaims() {
        SimulationReport r = Simulation.run(TASKS, 1_000, 7);
        assertEquals(r.games(), r.honestWins(), () -> "honest wins by scenario " + r.winsByScenario() + " of " + r.byScenario());
        assertEquals(0, r.honestLosses());
        assertTrue(r.conserved());
    }

    @Test
    @Tag("slow")
    void theHonestSideWinsTenThousandClaimsWithOneToFourChallengersAndValueIsConserved() {
        SimulationReport r = Simulation.run(TASKS, 10_000, 42);
        assertEquals(10_000, r.games());
        assertEquals(r.games(), r.honestWins(), () -> "honest wins by scenario " + r.winsByScenario() + " of " + r.byScenario());
        assertEquals(0, r.honestLosses(), "no honest party ends with less than it had");
        assertTrue(r.conserved(), () -> "value before " + r.valueBefore() + ", after " + r.valueAfter() + ", escrow " + r.escrowAfter());
        for (Scenario s : Scenario.values()) assertTrue(r.byScenario().getOrDefault(s, 0) > 1_000, "scenario " + s + " played");
        assertTrue(r.challengers() > 2L * r.games(), "about 2.5 challengers per claim: " + r.challengers());
        assertTrue(r.disputes() > r.games(), "more disputes than claims: " + r.disputes());
    }
}
