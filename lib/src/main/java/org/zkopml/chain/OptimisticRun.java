package org.zkopml.chain;

import org.web3j.crypto.Credentials;
import org.zkopml.dispute.Arena;
import org.zkopml.dispute.ClaimRecord;
import org.zkopml.dispute.Dispute;
import org.zkopml.dispute.DisputeListener;
import org.zkopml.dispute.DisputeResult;
import org.zkopml.dispute.Docket;
import org.zkopml.dispute.Referee;
import org.zkopml.dispute.Rules;
import org.zkopml.dispute.Task;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One optimistic inference on a chain from scratch, as {@code ./kit chain op} and {@code ./kit tour} run it: deploy the
 * one-step verifier and a fresh bisection game, register the model by its programs' image roots, request the task (the
 * contract derives its initial state), post the claim and let the players of {@link Dispute#players} — the very ones
 * {@code ./kit op dispute} plays at the Java referee — play it at the contract through {@link ContractArena}; a third
 * party finalizes after the window when nobody disputes; everyone withdraws its credit. A fresh deployment per run
 * keeps every gas figure reproducible, so two commands given the same model, input, cheat and rules report equal gas.
 */
public final class OptimisticRun {
    private OptimisticRun() {}

    /**
     * What one run did and cost.
     *
     * @param result           the claim in the dispute package's terms — winner, rounds, disputed step: {@code ./kit op dispute}'s summary
     * @param gas              every transaction from the model's registration on, with its gas and fee
     * @param rules            the game's rules (windows in seconds, bonds in wei)
     * @param oneStepDeployGas gas to deploy the one-step verifier
     * @param gameDeployGas    gas to deploy the bisection game
     * @param bondsConserved   the bonds that came in (the submitter's, one per dispute) all went out, and the game holds nothing
     * @param settlementBound  the latest settlement, in seconds after the submission ({@link Referee#settlementBound})
     * @param chainSeconds     chain-clock seconds from the submission's block to the settlement
     * @param chainId          the chain it ran on
     */
    public record Result(DisputeResult result, GasReport gas, Rules rules, long oneStepDeployGas, long gameDeployGas, boolean bondsConserved,
                         long settlementBound, long chainSeconds, long chainId) {
        /** Whether anyone disputed the claim. */
        public boolean challenged() {
            return !result.claimRecord().end().disputes().isEmpty();
        }

        /** The latest time, after the submission, at which the claim is settled: the window alone when unchallenged. */
        public long finalityBoundSeconds() {
            return challenged() ? settlementBound : rules.challengeWindow() + 1;
        }

        /** The most moves one dispute over the claim takes ({@link Referee#maxMoves}), as the settlement bound counts them. */
        public long maxMoves() {
            return (settlementBound - rules.challengeWindow() - 1) / rules.responseWindow();
        }

        /** Bisection rounds of the dispute that decided the claim ({@link DisputeResult#rounds()}). */
        public int rounds() {
            return result.rounds();
        }

        /** Gas of the submission. */
        public long submitGas() {
            return gas.total("submit");
        }

        /** Gas of the model's registration and the task's request. */
        public long requestGas() {
            return gas.total("register") + gas.total("request");
        }

        /** Gas of the challenges. */
        public long challengeGas() {
            return gas.total("challenge");
        }

        /** Gas of every bisection, selection and layer opening, in order. */
        public java.util.List<Long> moveGas() {
            return gas.entries().stream().filter(e -> java.util.List.of("Bisect", "Select", "OpenLayer").contains(e.what())).map(GasReport.Entry::gas).toList();
        }

        /** Gas of the one-step proof (0 when the dispute ended otherwise). */
        public long oneStepGas() {
            return gas.total("ProveStep");
        }

        /** Gas of the timeouts and of closing ended disputes. */
        public long timeoutGas() {
            return gas.total("Timeout") + gas.total("close");
        }

        /** Gas of the finalization (0 when the claim was rejected). */
        public long finalizeGas() {
            return gas.total("finalize");
        }

        /** Gas of the withdrawals of the bonds. */
        public long withdrawGas() {
            return gas.total("withdraw");
        }

        /** What an unchallenged claim costs its submitter: the submission, the finalization and the bond's withdrawal. */
        public long unchallengedGas() {
            return submitGas() + finalizeGas() + withdrawGas();
        }

        /** Everything from the challenge on: the challenge, every move, the proof or timeout, and the withdrawals. */
        public long totalDisputeGas() {
            return gas.disputeGas() + withdrawGas();
        }
    }

    /**
     * Deploys the contracts under {@code rules} from account 0 and plays one claim of {@code task} between
     * {@code players} (the submitter from account 1, the challenger from account 2; account 3, or 0 on an endpoint
     * with three keys, finalizes), showing {@code listener} every state of the game.
     */
    public static Result play(LocalChain chain, Task task, Rules rules, Dispute.Players players, DisputeListener listener) {
        if (chain.accounts() < 3) throw new IllegalArgumentException("a game needs three accounts (KIT_PRIVATE_KEY: give at least three keys)");
        Credentials deployer = chain.account(0);
        OneStepContract verifier = OneStepContract.deploy(chain, deployer);
        BisectionGameContract game = BisectionGameContract.deploy(chain, deployer, verifier.address(), rules);
        List<GasReport.Entry> setup = new ArrayList<>();
        Receipt registered = game.registerModel(deployer, task.modelCommitment(), task.model());
        BisectionGameContract.Posted requested = game.request(deployer, BisectionGameContract.modelId(task.modelCommitment(), task.model()), task.input());
        setup.add(new GasReport.Entry("requester", "register", -1, registered.gasUsed(), registered.fee()));
        setup.add(new GasReport.Entry("requester", "request", -1, requested.receipt().gasUsed(), requested.receipt().fee()));

        Map<String, Credentials> keys = new LinkedHashMap<>();
        keys.put(Dispute.SUBMITTER, chain.account(1));
        keys.put(Dispute.CHALLENGER, chain.account(2));
        keys.put("keeper", chain.account(chain.accounts() > 3 ? 3 : 0));
        ContractArena venue = ContractArena.post(game, keys, Dispute.SUBMITTER, requested.id(), players.claim());
        long posted = venue.docket().postedAt();
        ClaimRecord record = Arena.play(venue, players.submitter(), List.of(new Arena.Entrant(Dispute.CHALLENGER, players.challenger(), 0)),
                "keeper", listener);
        long settled = chain.timestamp();
        Map<String, BigInteger> paid = venue.withdrawAll();

        Docket end = record.end();
        BigInteger in = BigInteger.valueOf(rules.submitterBond()).add(BigInteger.valueOf(rules.challengerBond()).multiply(BigInteger.valueOf(end.disputes().size())));
        BigInteger out = paid.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        boolean conserved = in.equals(out) && game.held().signum() == 0 && chain.balance(game.address()).signum() == 0;
        setup.addAll(venue.gasReport().entries());
        DisputeResult result = Dispute.result(record, players.truth(), rules, players.cheatStep(), players.honest());
        return new Result(result, new GasReport(setup), rules, verifier.deployment().receipt().gasUsed(), game.deployment().receipt().gasUsed(),
                conserved, new Referee(rules, task).settlementBound(players.claim()), settled - posted, chain.chainId());
    }
}
