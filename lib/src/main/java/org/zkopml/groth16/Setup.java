package org.zkopml.groth16;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.field.Fr;
import org.zkopml.r1cs.ConstraintSystem;

/**
 * Groth16's circuit-specific setup (the generator of Groth 2016, §3.2; arkworks' {@code generator}): samples
 * τ, α, β, γ, δ, evaluates every wire's QAP polynomials at τ, and publishes those values only as multiples of
 * the generators G1 and G2 (see {@link ProvingKey} and {@link VerifyingKey} for each element's equation).
 * The secrets come back as {@link ToxicWaste}, explicitly, for the caller to drop.
 */
public final class Setup {
    private Setup() {
    }

    /**
     * The outcome of a setup: the keys and the secrets they were made from.
     *
     * @param provingKey   the proving key
     * @param verifyingKey the verifying key (also {@code provingKey.vk()})
     * @param toxicWaste   τ, α, β, γ, δ: must be destroyed by whoever ran the setup
     */
    public record Result(ProvingKey provingKey, VerifyingKey verifyingKey, ToxicWaste toxicWaste) {
    }

    /** A setup for the system with fresh secrets from rng. */
    public static Result generate(ConstraintSystem system, RandomGenerator rng) {
        return fromSecrets(Qap.of(system), new ToxicWaste(Fr.random(rng), nonZero(rng), nonZero(rng), nonZero(rng), nonZero(rng)));
    }

    private static Fr nonZero(RandomGenerator rng) {
        Fr x;
        do {
            x = Fr.random(rng);
        } while (x.isZero());
        return x;
    }

    /** The keys determined by the QAP and the given secrets (deterministic; τ must not be a root of unity of H). */
    public static Result fromSecrets(Qap qap, ToxicWaste t) {
        if (qap.domain().evaluateVanishing(t.tau()).isZero() || EvaluationDomainCheck.isOnDoubleDomain(qap, t.tau())) {
            throw new IllegalArgumentException("τ must not be a 2n-th root of unity");
        }
        Qap.WireValues at = qap.wireValuesAt(t.tau());
        int m = qap.wires(), pub = qap.publicWires();
        Fr gammaInv = t.gamma().inverse(), deltaInv = t.delta().inverse();
        List<Fr> ic = new ArrayList<>(), l = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            Fr k = t.beta().mul(at.u().get(j)).add(t.alpha().mul(at.v().get(j))).add(at.w().get(j));
            if (j <= pub) ic.add(k.mul(gammaInv));
            else l.add(k.mul(deltaInv));
        }
        List<Fr> h = qap.oddLagrangeAt(t.tau()).stream().map(x -> x.mul(deltaInv)).toList();
        G1 g1 = G1.GENERATOR;
        G2 g2 = G2.GENERATOR;
        VerifyingKey vk = new VerifyingKey(g1.mul(t.alpha()).toAffine(), g2.mul(t.beta()).toAffine(), g2.mul(t.gamma()).toAffine(),
                g2.mul(t.delta()).toAffine(), FixedBase.g1(g1, ic));
        ProvingKey pk = new ProvingKey(qap, vk, g1.mul(t.beta()).toAffine(), g1.mul(t.delta()).toAffine(),
                FixedBase.g1(g1, at.u()), FixedBase.g1(g1, at.v()), FixedBase.g2(g2, at.v()), FixedBase.g1(g1, l),
                FixedBase.g1(g1, h));
        return new Result(pk, vk, t);
    }

    /** τ on the 2n-domain would make the odd Lagrange basis degenerate. */
    private static final class EvaluationDomainCheck {
        static boolean isOnDoubleDomain(Qap qap, Fr tau) {
            Fr z = tau;
            for (int i = 0; i <= qap.domain().log2Size(); i++) z = z.square();
            return z.isOne();
        }
    }
}
