package org.zkopml.compare;

import java.util.Arrays;
import org.zkopml.lab.Stopwatch;
import org.zkopml.model.Gpts;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.SortingTask;
import org.zkopml.sumcheck.CommittedGpt;
import org.zkopml.sumcheck.GptProof;
import org.zkopml.sumcheck.GptProver;
import org.zkopml.sumcheck.GptVerifier;
import org.zkopml.values.Verdict;

/**
 * One forward pass of a transformer proven with the sumcheck protocol ({@link GptProof}): the weights committed once
 * (Hyrax), the pass on one prompt proven and verified, the proven logits checked against the integer reference. What
 * {@code ./kit zk sumcheck --model gpt-…} runs, the zkML side of the tour for a transformer, and notebook 11's.
 *
 * @param model        the model's name
 * @param row          the prompt's index (gpt-tiny: its test prompt; a synthetic GPT: its prompt's seed)
 * @param prompt       the token ids
 * @param parameters   the model's parameters
 * @param macs         its multiply–accumulates for one pass
 * @param committed    the committed model (what the verifier knows)
 * @param commitNanos  committing to the weights (once per model)
 * @param proof        the proof
 * @param proveNanos   proving (the witness committed, every step, every opening)
 * @param verdict      the verifier's verdict: the proven next token
 * @param verifyNanos  verifying
 * @param reference    the reference inference's next token
 */
public record ProvenGpt(String model, int row, long[] prompt, long parameters, long macs, CommittedGpt committed, long commitNanos,
                        GptProof proof, long proveNanos, Verdict<Integer> verdict, long verifyNanos, int reference) {
    /** Copies the prompt. */
    public ProvenGpt {
        prompt = prompt.clone();
    }

    @Override
    public long[] prompt() {
        return prompt.clone();
    }

    /**
     * Proves {@code model}'s pass on prompt {@code row} of the named GPT ({@link Models#gpt}), committing to the
     * weights first. IllegalStateException if the proven logits are not the reference's (a bug, never the input's).
     */
    public static ProvenGpt prove(String name, int row, Progress progress) {
        QuantizedModel m = Models.gpt(name, progress);
        return prove(m, commit(m, progress), row, Gpts.prompt(name, row), progress);
    }

    /** Commits to the weights, timed. */
    private static Timed commit(QuantizedModel m, Progress progress) {
        long t0 = System.nanoTime();
        CommittedGpt c;
        try (Progress.Task task = progress.task("commit to the weights", 1)) {
            c = CommittedGpt.commit(m);
            task.step();
        }
        return new Timed(c, System.nanoTime() - t0);
    }

    /** A committed model and how long committing took. */
    private record Timed(CommittedGpt committed, long nanos) {}

    /** Proves {@code m}'s pass on {@code prompt} against an existing commitment (commitNanos 0). */
    public static ProvenGpt prove(QuantizedModel m, CommittedGpt committed, int row, long[] prompt, Progress progress) {
        return prove(m, new Timed(committed, 0), row, prompt, progress);
    }

    private static ProvenGpt prove(QuantizedModel m, Timed c, int row, long[] prompt, Progress progress) {
        GptProof proof;
        Verdict<Integer> verdict;
        long t0 = System.nanoTime(), t1;
        try (Progress.Task task = progress.task("sumcheck: prove, verify", 2)) {
            proof = GptProver.prove(c.committed(), m, prompt);
            t1 = System.nanoTime();
            task.step();
            verdict = GptVerifier.verify(c.committed(), prompt, proof);
            task.step();
        }
        long t2 = System.nanoTime();
        long[] reference = m.logits(prompt);
        if (!Arrays.equals(proof.logits(), reference)) {
            throw new IllegalStateException("the proven logits " + Arrays.toString(proof.logits()) + " differ from the reference "
                    + Arrays.toString(reference));
        }
        progress.note("proved " + m.name() + "'s forward pass in " + Stopwatch.format(t1 - t0) + ", verified in "
                + Stopwatch.format(t2 - t1) + " (" + (verdict.accepted() ? "accepted" : "REJECTED") + ")");
        return new ProvenGpt(m.name(), row, prompt, m.parameters(), m.macs(), c.committed(), c.nanos(), proof, t1 - t0, verdict, t2 - t1,
                m.predict(prompt));
    }

    /** The prompt as text: gpt-tiny's characters, or a synthetic model's token ids. */
    public String promptText() {
        return model.equals(Gpts.TINY) ? SortingTask.decode(prompt) : Arrays.toString(prompt);
    }

    /** A token as text: gpt-tiny's character, or a synthetic model's id. */
    public String token(int id) {
        return model.equals(Gpts.TINY) ? String.valueOf(SortingTask.VOCABULARY.charAt(id)) : "t" + id;
    }

    /** Prover nanoseconds per parameter. */
    public double proveNanosPerParameter() {
        return (double) proveNanos / parameters;
    }

    /** Prover nanoseconds per multiply–accumulate. */
    public double proveNanosPerMac() {
        return (double) proveNanos / macs;
    }
}
