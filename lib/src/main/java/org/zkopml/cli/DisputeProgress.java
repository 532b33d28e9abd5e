package org.zkopml.cli;

import java.util.EnumMap;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import org.zkopml.dispute.Bisection;
import org.zkopml.dispute.DisputeListener;
import org.zkopml.dispute.GameState;
import org.zkopml.dispute.Party;
import org.zkopml.dispute.Rules;

/**
 * {@code op dispute}'s progress on stderr: one bar per stage — the submitter's run and the challenger's
 * run (VM steps; the two run at once, each with its own bar), then the game (bisection rounds, out of the
 * expected count for one phase, or an upper bound for two). The dispute serialises its calls.
 */
final class DisputeProgress implements DisputeListener, AutoCloseable {
    private final String model;
    private final Rules rules;
    private final int layers;
    private final Map<Party, ProgressBar> runs = new EnumMap<>(Party.class);
    private ProgressBar bar;
    private long length = -1;

    DisputeProgress(String model, Rules rules, int layers) {
        this.model = model;
        this.rules = rules;
        this.layers = layers;
    }

    @Override
    public void running(Party party, long steps) {
        runBar(party).stepTo(steps);
    }

    @Override
    public void ran(Party party, long n) {
        length = n;
        ProgressBar b = runBar(party);
        b.maxHint(n);
        b.stepTo(n);
        b.close();
        runs.remove(party);
    }

    /** The party's bar, opened at its first report. */
    private ProgressBar runBar(Party party) {
        return runs.computeIfAbsent(party, p -> ProgressBars.steps(p.label() + " runs " + model, length));
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
        runs.values().forEach(ProgressBar::close);
        runs.clear();
        if (bar != null) bar.close();
        bar = null;
    }
}
