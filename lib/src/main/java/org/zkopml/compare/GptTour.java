package org.zkopml.compare;

import java.nio.file.Path;
import org.zkopml.chain.Groth16VerifierContract;
import org.zkopml.chain.OptimisticRun;
import org.zkopml.circuit.AttentionHeadCircuit;
import org.zkopml.circuit.CompiledCircuit;
import org.zkopml.dispute.Cheat;
import org.zkopml.dispute.Task;
import org.zkopml.groth16.Verifier;
import org.zkopml.lab.Machine;
import org.zkopml.lab.Measurement;
import org.zkopml.lab.Stopwatch;
import org.zkopml.model.Gpts;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.TrainedGpt;
import org.zkopml.model.TransformerBlock;
import org.zkopml.vm.ModelCompiler;

/**
 * The tour for a transformer (gpt-tiny): one next-token prediction made trustworthy both ways, measured side by side.
 * zkML as far as it reaches here: the whole forward pass proven and verified with the sumcheck protocol
 * ({@link ProvenGpt}), and — the part a Groth16 proof can cover on this machine — one attention head of the first
 * block proven with Groth16 (statement c, {@link AttentionHeadCircuit}) and verified off-chain — and by a contract when
 * its verifier fits the EVM's limit on contract code (EIP-3860: 49,152 bytes of init code; statement c makes every
 * input and output of the head public, one curve point each in the verifier, which does not fit for gpt-tiny's head).
 * A Groth16 proof of the whole model is out of reach: the head alone is tens of thousands of constraints, the whole
 * pass millions, and the kit has no on-chain verifier for the sumcheck proof. opML in full: the VM run, the claim
 * posted and finalised unchallenged, a cheating submitter caught by the on-chain bisection game. What
 * {@code ./kit tour --model gpt-tiny} runs.
 *
 * @param machine      where it ran
 * @param model        the transformer's name
 * @param row          the test prompt
 * @param trainNanos   training from the recipe's seed, now
 * @param reproduced   whether that training gave the quantized model every command uses (the cached one)
 * @param sumcheck     the whole forward pass proven by sumcheck
 * @param head         the Groth16 proof of one head (setup, prove, verify, snarkjs files)
 * @param headVerifyWarm the off-chain Groth16 verifier after JIT warm-up
 * @param vm           the VM run with checkpoints and state hashes
 * @param happy        the unchallenged claim on-chain
 * @param disputed     the cheating submitter's claim and its dispute
 * @param disputeNanos wall time of the on-chain dispute (deployment included)
 * @param headVerifierBytes the init code of the head's Groth16 verifier contract, in bytes
 * @param headChain    the head's proof verified on-chain, or null when its verifier is over EIP-3860's limit
 * @param localNode    whether the tour started (and stopped) its own node
 * @param url          the node's JSON-RPC address
 * @param totalNanos   the whole tour
 */
public record GptTour(Machine machine, String model, int row, long trainNanos, boolean reproduced, ProvenGpt sumcheck,
                      ProvenCircuit head, Measurement headVerifyWarm, VmRun vm, OptimisticRun.Result happy, OptimisticRun.Result disputed,
                      long disputeNanos, int headVerifierBytes, Tour.ZkOnChain headChain, boolean localNode, String url, long totalNanos) {
    /** EIP-3860's limit on a contract's init code, in bytes. */
    public static final int MAX_INIT_CODE = 49_152;

    /** The head proven with Groth16: head 0 of the first block. */
    public static final int HEAD = 0;

    /**
     * Runs the tour on test prompt {@code row} of gpt-tiny (the head's snarkjs files go to {@code proofDir}); the cheating
     * submitter lies from the step {@code cheat} names, drawn from {@code seed} when random; {@code k} hashes per round.
     */
    public static GptTour run(String model, int row, Cheat cheat, long seed, int k, Path proofDir, Progress progress) {
        if (cheat instanceof Cheat.None) {
            throw new IllegalArgumentException("--cheat-step none: the tour's dispute needs a cheating submitter; give a step or random");
        }
        if (!model.equals(Gpts.TINY)) {
            throw new IllegalArgumentException(model + ": the tour takes gpt-tiny among the transformers (the synthetic GPTs have no task to predict; "
                    + "op dispute and zk sumcheck take them)");
        }
        long tourStart = System.nanoTime();
        Machine machine = Machine.current();
        progress.note("tour: " + model + ", test prompt " + row + ", on " + machine.summary());

        progress.note("[1/5] train and quantize " + model + " (from its seed, then the copy every command uses)");
        TrainedGpt fresh;
        try (Progress.Task task = progress.task("train " + model, Gpts.TINY_RECIPE.steps())) {
            fresh = Gpts.trainFresh(Gpts.TINY_RECIPE, task::stepTo);
        }
        progress.note("trained " + model + " in " + Stopwatch.format(fresh.trainNanos()) + " (" + Gpts.TINY_RECIPE.describe() + ")");
        QuantizedModel q = Models.gpt(model, progress);
        boolean reproduced = fresh.quantized().equals(q);

        progress.note("[2/5] zkML: the whole forward pass proven by sumcheck; one attention head proven with Groth16 (the whole model's "
                + "Groth16 proof is out of reach here)");
        ProvenGpt sumcheck = ProvenGpt.prove(model, row, progress);
        if (!sumcheck.verdict().accepted()) throw new IllegalStateException("the kit rejected its own sumcheck proof: " + sumcheck.verdict().reason());
        TransformerBlock block = (TransformerBlock) q.layers().get(1);
        long[] x = q.infer(sumcheck.prompt()).output(0);
        CompiledCircuit circuit;
        try (Progress.Task task = progress.task("compile the head's circuit", 1)) {
            circuit = AttentionHeadCircuit.compile(block, HEAD, block.trace(x).norm1().output().output());
            task.step();
        }
        ProvenCircuit head = ProvenCircuit.prove(circuit.system(), circuit.witness(), proofDir, null, progress);
        if (!head.verdict().accepted()) throw new IllegalStateException("the kit rejected its own proof of the head: " + head.verdict().reason());
        Measurement verifyWarm;
        try (Progress.Task task = progress.task("verify the head (warm)", 1)) {
            verifyWarm = Stopwatch.measure("Groth16 verify", () -> Verifier.verifyFr(head.vk(), head.publicInputs(), head.proof()), 300, 700);
            task.step();
        }

        progress.note("[3/5] opML: compile to the VM, run with checkpoints and state hashes (what a submitter and every watcher do)");
        Task task = Models.task(model, row, progress);
        VmRun vm = VmRun.replay(task, model, progress);
        if (vm.output()[0] != sumcheck.verdict().value()) {
            throw new IllegalStateException("the VM's next token " + vm.output()[0] + " differs from the proven one " + sumcheck.verdict().value());
        }

        progress.note("[4/5] on a local chain: the head's Groth16 verifier deployed and its proof verified; then opML: post with a bond and "
                + "finalise unchallenged; then a cheating submitter caught by the bisection game");
        int verifierBytes = (Groth16VerifierContract.compile(head.vk()).bytecode().length() - 2) / 2;
        boolean fits = verifierBytes <= MAX_INIT_CODE;
        if (!fits) {
            progress.note("the head's Groth16 verifier is " + String.format("%,d", verifierBytes) + " bytes of init code for " + head.publicInputs().size()
                    + " public inputs, over EIP-3860's " + String.format("%,d", MAX_INIT_CODE) + ": its proof is verified off-chain only");
        }
        Tour.OnChain c = Tour.onChain(fits ? head : null, task, cheat, seed, vm.steps(), k, progress);
        return new GptTour(machine, model, row, fresh.trainNanos(), reproduced, sumcheck, head, verifyWarm, vm,
                c.happy(), c.disputed(), c.disputeNanos(), verifierBytes, c.zk(), c.local(), c.url(), System.nanoTime() - tourStart);
    }

    /** What the zk side proves, and what it does not. */
    public String zkScope() {
        return "the whole forward pass by sumcheck (off-chain); one attention head of " + sumcheck.committed().config().layers() * sumcheck.committed().config().heads()
                + " by Groth16 (" + (headChain == null ? "off-chain: its verifier is over the EVM's code limit" : "off- and on-chain") + "); no Groth16 proof of the whole model";
    }

    /** What stays private on the zk side. */
    public String zkPrivacy() {
        return "nothing here: the sumcheck proof is not zero-knowledge and the head's statement c is all public";
    }

    /** What the op side's soundness rests on. */
    public String opTrust() {
        return "1-of-N: at least one honest watcher re-executes and challenges within the window; data available";
    }

    /** What the zk side's soundness rests on. */
    public String zkTrust() {
        return "sumcheck: discrete log in BN254's G1 (Hyrax) and the random oracle; the head: Groth16's assumptions and a destroyed setup";
    }

    /** The proven next token as text. */
    public String nextToken() {
        return sumcheck.token(sumcheck.verdict().value());
    }
}
