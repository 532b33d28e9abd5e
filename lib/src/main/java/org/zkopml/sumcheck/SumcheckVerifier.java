package org.zkopml.sumcheck;

import org.zkopml.field.Fr;
import org.zkopml.values.Verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * The sumcheck verifier between rounds, as an immutable state: the claim, the challenges so far and the
 * running claim c (c₀ = the claimed sum). On round j's message g_j and challenge r_j it checks
 * <pre>
 *   deg g_j ≤ d   and   g_j(0) + g_j(1) = c_(j−1),   then   c_j = g_j(r_j)
 * </pre>
 * After n rounds it accepts with the {@link SubClaim} f(r₁, …, r_n) = c_n, which it does not check
 * itself. A rejection names the round (1-based) and the check that failed.
 *
 * @param claim      the statement
 * @param challenges r₁, …, r_j so far
 * @param expected   the running claim c_j
 */
public record SumcheckVerifier(SumcheckClaim claim, List<Fr> challenges, Fr expected) {
    /** Copies the challenges. */
    public SumcheckVerifier {
        challenges = List.copyOf(challenges);
    }

    /** The state before round 1: c₀ = the claimed sum. */
    public static SumcheckVerifier start(SumcheckClaim claim) {
        return new SumcheckVerifier(claim, List.of(), claim.sum());
    }

    /** The next round (1-based). */
    public int round() {
        return challenges.size() + 1;
    }

    /** Checks one round's message; on success, the state after the challenge r. */
    public Verdict<SumcheckVerifier> receive(RoundMessage message, Fr r) {
        int j = round();
        if (j > claim.variables()) return Verdict.reject("round " + j + ": the sumcheck has only " + claim.variables() + " rounds");
        if (message == null) return Verdict.reject("round " + j + ": no message");
        if (message.degree() > claim.degree()) {
            return Verdict.reject("round " + j + ": g has " + message.evaluations().size() + " values, the degree bound "
                    + claim.degree() + " allows " + (claim.degree() + 1));
        }
        if (!message.sumOverBit().equals(expected)) {
            return Verdict.reject("round " + j + ": g(0) + g(1) = " + Sumcheck.show(message.sumOverBit())
                    + " but the running claim is " + Sumcheck.show(expected));
        }
        List<Fr> next = new ArrayList<>(challenges);
        next.add(r);
        return Verdict.accept(new SumcheckVerifier(claim, next, message.at(r)),
                "round " + j + ": g(0) + g(1) matches the running claim");
    }

    /** After the last round: accepted with the remaining claim f(r) = c_n. */
    public Verdict<SubClaim> subClaim() {
        if (challenges.size() != claim.variables()) {
            return Verdict.reject("the proof ended after " + challenges.size() + " of " + claim.variables() + " rounds");
        }
        return Verdict.accept(new SubClaim(challenges, expected),
                "all " + claim.variables() + " rounds consistent; left to check: f(r) = c_n");
    }

    /** Checks a whole proof against given challenges (the interactive verifier's coins, in order). */
    public static Verdict<SubClaim> verify(SumcheckClaim claim, SumcheckProof proof, List<Fr> challenges) {
        if (proof.rounds().size() != claim.variables()) {
            return Verdict.reject("the proof has " + proof.rounds().size() + " round messages, the claim needs " + claim.variables());
        }
        SumcheckVerifier v = start(claim);
        for (int j = 0; j < proof.rounds().size(); j++) {
            Verdict<SumcheckVerifier> next = v.receive(proof.rounds().get(j), challenges.get(j));
            if (next.rejected()) return next.asRejection();
            v = next.value();
        }
        return v.subClaim();
    }
}
