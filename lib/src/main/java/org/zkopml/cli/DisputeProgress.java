package org.zkopml.cli;

import me.tongfei.progressbar.ProgressBar;
import org.zkopml.dispute.Bisection;
import org.zkopml.dispute.DisputeListener;
import org.zkopml.dispute.GameState;
import org.zkopml.dispute.Party;
import org.zkopml.dispute.Rules;

/**
 * {@code op dispute}'s progress on stderr: one bar per stage — the submitter's run and the challenger's
 * run (VM steps), then the game (bisection rounds, out of the expected count for one phase, or an upper
 * bound for two).
 */
final class DisputeProgress implements DisputeListener, AutoCloseable {
    private final String model;
    private final Rules rules;
    private final int layers;
    private ProgressBar bar;
    private long length = -1;

    DisputeProgress(String model, Rules rules, int layers) {
        this.model = model;
        this.rules = rules;
        this.layers = layers;
    }

    @Override
    public void running(Party party, long steps) {
        if (bar == null) bar = ProgressBars.steps(party.label() + " runs " + model, length);
        bar.stepTo(steps);
    }

    @Override
    public void ran(Party party, long n) {
        length = n;
        if (bar != null) {
            bar.maxHint(n);
            bar.stepTo(n);
        }
        close();
    }

    @Override
    public void gameStarts(long n) {
        close();
        int rounds = Bisection.rounds(n, rules.k());
        bar = ProgressBars.of("game (rounds)", rules.phases() == 2 ? Bisection.rounds(layers + 1L, rules.k()) + rounds : rounds);
    }

    @Override
    public void moved(GameState state) {
        if (bar == null) return;
        if (state.rounds() > bar.getMax()) bar.maxHint(state.rounds());
        bar.stepTo(state.rounds());
        if (state.resolved()) {
            if (state.rounds() > 0) bar.maxHint(state.rounds());
            bar.setExtraMessage(((GameState.Resolved) state).winner().label() + " wins");
            close();
        }
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
        bar = null;
    }
}
