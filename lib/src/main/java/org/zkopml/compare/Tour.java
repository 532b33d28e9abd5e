package org.zkopml.compare;

import java.nio.file.Path;
import java.util.Arrays;
import org.zkopml.chain.BisectionGameContract;
import org.zkopml.chain.Groth16VerifierContract;
import org.zkopml.chain.LocalChain;
import org.zkopml.chain.OptimisticRun;
import org.zkopml.chain.Receipt;
import org.zkopml.circuit.Statement;
import org.zkopml.dispute.Bisection;
import org.zkopml.dispute.Cheat;
import org.zkopml.dispute.Dispute;
import org.zkopml.dispute.DisputeListener;
import org.zkopml.dispute.GameState;
import org.zkopml.dispute.Party;
import org.zkopml.dispute.Rules;
import org.zkopml.dispute.Task;
import org.zkopml.groth16.Verifier;
import org.zkopml.lab.Machine;
import org.zkopml.lab.Measurement;
import org.zkopml.lab.Stopwatch;
import org.zkopml.model.Recipe;
import org.zkopml.model.Recipes;
import org.zkopml.model.TrainedModel;
import org.zkopml.values.Verdict;
import org.zkopml.vm.ModelCompiler;

/**
 * The kit's point in one run: one inference of a trained, quantized model made trustworthy twice — with a Groth16 proof
 * (statement a: public model, private input) verified off-chain and on a chain, and optimistically (a claim posted with a
 * bond, unchallenged through its window; then a cheating submitter caught through the on-chain bisection game) — and the
 * two measured side by side. Each step calls the flow that does it alone ({@link ProvenInference}, {@link VmRun},
 * {@link OptimisticRun}), so the deterministic figures (constraints, proof bytes, steps, gas, rounds) are the ones
 * {@code ./kit zk prove}, {@code op run} and {@code chain op} print. What {@code ./kit tour} runs.
 *
 * @param machine      where it ran
 * @param model        the recipe
 * @param row          the test row
 * @param trainNanos   training from the recipe's seed, now
 * @param reproduced   whether that training gave the quantized model every command uses (the cached one)
 * @param zk           the Groth16 proof of statement a
 * @param verifyWarm   the off-chain verifier after JIT warm-up
 * @param vm           the VM run with checkpoints and state hashes
 * @param happy        the unchallenged claim on-chain
 * @param disputed     the cheating submitter's claim and its dispute
 * @param disputeNanos wall time of the on-chain dispute (deployment included)
 * @param zkChain      the proof verified on-chain
 * @param localNode    whether the tour started (and stopped) its own node
 * @param url          the node's JSON-RPC address
 * @param totalNanos   the whole tour
 */
public record Tour(Machine machine, String model, int row, long trainNanos, boolean reproduced, ProvenInference zk, Measurement verifyWarm,
                   VmRun vm, OptimisticRun.Result happy, OptimisticRun.Result disputed, long disputeNanos, ZkOnChain zkChain,
                   boolean localNode, String url, long totalNanos) {
    /**
     * The Groth16 proof verified by a contract.
     *
     * @param verifyGas gas of the verifying transaction, from its receipt
     * @param deployGas gas to deploy the verifier
     * @param accepted  whether the contract accepted the proof
     * @param blocks    blocks from the last block before the verifying transaction to the one that included it
     */
    public record ZkOnChain(long verifyGas, long deployGas, boolean accepted, long blocks) {}

    /**
     * Runs the tour on test row {@code row} of the recipe {@code model}: the proof's snarkjs files go to {@code proofDir};
     * the cheating submitter lies from the step {@code cheat} names (not {@link Cheat.None}: the tour catches a cheater),
     * drawn from {@code seed} when random; the bisection takes {@code k} hashes per round (1 to 64).
     */
    public static Tour run(String model, int row, Cheat cheat, long seed, int k, Path proofDir, Progress progress) {
        if (cheat instanceof Cheat.None) {
            throw new IllegalArgumentException("--cheat-step none: the tour's dispute needs a cheating submitter; give a step or random");
        }
        long tourStart = System.nanoTime();
        Machine machine = Machine.current();
        progress.note("tour: " + model + ", test row " + row + ", on " + machine.summary());

        progress.note("[1/5] train and quantize " + model + " (from its seed, then the copy every command uses)");
        if (org.zkopml.model.Gpts.isGpt(model)) throw Models.notARecipe(model);
        Recipe recipe = Recipes.get(model);
        TrainedModel fresh;
        try (Progress.Task task = progress.task("train " + model, recipe.steps())) {
            fresh = Recipes.trainFresh(recipe, task::stepTo);
        }
        progress.note("trained " + model + " in " + Stopwatch.format(fresh.trainNanos()) + " (" + recipe.describe() + ")");
        TrainedModel trained = Models.train(model, progress);
        boolean reproduced = fresh.quantized().equals(trained.quantized());

        progress.note("[2/5] zkML: compile to R1CS (statement a), set up, prove, verify off-chain");
        ProvenInference zk = ProvenInference.prove(trained, Statement.A, row, proofDir, null, progress);
        ProvenCircuit o = zk.proven();
        if (!o.verdict().accepted()) throw new IllegalStateException("the kit rejected its own proof: " + o.verdict().reason());
        Measurement verifyWarm;
        try (Progress.Task task = progress.task("verify (warm)", 1)) {
            verifyWarm = Stopwatch.measure("Groth16 verify", () -> Verifier.verifyFr(o.vk(), o.publicInputs(), o.proof()), 300, 700);
            task.step();
        }

        progress.note("[3/5] opML: compile to the VM, run with checkpoints and state hashes (what a submitter and every watcher do)");
        Task task = new Task(ModelCompiler.compile(trained.quantized()), trained.testInput(row, trained.quantized().scaleBits()),
                trained.quantized().commitment());
        VmRun vm = VmRun.replay(task, model, progress);
        if (!Arrays.equals(vm.output(), zk.circuit().output())) {
            throw new IllegalStateException("the VM's output " + Arrays.toString(vm.output()) + " differs from the circuit's "
                    + Arrays.toString(zk.circuit().output()));
        }

        progress.note("[4/5] on a local chain: the Groth16 verifier deployed and the proof verified; then opML: post with a bond and "
                + "finalise unchallenged; then a cheating submitter caught by the bisection game");
        OnChain c = onChain(o, task, cheat, seed, vm.steps(), k, progress);
        return new Tour(machine, model, row, fresh.trainNanos(), reproduced, zk, verifyWarm, vm, c.happy(), c.disputed(), c.disputeNanos(), c.zk(),
                c.local(), c.url(), System.nanoTime() - tourStart);
    }

    /**
     * What a tour does on a chain.
     *
     * @param zk           the Groth16 proof verified by its contract (null when there was none to verify)
     * @param happy        the unchallenged claim
     * @param disputed     the cheating submitter's claim and its dispute
     * @param disputeNanos wall time of the dispute (deployment included)
     * @param local        whether the tour started (and stopped) its own node
     * @param url          the node's JSON-RPC address
     */
    record OnChain(ZkOnChain zk, OptimisticRun.Result happy, OptimisticRun.Result disputed, long disputeNanos, boolean local, String url) {}

    /**
     * On a local chain (or {@code KIT_RPC_URL}'s): the Groth16 verifier of {@code proof} deployed and the proof verified
     * (skipped when {@code proof} is null); the task's true claim posted with a bond and finalised unchallenged; then a
     * submitter lying as {@code cheat} says (drawn from {@code seed}) caught by the bisection game ({@code k} hashes per
     * round) over the task's {@code steps}. Shared by both tours.
     */
    static OnChain onChain(ProvenCircuit proof, Task task, Cheat cheat, long seed, long steps, int k, Progress progress) {
        Rules rules = BisectionGameContract.rules(k, 1);
        OptimisticRun.Result happy, disputed;
        long disputeNanos;
        ZkOnChain zkChain;
        boolean local;
        String url;
        try (LocalChain chain = LocalChain.open()) {
            local = chain.local();
            url = chain.url();
            zkChain = proof == null ? null : verifyOnChain(chain, proof, progress);
            try (Progress.Task moves = progress.task("unchallenged claim", 1)) {
                happy = OptimisticRun.play(chain, task, rules, Dispute.nobodyLies(task, DisputeListener.NONE), steps(moves));
            }
            long t0 = System.nanoTime();
            try (Progress.Task moves = progress.task("on-chain dispute", 2L * Bisection.rounds(steps, k) + 2)) {
                disputed = OptimisticRun.play(chain, task, rules, Dispute.players(task, cheat, seed, DisputeListener.NONE), steps(moves));
            }
            disputeNanos = System.nanoTime() - t0;
        }
        if (disputed.result().winner() != Party.CHALLENGER) {
            throw new IllegalStateException("the cheating submitter was not caught: " + disputed.result().resolution());
        }
        return new OnChain(zkChain, happy, disputed, disputeNanos, local, url);
    }

    /** A listener that steps a progress bar at every state of the game. */
    private static DisputeListener steps(Progress.Task bar) {
        return new DisputeListener() {
            @Override
            public void moved(GameState state) {
                bar.step();
            }
        };
    }

    /** The proof verified by the verifier contract generated from its key: a call, then a transaction for its gas. */
    private static ZkOnChain verifyOnChain(LocalChain chain, ProvenCircuit o, Progress progress) {
        try (Progress.Task task = progress.task("zk: verify on-chain", 3)) {
            Groth16VerifierContract verifier = Groth16VerifierContract.deploy(chain, o.vk());
            task.step();
            Verdict<Void> onChain = verifier.verify(o.proof(), o.publicInputs());
            task.step();
            if (!onChain.accepted()) throw new IllegalStateException("the on-chain verifier rejected the kit's proof: " + onChain.reason());
            Receipt tx = verifier.verifyByTransaction(o.proof(), o.publicInputs());
            task.step();
            // blocks from the last block before the transaction (the deployment's) to the one that included it
            return new ZkOnChain(tx.gasUsed(), verifier.deployGas(), onChain.accepted(), tx.blockNumber() - verifier.deployment().receipt().blockNumber());
        }
    }

    /** What stays private on the zk side. */
    public String zkPrivacy() {
        return "the input (public: the model, the output and the input's Poseidon commitment)";
    }

    /** What stays private on the op side. */
    public String opPrivacy() {
        return "nothing: model and input must be public so that anyone can re-execute";
    }

    /** What the zk side's soundness rests on. */
    public String zkTrust() {
        return "Groth16 is sound (q-type assumptions on BN254) and the setup's toxic waste was destroyed";
    }

    /** What the op side's soundness rests on. */
    public String opTrust() {
        return "1-of-N: at least one honest watcher re-executes and challenges within the window; data available";
    }

    /** When a zk claim is final. */
    public String zkFinality() {
        return zkChain.blocks() + (zkChain.blocks() == 1 ? " block" : " blocks") + " (the verifying transaction)";
    }

    /** When an optimistic claim is final, unchallenged and disputed. */
    public String opFinality() {
        return String.format("%,d s window unchallenged; ≤ %,d s disputed (+ %d moves × %,d s)", happy.finalityBoundSeconds(),
                disputed.finalityBoundSeconds(), disputed.maxMoves(), disputed.rules().responseWindow());
    }
}
