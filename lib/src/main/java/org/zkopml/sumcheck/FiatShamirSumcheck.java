package org.zkopml.sumcheck;

import org.zkopml.field.Fr;
import org.zkopml.transcript.Transcript;
import org.zkopml.values.Verdict;

import java.util.List;

/**
 * The sumcheck made non-interactive (Fiat–Shamir) on the kit's {@link Transcript}: the claim (n, d and the
 * sum) is absorbed first, then in each round the message g_j(0..d) is absorbed and the challenge r_j
 * squeezed under the label "sumcheck/r". Prover and verifier run the same calls; the protocol itself
 * ({@link SumcheckProver}, {@link SumcheckVerifier}) knows nothing about hashing.
 */
public final class FiatShamirSumcheck {
    private FiatShamirSumcheck() {}

    /** A proof together with what the prover knows at the end: the point r and each factor's value there. */
    public record Proven(SumcheckClaim claim, SumcheckProof proof, List<Fr> point, List<Fr> finalEvaluations) {}

    /** Runs all rounds of {@code prover} against challenges drawn from {@code transcript}. */
    public static Proven prove(Transcript transcript, SumcheckProver prover) {
        return PublicCoinSumcheck.prove(Coins.fiatShamir(transcript), prover);
    }

    /** Replays the transcript and checks every round; accepted with the remaining claim f(r) = c_n. */
    public static Verdict<SubClaim> verify(Transcript transcript, SumcheckClaim claim, SumcheckProof proof) {
        return PublicCoinSumcheck.verify(Coins.fiatShamir(transcript), claim, proof);
    }
}
