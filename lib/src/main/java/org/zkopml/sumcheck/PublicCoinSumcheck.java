package org.zkopml.sumcheck;

import org.zkopml.field.Fr;
import org.zkopml.values.Verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * The sumcheck protocol on a source of {@link Coins}: the claim (n, d and the sum) is bound first, then in each
 * round the message g_j(0..d) is bound and the challenge r_j drawn under the label "sumcheck/r". With
 * {@link Coins#fiatShamir} this is exactly {@link FiatShamirSumcheck}; with {@link Coins#interactive} it is the
 * interactive protocol of {@link Sumcheck#interact}. The rounds themselves are {@link SumcheckProver}'s and
 * {@link SumcheckVerifier}'s.
 */
public final class PublicCoinSumcheck {
    private PublicCoinSumcheck() {}

    /** Runs all rounds of {@code prover} against challenges drawn from {@code coins}. */
    public static FiatShamirSumcheck.Proven prove(Coins coins, SumcheckProver prover) {
        SumcheckClaim claim = prover.claim();
        bindClaim(coins, claim);
        List<RoundMessage> rounds = new ArrayList<>();
        while (prover.roundsLeft() > 0) {
            RoundMessage m = prover.message();
            rounds.add(m);
            prover.receive(challenge(coins, m));
        }
        return new FiatShamirSumcheck.Proven(claim, new SumcheckProof(rounds), prover.challenges(), prover.finalEvaluations());
    }

    /** Checks every round against challenges drawn from {@code coins}; accepted with the remaining claim f(r) = c_n. */
    public static Verdict<SubClaim> verify(Coins coins, SumcheckClaim claim, SumcheckProof proof) {
        bindClaim(coins, claim);
        if (proof.rounds().size() != claim.variables()) {
            return Verdict.reject("the proof has " + proof.rounds().size() + " round messages, the claim needs " + claim.variables());
        }
        SumcheckVerifier v = SumcheckVerifier.start(claim);
        for (RoundMessage m : proof.rounds()) {
            if (m.degree() > claim.degree()) {
                return Verdict.reject("round " + v.round() + ": g has " + m.evaluations().size() + " values, the degree bound "
                        + claim.degree() + " allows " + (claim.degree() + 1));
            }
            Verdict<SumcheckVerifier> next = v.receive(m, challenge(coins, m));
            if (next.rejected()) return next.asRejection();
            v = next.value();
        }
        return v.subClaim();
    }

    private static void bindClaim(Coins coins, SumcheckClaim claim) {
        coins.absorb("sumcheck/n", claim.variables());
        coins.absorb("sumcheck/d", claim.degree());
        coins.absorb("sumcheck/sum", claim.sum());
    }

    private static Fr challenge(Coins coins, RoundMessage m) {
        for (Fr e : m.evaluations()) coins.absorb("sumcheck/g", e);
        return coins.challenge("sumcheck/r");
    }
}
