package org.zkopml.groth16;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.field.Fp;
import org.zkopml.field.Fp2;
import org.zkopml.field.Fr;
import org.zkopml.r1cs.CircuitBuilder;

/**
 * Soundness against tampering: random single-element mutations of a valid proof and its public inputs are all
 * rejected. Kinds: a coordinate of A, B or C changed (usually off the curve), a whole point replaced by another
 * point of its group (the pairing must catch it), a public input changed in F_r, a public input pushed to ≥ r.
 * The suite runs the 10,000 of issue 9 (seeded; about 35 s on an idle 2-core machine, half of them needing a
 * pairing check); {@code -Dkit.mutations=N} runs another count. Tagged {@code slow}: the second-JDK stage of
 * {@code ./kit test} leaves it out (it checks the protocol, not the JDK).
 */
@Tag("slow")
class ProofMutationTest {

    @Test
    void everySingleElementMutationIsRejected() {
        int count = Integer.getInteger("kit.mutations", 10_000);
        CircuitBuilder.Built ex = ExampleCircuits.chain(8, 2);
        Setup.Result setup = Setup.generate(ex.system(), new SplittableRandom(11));
        SplittableRandom rng = new SplittableRandom(12);
        Proof proof = Prover.prove(setup.provingKey(), ex.witness(), rng);
        List<BigInteger> publics = ex.publicInputs().stream().map(Fr::toBigInteger).toList();
        VerifyingKey vk = setup.verifyingKey();
        assertTrue(Verifier.verify(vk, publics, proof).accepted());
        int[] kinds = new int[4];
        for (int i = 0; i < count; i++) {
            int kind = rng.nextInt(4);
            kinds[kind]++;
            Proof p = proof;
            List<BigInteger> x = publics;
            switch (kind) {
                case 0 -> p = mutateCoordinate(proof, rng);
                case 1 -> p = replacePoint(proof, rng);
                case 2 -> x = mutatePublic(publics, rng, false);
                default -> x = mutatePublic(publics, rng, true);
            }
            if (p == null) continue; // refused when decoded: off the curve or outside the subgroup
            final Proof fp = p;
            final List<BigInteger> fx = x;
            assertFalse(Verifier.verify(vk, fx, fp).accepted(), () -> "mutation accepted: " + fp + " " + fx);
        }
        assertEquals(count, kinds[0] + kinds[1] + kinds[2] + kinds[3]);
    }

    @Test
    void aProofForOneCircuitIsRejectedByAnother() {
        CircuitBuilder.Built a = ExampleCircuits.chain(8, 2), b = ExampleCircuits.chain(8, 3);
        Setup.Result sa = Setup.generate(a.system(), new SplittableRandom(13));
        Setup.Result sb = Setup.generate(b.system(), new SplittableRandom(14));
        Proof pa = Prover.prove(sa.provingKey(), a.witness(), new SplittableRandom(15));
        assertTrue(Verifier.verifyFr(sa.verifyingKey(), a.publicInputs(), pa).accepted());
        assertFalse(Verifier.verifyFr(sb.verifyingKey(), a.publicInputs(), pa).accepted());
        assertFalse(Verifier.verifyFr(sa.verifyingKey(), b.publicInputs(), pa).accepted());
    }

    private static Fp delta(SplittableRandom rng) {
        return Fp.of(1 + rng.nextLong(Long.MAX_VALUE));
    }

    /**
     * One coordinate of A, B or C changed. Such a point is almost never on the curve, and then no G1 or G2 value
     * can hold it: decoding refuses it, which is a rejection (returned as null); otherwise the proof is returned.
     */
    static Proof mutateCoordinate(Proof p, SplittableRandom rng) {
        int which = rng.nextInt(8);
        Fp d = delta(rng);
        G1 a = p.a(), c = p.c();
        Fp ax = a.x(), ay = a.y(), cx = c.x(), cy = c.y();
        Fp2 bx = p.b().x(), by = p.b().y();
        switch (which) {
            case 0 -> ax = ax.add(d);
            case 1 -> ay = ay.add(d);
            case 2 -> cx = cx.add(d);
            case 3 -> cy = cy.add(d);
            case 4 -> bx = new Fp2(bx.c0().add(d), bx.c1());
            case 5 -> bx = new Fp2(bx.c0(), bx.c1().add(d));
            case 6 -> by = new Fp2(by.c0().add(d), by.c1());
            default -> by = new Fp2(by.c0(), by.c1().add(d));
        }
        try {
            return new Proof(G1.of(ax, ay), G2.of(bx, by), G1.of(cx, cy));
        } catch (IllegalArgumentException offTheCurve) {
            return null;
        }
    }

    static Proof replacePoint(Proof p, SplittableRandom rng) {
        Fr k = Fr.of(1 + rng.nextLong(Long.MAX_VALUE));
        return switch (rng.nextInt(3)) {
            case 0 -> new Proof(p.a().add(G1.GENERATOR.mul(k)).toAffine(), p.b(), p.c());
            case 1 -> new Proof(p.a(), p.b().add(G2.GENERATOR.mul(k)).toAffine(), p.c());
            default -> new Proof(p.a(), p.b(), p.c().add(G1.GENERATOR.mul(k)).toAffine());
        };
    }

    static List<BigInteger> mutatePublic(List<BigInteger> x, SplittableRandom rng, boolean outOfRange) {
        List<BigInteger> out = new ArrayList<>(x);
        int j = rng.nextInt(x.size());
        BigInteger v = outOfRange ? out.get(j).add(Fr.MODULUS)
                : out.get(j).add(BigInteger.valueOf(1 + rng.nextLong(Long.MAX_VALUE))).mod(Fr.MODULUS);
        out.set(j, v);
        return out;
    }
}
