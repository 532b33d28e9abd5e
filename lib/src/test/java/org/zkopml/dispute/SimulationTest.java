package org.zkopml.dispute;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zkopml.vm.SyntheticModels;

class SimulationTest {
    @Test
    void theHonestSideWinsAThousandGamesAndValueIsConserved() {
        List<Task> tasks = List.of(
                Task.of(SyntheticModels.mlp(1, 6, 5, 4, 3), SyntheticModels.input(1, 6)),
                Task.of(SyntheticModels.mlp(2, 4, 3), SyntheticModels.input(2, 4)),
                Task.of(SyntheticModels.mlp(3, 8, 8, 2), SyntheticModels.input(3, 8)));
        SimulationReport r = Simulation.run(tasks, 1_000, 42);
        assertEquals(1_000, r.games());
        assertEquals(r.games(), r.honestWins(), () -> "honest wins by scenario " + r.winsByScenario() + " of " + r.byScenario());
        assertTrue(r.conserved(), () -> "value before " + r.valueBefore() + ", after " + r.valueAfter() + ", escrow " + r.escrowAfter());
        for (Scenario s : Scenario.values()) assertTrue(r.byScenario().getOrDefault(s, 0) > 50, "scenario " + s + " played");
    }
}
