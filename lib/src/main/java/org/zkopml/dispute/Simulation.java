package org.zkopml.dispute;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Many claims between random casts over a set of tasks, with k ∈ {1, 2, 3, 7} and 1 or 2 phases drawn per
 * claim: a submitter (a {@link Scenario}) and 1 to 4 challengers — honest ones in the window, honest ones who
 * come late, the submitter's accomplices who challenge first and lose on purpose or go silent, dishonest ones
 * who dispute a true claim at random — each claim settled through its own {@link Ledger} (funded with random
 * balances of at least the bonds). The honest side must win every claim (a true claim final, a false one
 * rejected), no honest party may end with less than it had, and no value may appear or vanish. A false claim
 * always has one honest challenger in its window (the 1-of-N assumption); nothing else is assumed. Honest
 * parties share one precomputed {@link HonestBelief} per task (the computation is deterministic, so this only
 * saves time). The same casts ({@link #draw}) play on-chain in the chain package's tests.
 */
public final class Simulation {
    private static final int[] KS = {1, 2, 3, 7};

    private Simulation() {}

    /** The kinds of challenger a cast draws from. */
    public enum Kind {
        /** Computes the task and challenges a claim that differs from its result, within the window. */
        HONEST,
        /** Honest, but arrives after the window has closed: its challenge is refused. */
        LATE,
        /** The submitter's accomplice: challenges anything and loses on purpose ({@link ChallengerActor#colluding}). */
        COLLUDING,
        /** An accomplice that challenges and then never answers. */
        SILENT,
        /** Challenges anything and selects at random ({@link ChallengerActor#dishonest}). */
        DISHONEST;

        /** Lower-case name. */
        public String label() {
            return name().toLowerCase();
        }
    }

    /**
     * One claim's cast.
     *
     * @param scenario    the submitter and the first challenger
     * @param claim       the claim the submitter posts
     * @param submitter   how the submitter plays
     * @param challengers 1 to 4 challengers with their accounts and arrival times
     * @param kinds       each challenger's kind, in the same order
     * @param honest      the honest side: {@link Party#SUBMITTER} if the claim is true
     */
    public record Lineup(Scenario scenario, Claim claim, Actor submitter, List<Arena.Entrant> challengers, List<Kind> kinds, Party honest) {
        public Lineup {
            challengers = List.copyOf(challengers);
            kinds = List.copyOf(kinds);
        }

        /** The accounts that play honestly and must not lose money: the submitter of a true claim, or the honest challengers of a false one. */
        public List<String> honestAccounts(String submitterAccount) {
            if (honest == Party.SUBMITTER) return List.of(submitterAccount);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < kinds.size(); i++) if (kinds.get(i) == Kind.HONEST || kinds.get(i) == Kind.LATE) out.add(challengers.get(i).account());
            return out;
        }
    }

    /** Draws one claim's cast for {@code task} (whose true run is {@code truth}) under {@code rules}. */
    public static Lineup draw(SplittableRandom rnd, Task task, HonestBelief truth, Rules rules) {
        return draw(rnd, task, truth, rules, 0);
    }

    /**
     * {@link #draw(SplittableRandom, Task, HonestBelief, Rules)} keeping every arrival {@code slack} time units away
     * from the window's end (on a real chain the clock runs on by a few seconds between two looks at it).
     */
    public static Lineup draw(SplittableRandom rnd, Task task, HonestBelief truth, Rules rules, long slack) {
        Scenario sc = Scenario.values()[rnd.nextInt(Scenario.values().length)];
        long n = truth.replay().length();
        long seed = rnd.nextLong();
        if (slack < 0 || 2 * slack >= rules.challengeWindow()) throw new IllegalArgumentException("slack must be in [0, window / 2), got " + slack);
        long window = rules.challengeWindow() - slack;
        Belief lie = rnd.nextInt(4) == 0 ? new ConsistentLieBelief(truth, 1 + rnd.nextLong(n)) : new CheatingBelief(truth, 1 + rnd.nextLong(n), seed);
        List<Arena.Entrant> entrants = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        Claim claim;
        Actor submitter;
        switch (sc) {
            case HONEST_UNCHALLENGED, DISHONEST_CHALLENGER, SILENT_CHALLENGER -> {
                claim = truth.claim();
                submitter = new SubmitterActor("submitter", truth);
            }
            case LAZY_SUBMITTER -> {
                Belief lazy = new LazyBelief(task, 1 + rnd.nextLong(2 * n), seed);
                claim = lazy.claim();
                submitter = new SubmitterActor("submitter", lazy);
            }
            case SILENT_CHEATER -> {
                claim = lie.claim();
                submitter = new SilentActor(new SubmitterActor("submitter", lie), rnd.nextInt(3));
            }
            default -> {
                claim = lie.claim();
                submitter = new SubmitterActor("submitter", lie);
            }
        }
        switch (sc) {
            case HONEST_UNCHALLENGED -> add(entrants, kinds, Kind.HONEST, ChallengerActor.honest("honest", truth), rnd.nextLong(window + 1));
            case DISHONEST_CHALLENGER -> add(entrants, kinds, Kind.DISHONEST, ChallengerActor.dishonest("dishonest", truth, seed), rnd.nextLong(window + 1));
            case SILENT_CHALLENGER -> add(entrants, kinds, Kind.DISHONEST, new SilentActor(ChallengerActor.dishonest("dishonest", truth, seed), rnd.nextInt(4)),
                    rnd.nextLong(window + 1));
            case COLLUSION -> {
                add(entrants, kinds, Kind.COLLUDING, ChallengerActor.colluding("accomplice"), 0);
                add(entrants, kinds, Kind.HONEST, ChallengerActor.honest("honest", truth), 1 + window / 4 + rnd.nextLong(window - window / 4));
            }
            default -> add(entrants, kinds, Kind.HONEST, ChallengerActor.honest("honest", truth), rnd.nextLong(window + 1));
        }
        for (int extra = rnd.nextInt(5 - entrants.size()); extra > 0; extra--) {
            Kind kind = Kind.values()[rnd.nextInt(Kind.values().length)];
            long at = kind == Kind.LATE ? window + 2 * slack + 1 + rnd.nextLong(window) : rnd.nextLong(window + 1);
            Actor a = switch (kind) {
                case HONEST, LATE -> ChallengerActor.honest(kind.label(), truth);
                case COLLUDING -> ChallengerActor.colluding(kind.label());
                case SILENT -> new SilentActor(ChallengerActor.colluding(kind.label()), 1);
                case DISHONEST -> ChallengerActor.dishonest(kind.label(), truth, rnd.nextLong());
            };
            add(entrants, kinds, kind, a, at);
        }
        return new Lineup(sc, claim, submitter, entrants, kinds, sc.honest());
    }

    private static void add(List<Arena.Entrant> entrants, List<Kind> kinds, Kind kind, Actor actor, long arrivesAfter) {
        entrants.add(new Arena.Entrant(kind.label() + "-" + entrants.size(), actor, arrivesAfter));
        kinds.add(kind);
    }

    /** Plays {@code games} seeded claims over {@code tasks} at the Java referee. */
    public static SimulationReport run(List<Task> tasks, int games, long seed) {
        if (tasks.isEmpty()) throw new IllegalArgumentException("no tasks");
        SplittableRandom rnd = new SplittableRandom(seed);
        List<HonestBelief> truths = tasks.stream().map(t -> new HonestBelief(t, 256)).toList();
        List<Referee> referees = new ArrayList<>();
        for (Task t : tasks) referees.add(new Referee(Rules.of(1, 1), t));
        long before = 0, after = 0, escrowAfter = 0, rounds = 0, challengers = 0, disputes = 0;
        int honestWins = 0, honestLosses = 0;
        Map<Scenario, Integer> count = new EnumMap<>(Scenario.class);
        Map<Scenario, Integer> wins = new EnumMap<>(Scenario.class);
        for (int g = 0; g < games; g++) {
            int t = rnd.nextInt(tasks.size());
            Rules rules = new Rules(KS[rnd.nextInt(KS.length)], 1 + rnd.nextInt(2), 100, 10, 100 + rnd.nextInt(900), 100 + rnd.nextInt(900));
            Lineup cast = draw(rnd, tasks.get(t), truths.get(t), rules);
            Ledger ledger = new Ledger();
            ledger.deposit(Dispute.SUBMITTER, rules.submitterBond() + rnd.nextInt(1_000_000)).orElseThrow();
            for (Arena.Entrant e : cast.challengers()) ledger.deposit(e.account(), rules.challengerBond() + rnd.nextInt(1_000_000)).orElseThrow();
            before += ledger.total();
            Map<String, Long> start = ledger.balances();
            Game game = Game.open(referees.get(t).withRules(rules), ledger, Dispute.SUBMITTER, 0, cast.claim()).orElseThrow();
            ClaimRecord rec = Arena.play(game, cast.submitter(), cast.challengers(), "keeper", DisputeListener.NONE);
            after += ledger.total();
            escrowAfter += ledger.escrow();
            challengers += cast.challengers().size();
            disputes += rec.end().disputes().size();
            for (Docket.Case c : rec.end().disputes()) rounds += c.state().rounds();
            count.merge(cast.scenario(), 1, Integer::sum);
            boolean honestWon = (cast.honest() == Party.SUBMITTER) == (rec.standing() == Standing.FINAL);
            if (honestWon) {
                honestWins++;
                wins.merge(cast.scenario(), 1, Integer::sum);
            }
            for (String a : cast.honestAccounts(Dispute.SUBMITTER)) if (ledger.balance(a) < start.getOrDefault(a, 0L)) honestLosses++;
        }
        return new SimulationReport(games, honestWins, count, wins, before, after, escrowAfter, rounds, challengers, disputes, honestLosses);
    }
}
