package org.zkopml.sumcheck;

import java.util.List;

/**
 * A non-interactive sumcheck proof: the n round messages g₁, …, g_n. The challenges are not part of it;
 * the verifier recomputes them from the transcript ({@link FiatShamirSumcheck}).
 *
 * @param rounds the prover's messages, round 1 first
 */
public record SumcheckProof(List<RoundMessage> rounds) {
    /** Copies the list. */
    public SumcheckProof {
        rounds = List.copyOf(rounds);
    }

    /** Size in bytes when each field element is sent as 32 bytes. */
    public long bytes() {
        long n = 0;
        for (RoundMessage m : rounds) n += 32L * m.evaluations().size();
        return n;
    }
}
