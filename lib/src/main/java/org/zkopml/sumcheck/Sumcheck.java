package org.zkopml.sumcheck;

import org.zkopml.field.Fr;

import java.math.BigInteger;
import org.zkopml.values.Verdict;
import java.util.random.RandomGenerator;

/**
 * The interactive sumcheck protocol run end to end with an honest random verifier (Lund, Fortnow,
 * Karloff, Nisan 1992; the form in Thaler, "Proofs, Arguments, and Zero-Knowledge", §4.1), plus the
 * small helpers the notebook prints with. For the rounds one at a time, drive a {@link SumcheckProver}
 * and a {@link SumcheckVerifier} yourself; for a proof without interaction, use {@link FiatShamirSumcheck}.
 */
public final class Sumcheck {
    private static final BigInteger SMALL = BigInteger.ONE.shiftLeft(64);

    private Sumcheck() {}

    /**
     * Runs the protocol interactively: the verifier draws each challenge from {@code coins} after seeing
     * the round's message. Returns the verifier's decision (the sub-claim f(r) = v, not yet checked).
     */
    public static Verdict<SubClaim> interact(SumcheckProver prover, RandomGenerator coins) {
        SumcheckVerifier v = SumcheckVerifier.start(prover.claim());
        while (prover.roundsLeft() > 0) {
            RoundMessage m = prover.message();
            Fr r = Fr.random(coins);
            Verdict<SumcheckVerifier> next = v.receive(m, r);
            if (next.rejected()) return next.asRejection();
            v = next.value();
            prover.receive(r);
        }
        return v.subClaim();
    }

    /** A field element for printing: as a signed integer when it is within 2^64 of 0, else in hex. */
    public static String show(Fr x) {
        BigInteger v = x.toBigInteger();
        if (v.compareTo(SMALL) < 0) return v.toString();
        BigInteger neg = Fr.MODULUS.subtract(v);
        if (neg.compareTo(SMALL) < 0) return "-" + neg;
        String h = v.toString(16);
        return "0x" + h.substring(0, 6) + "…" + h.substring(h.length() - 4);
    }
}
