package org.zkopml.sumcheck;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zkopml.curve.G1;
import org.zkopml.field.Fr;
import org.zkopml.model.FeedForward;
import org.zkopml.model.GptConfig;
import org.zkopml.model.Int8Matrix;
import org.zkopml.model.Layer;
import org.zkopml.model.Gpts;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.RandomGpt;
import org.zkopml.model.Recipes;
import org.zkopml.model.SortingTask;
import org.zkopml.model.TransformerBlock;
import org.zkopml.values.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sumcheck proof of a transformer's whole forward pass: gpt-tiny's proven logits equal the integer reference's
 * on its test prompts, seeded GPTs of awkward shapes (nothing a power of two) prove too, the interactive protocol and
 * its Fiat–Shamir form both verify, and tampered proofs — every kind of message — and a wrong weight are rejected.
 */
class GptProofTest {
    /** A GPT where no size is a power of two: V = 13, T = 5, d = 12, 3 heads of 4, f = 20, 2 blocks. */
    static final GptConfig ODD = new GptConfig(13, 5, 12, 3, 20, 2);

    static QuantizedModel odd() {
        return RandomGpt.of("gpt-odd", ODD, 7);
    }

    static void provesLikeTheReference(CommittedGpt c, QuantizedModel m, long[] prompt, String what) {
        GptProof p = GptProver.prove(c, m, prompt);
        Verdict<Integer> v = GptVerifier.verify(c, prompt, p);
        assertTrue(v.accepted(), what + ": " + v.reason());
        assertArrayEquals(m.logits(prompt), p.logits(), what + ": proven logits differ from the reference");
        assertEquals(m.predict(prompt), v.value(), what);
    }

    @Test
    void gptTinysProvenLogitsAreTheReferencesOnTheFirstTestPrompts() {
        QuantizedModel m = Gpts.model(Gpts.TINY);
        CommittedGpt c = CommittedGpt.commit(m);
        for (int i = 0; i < 3; i++) provesLikeTheReference(c, m, Gpts.prompt(Gpts.TINY, i), "gpt-tiny prompt " + i);
    }

    @Test
    @Tag("slow")
    void gptTinysProvenLogitsAreTheReferencesOnEveryTestPrompt() {
        QuantizedModel m = Gpts.model(Gpts.TINY);
        CommittedGpt c = CommittedGpt.commit(m);
        int prompts = SortingTask.TEST * SortingTask.DIGITS;
        assertEquals(320, prompts);
        // the prompts are independent: both cores take them in turn
        java.util.stream.IntStream.range(0, prompts).parallel()
                .forEach(i -> provesLikeTheReference(c, m, Gpts.prompt(Gpts.TINY, i), "gpt-tiny prompt " + i));
    }

    @Test
    void seededGptsOfOtherShapesProve() {
        for (GptConfig shape : List.of(ODD, new GptConfig(16, 4, 8, 1, 16, 1), new GptConfig(7, 3, 16, 4, 24, 1))) {
            QuantizedModel m = RandomGpt.of("gpt-shape", shape, 11);
            CommittedGpt c = CommittedGpt.commit(m);
            for (int s = 0; s < 2; s++) provesLikeTheReference(c, m, RandomGpt.prompt(shape, s), shape + " prompt " + s);
        }
    }

    @Test
    void theInteractiveProtocolVerifiesWithTheVerifiersCoinsAndNotWithOthers() {
        QuantizedModel m = odd();
        CommittedGpt c = CommittedGpt.commit(m);
        long[] prompt = RandomGpt.prompt(ODD, 3);
        GptProof p = GptProver.prove(c, m, prompt, Coins.interactive(new SplittableRandom(42)));
        Verdict<Integer> same = GptVerifier.verify(c, prompt, p, Coins.interactive(new SplittableRandom(42)));
        assertTrue(same.accepted(), same.reason());
        assertTrue(GptVerifier.verify(c, prompt, p, Coins.interactive(new SplittableRandom(43))).rejected());
        assertTrue(GptVerifier.verify(c, prompt, p).rejected(), "an interactive transcript is not a Fiat–Shamir proof");
    }

    @Test
    void aModelThatIsNotATransformerAndAWrongPromptAreRefusedInOneLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CommittedGpt.commit(Recipes.train("digits-mlp").quantized()));
        assertTrue(e.getMessage().startsWith("layer 0 is dense, the transformer proof expects the embedding there"), e.getMessage());
        QuantizedModel m = odd();
        CommittedGpt c = CommittedGpt.commit(m);
        IllegalArgumentException p = assertThrows(IllegalArgumentException.class, () -> GptProver.prove(c, m, new long[] {1, 2}));
        assertEquals("embedding takes 5 token ids, got 2", p.getMessage());
        GptProof proof = GptProver.prove(c, m, RandomGpt.prompt(ODD, 0));
        assertTrue(GptVerifier.verify(c, RandomGpt.prompt(ODD, 1), proof).rejected(), "a proof for another prompt");
    }

    @Test
    void aProofFromAModelWithOneWeightChangedIsRejectedAgainstTheCommitment() {
        QuantizedModel m = odd();
        CommittedGpt c = CommittedGpt.commit(m);
        long[] prompt = RandomGpt.prompt(ODD, 4);
        List<Layer> layers = new ArrayList<>(m.layers());
        TransformerBlock b = (TransformerBlock) layers.get(1);
        byte[] up = b.mlp().up().values();
        up[5] = (byte) (up[5] == 127 ? 126 : up[5] + 1);
        Int8Matrix changed = new Int8Matrix(b.mlp().up().rows(), b.mlp().up().cols(), up, b.mlp().up().shift());
        layers.set(1, new TransformerBlock(b.context(), b.attentionNorm(), b.attention(), b.mlpNorm(), new FeedForward(changed, b.mlp().down())));
        QuantizedModel other = new QuantizedModel(m.name(), m.labels(), m.scaleBits(), m.inputWidth(), m.inputBits(), layers);
        Verdict<Integer> v = GptVerifier.verify(c, prompt, GptProver.prove(c, other, prompt));
        assertTrue(v.rejected(), "a proof with a changed weight verified against the original commitment");
        assertEquals("openings: Hyrax openings (batched): some row does not match its commitment", v.reason());
    }

    @Test
    void tamperedMessagesOfEveryKindAreRejected() {
        assertEquals(KINDS * 4, tamperAndCheck(odd(), RandomGpt.prompt(ODD, 2), 4, 17));
    }

    @Test
    @Tag("slow")
    void aThousandTamperedProofsAreRejected() {
        int n = tamperAndCheck(odd(), RandomGpt.prompt(ODD, 5), 70, 23);
        QuantizedModel tiny = Gpts.model(Gpts.TINY);
        n += tamperAndCheck(tiny, Gpts.prompt(Gpts.TINY, 7), 5, 29);
        assertEquals(KINDS * 75, n);
        assertTrue(n >= 1000);
    }

    /** Makes {@code perKind} mutations of each kind of message and checks that each is rejected; returns the count. */
    static int tamperAndCheck(QuantizedModel m, long[] prompt, int perKind, long seed) {
        CommittedGpt c = CommittedGpt.commit(m);
        GptProof honest = GptProver.prove(c, m, prompt);
        assertTrue(GptVerifier.verify(c, prompt, honest).accepted());
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 0;
        for (int kind = 0; kind < KINDS; kind++) {
            for (int k = 0; k < perKind; k++) {
                GptProof bad = tamper(honest, kind, rnd);
                Verdict<Integer> v = GptVerifier.verify(c, prompt, bad);
                assertTrue(v.rejected(), "kind " + kind + ": a tampered proof was accepted");
                n++;
            }
        }
        return n;
    }

    static final int KINDS = 14;

    /** One change of one kind: 0 logits, 1 range widths, 2–3 commitments, 4–7 lookups, 8–10 relations, 11 weights, 12–13 reductions. */
    static GptProof tamper(GptProof p, int kind, SplittableRandom rnd) {
        Fr delta = Fr.of(1 + rnd.nextInt(1 << 20));
        long[] logits = p.logits();
        List<Integer> bits = new ArrayList<>(p.bits());
        HyraxCommitment ca = p.activations(), cl = p.limbs();
        List<LookupProof> lookups = new ArrayList<>(p.lookups());
        List<RelationProof> relations = new ArrayList<>(p.relations());
        List<HyraxOpening> weights = new ArrayList<>(p.weightOpenings());
        ReductionProof ra = p.activationOpening(), rl = p.limbOpening();
        switch (kind) {
            case 0 -> logits[rnd.nextInt(logits.length)] += rnd.nextBoolean() ? 1 : -1;
            case 1 -> {
                int i = rnd.nextInt(bits.size());
                bits.set(i, bits.get(i) == 8 ? 16 : bits.get(i) - 8);
            }
            case 2 -> ca = tamper(ca, rnd);
            case 3 -> cl = tamper(cl, rnd);
            case 4 -> {
                int i = rnd.nextInt(lookups.size());
                LookupProof l = lookups.get(i);
                long[] m = l.multiplicities();
                int a = rnd.nextInt(m.length);
                while (m[a] == 0) a = (a + 1) % m.length;
                int b = (a + 1 + rnd.nextInt(m.length - 1)) % m.length;
                m[a]--;
                m[b]++;
                lookups.set(i, new LookupProof(m, l.fractions(), l.values()));
            }
            case 5, 6 -> {
                int i = rnd.nextInt(lookups.size());
                LookupProof l = lookups.get(i);
                List<FractionProof.Layer> layers = new ArrayList<>(l.fractions().layers());
                int j = kind == 5 ? rnd.nextInt(layers.size()) : 1 + rnd.nextInt(layers.size() - 1);
                FractionProof.Layer x = layers.get(j);
                layers.set(j, kind == 6 ? new FractionProof.Layer(tamper(x.sumcheck(), rnd, delta), x.p0(), x.p1(), x.q0(), x.q1())
                        : switch (rnd.nextInt(4)) {
                            case 0 -> new FractionProof.Layer(x.sumcheck(), x.p0().add(delta), x.p1(), x.q0(), x.q1());
                            case 1 -> new FractionProof.Layer(x.sumcheck(), x.p0(), x.p1().add(delta), x.q0(), x.q1());
                            case 2 -> new FractionProof.Layer(x.sumcheck(), x.p0(), x.p1(), x.q0().add(delta), x.q1());
                            default -> new FractionProof.Layer(x.sumcheck(), x.p0(), x.p1(), x.q0(), x.q1().add(delta));
                        });
                lookups.set(i, new LookupProof(l.multiplicities(), new FractionProof(layers), l.values()));
            }
            case 7 -> {
                int i = rnd.nextInt(lookups.size());
                LookupProof l = lookups.get(i);
                lookups.set(i, new LookupProof(l.multiplicities(), l.fractions(), shifted(l.values(), rnd, delta)));
            }
            case 8, 9, 10 -> {
                int i;
                RelationProof r;
                do {
                    i = rnd.nextInt(relations.size());
                    r = relations.get(i);
                } while ((kind == 8 && r.claims().isEmpty()) || (kind == 9 && r.sumcheck().rounds().isEmpty()) || (kind == 10 && r.values().isEmpty()));
                relations.set(i, switch (kind) {
                    case 8 -> new RelationProof(shifted(r.claims(), rnd, delta), r.sumcheck(), r.values());
                    case 9 -> new RelationProof(r.claims(), tamper(r.sumcheck(), rnd, delta), r.values());
                    default -> new RelationProof(r.claims(), r.sumcheck(), shifted(r.values(), rnd, delta));
                });
            }
            case 11 -> {
                int i = rnd.nextInt(weights.size());
                weights.set(i, new HyraxOpening(shifted(weights.get(i).combinedRow(), rnd, delta)));
            }
            case 12, 13 -> {
                boolean limbs = rnd.nextBoolean();
                ReductionProof r = limbs ? rl : ra;
                r = kind == 12 ? new ReductionProof(tamper(r.sumcheck(), rnd, delta), r.opening())
                        : new ReductionProof(r.sumcheck(), new HyraxOpening(shifted(r.opening().combinedRow(), rnd, delta)));
                if (limbs) rl = r;
                else ra = r;
            }
            default -> throw new IllegalArgumentException("kind " + kind);
        }
        return new GptProof(logits, bits, ca, cl, lookups, relations, weights, ra, rl);
    }

    static List<Fr> shifted(List<Fr> xs, SplittableRandom rnd, Fr delta) {
        List<Fr> out = new ArrayList<>(xs);
        int i = rnd.nextInt(out.size());
        out.set(i, out.get(i).add(delta));
        return out;
    }

    static HyraxCommitment tamper(HyraxCommitment c, SplittableRandom rnd) {
        List<G1> rows = new ArrayList<>(c.rows());
        int i = rnd.nextInt(rows.size());
        rows.set(i, rows.get(i).add(G1.GENERATOR));
        return new HyraxCommitment(rows, c.rowVars(), c.colVars());
    }

    static SumcheckProof tamper(SumcheckProof s, SplittableRandom rnd, Fr delta) {
        return ModelProofTest.tamper(s, rnd, delta);
    }
}
