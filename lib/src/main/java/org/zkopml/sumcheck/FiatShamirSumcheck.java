package org.zkopml.sumcheck;

import org.zkopml.field.Fr;
import org.zkopml.transcript.Transcript;
import org.zkopml.values.Verdict;

import java.util.ArrayList;
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
        SumcheckClaim claim = prover.claim();
        absorbClaim(transcript, claim);
        List<RoundMessage> rounds = new ArrayList<>();
        while (prover.roundsLeft() > 0) {
            RoundMessage m = prover.message();
            rounds.add(m);
            prover.receive(challenge(transcript, m));
        }
        return new Proven(claim, new SumcheckProof(rounds), prover.challenges(), prover.finalEvaluations());
    }

    /** Replays the transcript and checks every round; accepted with the remaining claim f(r) = c_n. */
    public static Verdict<SubClaim> verify(Transcript transcript, SumcheckClaim claim, SumcheckProof proof) {
        absorbClaim(transcript, claim);
        if (proof.rounds().size() != claim.variables()) {
            return Verdict.reject("the proof has " + proof.rounds().size() + " round messages, the claim needs " + claim.variables());
        }
        SumcheckVerifier v = SumcheckVerifier.start(claim);
        for (RoundMessage m : proof.rounds()) {
            if (m.degree() > claim.degree()) {
                return Verdict.reject("round " + v.round() + ": g has " + m.evaluations().size() + " values, the degree bound "
                        + claim.degree() + " allows " + (claim.degree() + 1));
            }
            Verdict<SumcheckVerifier> next = v.receive(m, challenge(transcript, m));
            if (next.rejected()) return next.asRejection();
            v = next.value();
        }
        return v.subClaim();
    }

    private static void absorbClaim(Transcript t, SumcheckClaim claim) {
        t.absorb("sumcheck/n", java.math.BigInteger.valueOf(claim.variables()));
        t.absorb("sumcheck/d", java.math.BigInteger.valueOf(claim.degree()));
        t.absorb("sumcheck/sum", claim.sum());
    }

    private static Fr challenge(Transcript t, RoundMessage m) {
        for (Fr e : m.evaluations()) t.absorb("sumcheck/g", e);
        return t.challengeFr("sumcheck/r");
    }
}
