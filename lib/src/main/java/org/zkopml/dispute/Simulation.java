package org.zkopml.dispute;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Many games between random actors over a set of tasks, with k ∈ {1, 2, 3, 7} and 1 or 2 phases drawn
 * per game, each settled through its own {@link Ledger} (funded with random balances of at least the
 * bond): the honest side must win every game and no value may appear or vanish. Honest parties share one precomputed {@link HonestBelief} per task (the
 * computation is deterministic, so this only saves time).
 */
public final class Simulation {
    private static final int[] KS = {1, 2, 3, 7};

    private Simulation() {}

    /** Plays {@code games} seeded games over {@code tasks}. */
    public static SimulationReport run(List<Task> tasks, int games, long seed) {
        if (tasks.isEmpty()) throw new IllegalArgumentException("no tasks");
        SplittableRandom rnd = new SplittableRandom(seed);
        List<HonestBelief> truths = tasks.stream().map(t -> new HonestBelief(t, 256)).toList();
        String[] players = {"alice", "bob", "carol", "dave", "erin", "frank"};
        long before = 0;
        long after = 0;
        long escrowAfter = 0;
        Map<Scenario, Integer> count = new EnumMap<>(Scenario.class);
        Map<Scenario, Integer> wins = new EnumMap<>(Scenario.class);
        int honestWins = 0;
        long rounds = 0;
        Scenario[] scenarios = Scenario.values();
        for (int g = 0; g < games; g++) {
            int t = rnd.nextInt(tasks.size());
            Task task = tasks.get(t);
            HonestBelief truth = truths.get(t);
            Rules rules = new Rules(KS[rnd.nextInt(KS.length)], 1 + rnd.nextInt(2), 100, 10, 100 + rnd.nextInt(900), 100 + rnd.nextInt(900));
            Scenario sc = scenarios[rnd.nextInt(scenarios.length)];
            String subName = players[rnd.nextInt(players.length)];
            String chalName = players[rnd.nextInt(players.length)];
            if (chalName.equals(subName)) chalName = players[(java.util.Arrays.asList(players).indexOf(subName) + 1) % players.length];
            long n = truth.replay().length();
            long gameSeed = rnd.nextLong();
            SubmitterActor sub;
            Actor chal;
            switch (sc) {
                case HONEST_UNCHALLENGED -> {
                    sub = new SubmitterActor(subName, truth);
                    chal = ChallengerActor.honest(chalName, truth);
                }
                case DISHONEST_CHALLENGER -> {
                    sub = new SubmitterActor(subName, truth);
                    chal = ChallengerActor.dishonest(chalName, truth, gameSeed);
                }
                case CHEATER -> {
                    sub = new SubmitterActor(subName, new CheatingBelief(truth, 1 + rnd.nextLong(n), gameSeed));
                    chal = ChallengerActor.honest(chalName, truth);
                }
                case LAZY_SUBMITTER -> {
                    sub = new SubmitterActor(subName, new LazyBelief(task, 1 + rnd.nextLong(2 * n), gameSeed));
                    chal = ChallengerActor.honest(chalName, truth);
                }
                case SILENT_CHEATER -> {
                    sub = new SubmitterActor(subName, new CheatingBelief(truth, 1 + rnd.nextLong(n), gameSeed));
                    chal = ChallengerActor.honest(chalName, truth);
                }
                default -> {
                    sub = new SubmitterActor(subName, truth);
                    chal = new SilentActor(ChallengerActor.dishonest(chalName, truth, gameSeed), rnd.nextInt(4));
                }
            }
            Ledger ledger = new Ledger();
            ledger.deposit(Party.SUBMITTER, rules.submitterBond() + rnd.nextInt(1_000_000)).orElseThrow();
            ledger.deposit(Party.CHALLENGER, rules.challengerBond() + rnd.nextInt(1_000_000)).orElseThrow();
            before += ledger.total();
            GameRecord rec = sc == Scenario.SILENT_CHEATER
                    ? Arena.play(new Referee(rules, task), sub.claim(), new SilentActor(sub, rnd.nextInt(3)), chal, ledger)
                    : Arena.play(new Referee(rules, task), sub, chal, ledger);
            after += ledger.total();
            escrowAfter += ledger.escrow();
            count.merge(sc, 1, Integer::sum);
            rounds += rec.rounds();
            if (rec.winner() == sc.honest()) {
                honestWins++;
                wins.merge(sc, 1, Integer::sum);
            }
        }
        return new SimulationReport(games, honestWins, count, wins, before, after, escrowAfter, rounds);
    }
}
