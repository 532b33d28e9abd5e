package org.zkopml.chain;

import org.zkopml.dispute.Arena;
import org.zkopml.dispute.Cheat;
import org.zkopml.dispute.ClaimRecord;
import org.zkopml.dispute.Dispute;
import org.zkopml.dispute.DisputeListener;
import org.zkopml.dispute.Rules;
import org.zkopml.dispute.Standing;
import org.zkopml.dispute.Task;
import org.zkopml.vm.LayeredProgram;
import org.zkopml.vm.SyntheticModels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gas of the optimistic path, measured from receipts on a chain: what one dispute costs as the claimed trace length
 * N and the arity k grow. A dispute of N steps takes R = ⌈log_{k+1} N⌉ rounds of a bisection (k hashes posted,
 * calldata and storage growing with k) and a selection, then one one-step proof whose cost does not depend on N;
 * the rows show where the balance between rounds and hashes per round lies. The program is the counting loop
 * ({@link SyntheticModels#countdown()}: N = 4n + 6 for input n), so that only N changes.
 */
public final class GasStudy {
    private GasStudy() {}

    /**
     * One measured dispute.
     *
     * @param steps           N
     * @param k               hashes per round
     * @param rounds          R
     * @param submitGas       the claim's submission
     * @param meanBisectGas   mean gas of the submitter's bisections
     * @param meanSelectGas   mean gas of the challenger's selections
     * @param oneStepGas      the one-step proof transaction
     * @param totalDisputeGas the challenge, every move and the proof
     */
    public record Row(long steps, int k, int rounds, long submitGas, long meanBisectGas, long meanSelectGas, long oneStepGas, long totalDisputeGas) {}

    /**
     * Plays, for each k and each loop count n, a cheating submitter (wrong from the middle of the trace) against an
     * honest challenger on the countdown, on a fresh game contract per k deployed with the verifier at
     * {@code oneStep}; one row per game.
     */
    public static List<Row> disputes(LocalChain chain, String oneStep, int[] ks, long[] loopCounts) {
        List<Row> rows = new ArrayList<>();
        LayeredProgram countdown = SyntheticModels.countdown();
        for (int k : ks) {
            Rules rules = BisectionGameContract.rules(k, 1);
            BisectionGameContract game = BisectionGameContract.deploy(chain, chain.account(0), oneStep, rules);
            game.registerModel(chain.account(0), Task.of(countdown, new long[] {0}).modelCommitment(), countdown);
            for (long n : loopCounts) {
                Task task = Task.of(countdown, new long[] {n});
                long taskId = game.request(chain.account(0), BisectionGameContract.modelId(task.modelCommitment(), task.model()), task.input()).id();
                Dispute.Players players = Dispute.players(task, Cheat.atStep(2 * n + 3), 1, DisputeListener.NONE);
                Map<String, org.web3j.crypto.Credentials> keys = new LinkedHashMap<>();
                keys.put(Dispute.SUBMITTER, chain.account(1));
                keys.put(Dispute.CHALLENGER, chain.account(2));
                ContractArena venue = ContractArena.post(game, keys, Dispute.SUBMITTER, taskId, players.claim());
                ClaimRecord r = Arena.play(venue, players.submitter(), List.of(new Arena.Entrant(Dispute.CHALLENGER, players.challenger(), 0)),
                        Dispute.CHALLENGER, DisputeListener.NONE);
                venue.withdrawAll();
                if (r.standing() != Standing.REJECTED) throw new IllegalStateException("a measured cheater was not caught: " + r.end());
                GasReport gas = venue.gasReport();
                List<Long> bisect = gas.gas("Bisect"), select = gas.gas("Select");
                rows.add(new Row(players.truth().replay().length(), k, r.end().dispute(0).rounds(), gas.total("submit"), mean(bisect), mean(select),
                        gas.total("ProveStep"), gas.disputeGas()));
            }
        }
        return rows;
    }

    private static long mean(List<Long> xs) {
        return xs.isEmpty() ? 0 : xs.stream().mapToLong(Long::longValue).sum() / xs.size();
    }
}
