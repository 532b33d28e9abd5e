package org.zkopml.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zkopml.circuit.CompiledCircuit;
import org.zkopml.circuit.ModelCircuits;
import org.zkopml.circuit.Statement;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.field.Fp;
import org.zkopml.field.Fr;
import org.zkopml.groth16.Proof;
import org.zkopml.groth16.Prover;
import org.zkopml.groth16.Setup;
import org.zkopml.groth16.Verifier;
import org.zkopml.groth16.VerifyingKey;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.Recipes;
import org.zkopml.model.TrainedModel;
import org.zkopml.values.Bytes32;
import org.zkopml.values.Verdict;

/**
 * The generated Groth16 verifier on the EVM against the kit's Java {@link Verifier}: for every built-in recipe and
 * statement a, b, c, the contract accepts the valid proof and gives the Java verifier's verdict (reject) on about
 * 70 mutated proofs and public inputs each (over 1,000 in all): coordinates + p, inputs + r, points off the curve
 * or twist, points swapped or negated, the point at infinity, wrong inputs, random words. Then the registry
 * (record once, duplicate and other-model proofs rejected, the event) and the batch (n proofs in one product of
 * n + 3 pairings; one bad proof fails it). Setups, proofs and deployments are made once for the class.
 */
@Tag("chain")
@ExtendWith(SharedChain.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnChainGroth16Test {
    private static final BigInteger P = Fp.MODULUS, R = Fr.MODULUS;

    /** One model circuit proven and its verifier deployed. */
    record Case(String model, Statement statement, QuantizedModel q, VerifyingKey vk, org.zkopml.groth16.ProvingKey pk, Proof proof,
                List<Fr> publics, Groth16VerifierContract verifier) {
        String what() {
            return model + " statement " + statement.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Map<String, Case> cases = new LinkedHashMap<>();
    private LocalChain chain;

    @BeforeAll
    void proveEveryRecipeAndStatement(LocalChain chain) {
        this.chain = chain;
        int seed = 1;
        List<Case> proven = new ArrayList<>();
        for (String model : Recipes.names()) {
            TrainedModel t = Recipes.train(model);
            QuantizedModel q = t.quantized();
            long[] x = t.testInput(0, q.scaleBits());
            for (Statement st : Statement.values()) {
                CompiledCircuit c = ModelCircuits.compile(q, st, x, Fr.of(1000 + seed));
                SplittableRandom rng = new SplittableRandom(seed++);
                Setup.Result s = Setup.generate(c.system(), rng);
                Proof proof = Prover.prove(s.provingKey(), c.witness(), rng);
                proven.add(new Case(model, st, q, s.verifyingKey(), s.provingKey(), proof, List.of(c.publicInputs()), null));
            }
        }
        Groth16VerifierContract.compileAll(proven.stream().map(Case::vk).toList());    // one run of solc for all 18
        for (Case c : proven) {
            cases.put(c.model() + "/" + c.statement(), new Case(c.model(), c.statement(), c.q(), c.vk(), c.pk(), c.proof(), c.publics(),
                    Groth16VerifierContract.deploy(chain, c.vk())));
        }
    }

    @Test
    void theContractAgreesWithTheJavaVerifierOnValidAndOnOverAThousandMutatedProofs() {
        int mutated = 0;
        for (Case c : cases.values()) {
            Groth16VerifierContract.Call valid = Groth16VerifierContract.Call.of(c.proof(), c.publics());
            List<Groth16VerifierContract.Call> calls = new ArrayList<>();
            calls.add(valid);
            calls.addAll(mutations(valid, new SplittableRandom(c.what().hashCode())));
            List<Verdict<Void>> onChain = c.verifier().verifyAll(calls);
            assertTrue(onChain.get(0).accepted(), c.what() + ": the valid proof on-chain: " + onChain.get(0).reason());
            assertTrue(javaVerdict(c.vk(), valid), c.what() + ": the valid proof in Java");
            for (int i = 1; i < calls.size(); i++) {
                boolean java = javaVerdict(c.vk(), calls.get(i));
                assertEquals(java, onChain.get(i).accepted(), c.what() + ": mutation " + i + " " + calls.get(i));
                assertFalse(java, c.what() + ": mutation " + i + " accepted");
            }
            mutated += calls.size() - 1;
        }
        assertTrue(mutated >= 1000, "mutated proofs checked: " + mutated);
    }

    @Test
    void rejectionsSayWhy() {
        Case c = cases.get("iris-linear/C");
        Groth16VerifierContract.Call v = Groth16VerifierContract.Call.of(c.proof(), c.publics());
        List<Verdict<Void>> r = c.verifier().verifyAll(List.of(
                v.withInput(0, v.inputs().get(0).add(R)),
                v.withProofWord(3, v.proof().get(3).add(P)),
                v.withProofWord(1, v.proof().get(1).add(BigInteger.ONE).mod(P)),
                v.withProofWord(7, v.proof().get(7).add(BigInteger.ONE).mod(P)),
                v.withProofWord(5, v.proof().get(5).add(BigInteger.ONE).mod(P)),
                v.withInput(0, v.inputs().get(0).add(BigInteger.ONE).mod(R))));
        assertEquals("Groth16: public input not below r", r.get(0).reason());
        assertEquals("Groth16: proof coordinate not below p", r.get(1).reason());
        assertEquals("Groth16: A not on the curve", r.get(2).reason());
        assertEquals("Groth16: C not on the curve", r.get(3).reason());
        assertEquals("Groth16: precompile failed (B not in G2)", r.get(4).reason());
        assertEquals("Groth16: pairing check failed", r.get(5).reason());
    }

    @Test
    void theRegistryRecordsAnInferenceOnceAndOnlyForItsModel() {
        InferenceRegistryContract reg = InferenceRegistryContract.deploy(chain);
        var from = chain.account(1);
        Case a = cases.get("iris-linear/A"), b = cases.get("iris-linear/B"), c = cases.get("iris-linear/C"), other = cases.get("wine-linear/C");
        Bytes32 iris = a.q().commitment(), wine = other.q().commitment();
        Fr cmB = b.publics().get(b.publics().size() - 1);
        assertTrue(reg.registerModel(from, iris, a.verifier(), Statement.A, 1, null).accepted());
        assertTrue(reg.registerModel(from, iris, b.verifier(), Statement.B, 1, cmB).accepted());
        assertTrue(reg.registerModel(from, iris, c.verifier(), Statement.C, 1, null).accepted());
        assertTrue(reg.registerModel(from, wine, other.verifier(), Statement.C, 1, null).accepted());
        assertEquals("registry: model already registered", reg.registerModel(from, iris, a.verifier(), Statement.A, 1, null).reason());
        Bytes32 irisA = reg.idOf(iris, a.verifier(), Statement.A, 1, null), irisB = reg.idOf(iris, b.verifier(), Statement.B, 1, cmB);
        Bytes32 irisC = reg.idOf(iris, c.verifier(), Statement.C, 1, null), wineC = reg.idOf(wine, other.verifier(), Statement.C, 1, null);
        assertEquals(4, java.util.Set.of(irisA, irisB, irisC, wineC).size(), "one id per (verifier, layout, model)");
        // the recorded code hash is Keccak-256 of the verifier's runtime code, as anyone can recompute it
        byte[] code = org.web3j.utils.Numeric.hexStringToByteArray(getCode(a.verifier().address()));
        assertEquals(Bytes32.of(org.zkopml.hash.Keccak256.hash(code)), reg.verifierCodeHash(irisA));

        Verdict<Receipt> rec = reg.record(from, irisA, a.proof(), a.publics());
        assertTrue(rec.accepted(), rec.reason());
        List<InferenceRegistryContract.Recorded> ev = reg.events(rec.value());
        assertEquals(1, ev.size());
        assertEquals(irisA, ev.get(0).id());
        assertEquals(iris, ev.get(0).model());
        assertEquals(Bytes32.fromBigInteger(a.publics().get(1).toBigInteger()), ev.get(0).input(), "statement a: the input's commitment");
        assertEquals(List.of(a.publics().get(0).toBigInteger()), ev.get(0).output());
        assertTrue(reg.isRecorded(irisA, ev.get(0).input()));
        assertEquals("registry: inference already recorded", reg.record(from, irisA, a.proof(), a.publics()).reason());

        for (Case k : List.of(b, c)) {
            Bytes32 id = k == b ? irisB : irisC;
            Verdict<Receipt> r = reg.record(from, id, k.proof(), k.publics());
            assertTrue(r.accepted(), k.what() + ": " + r.reason());
            assertEquals(1, reg.events(r.value()).size());
        }
        // a proof of wine-linear presented as iris-linear's (same statement c) fails iris's verifier, and the reverse
        assertTrue(reg.record(from, irisC, other.proof(), other.publics()).rejected());
        assertTrue(reg.record(from, wineC, c.proof(), c.publics()).rejected());
        // statement b: another commitment to the model in the public inputs is refused before the verifier runs
        List<Fr> wrongCm = new ArrayList<>(b.publics());
        wrongCm.set(wrongCm.size() - 1, wrongCm.get(wrongCm.size() - 1).add(Fr.ONE));
        assertEquals("registry: the proof is for another model commitment", reg.record(from, irisB, b.proof(), wrongCm).reason());
        assertEquals("registry: unknown model", reg.record(from, Bytes32.fromBigInteger(BigInteger.TEN), c.proof(), c.publics()).reason());
        // the wine proof is still recordable under its own model
        assertTrue(reg.record(from, wineC, other.proof(), other.publics()).accepted());
    }

    /** A verifier that accepts anything: what a squatter registers under another party's model. */
    static final String ACCEPTS_ANYTHING = """
            // SPDX-License-Identifier: MIT
            pragma solidity ^0.8.24;
            contract AcceptsAnything {
                function verifyProof(uint256[2] calldata, uint256[2][2] calldata, uint256[2] calldata, uint256[2] calldata)
                    external pure returns (bool) { return true; }
            }
            """;

    @Test
    void aSquatterCannotRecordUnderAnotherPartysModelNorLockItsOwnerOut() {
        InferenceRegistryContract reg = InferenceRegistryContract.deploy(chain);
        var squatter = chain.account(3);
        var owner = chain.account(1);
        Case a = cases.get("iris-linear/A");
        Bytes32 iris = a.q().commitment();
        String fake = chain.deploy(squatter, Artifact.compile("AcceptsAnything", ACCEPTS_ANYTHING), "").address();
        // first come: the squatter names iris-linear with a verifier that accepts anything, and records a false class
        assertTrue(reg.registerModel(squatter, iris, fake, Statement.A, 1, 2, null).accepted());
        Bytes32 squatted = reg.idOf(iris, fake, Statement.A, 1, 2, null);
        List<Fr> falseClass = List.of(a.publics().get(0).add(Fr.ONE), a.publics().get(1));
        assertTrue(reg.record(squatter, squatted, a.proof(), falseClass).accepted(), "its own registration accepts anything");
        // the owner is not locked out: its registration, with the verifier generated from the key, has another id
        assertTrue(reg.registerModel(owner, iris, a.verifier(), Statement.A, 1, null).accepted());
        Bytes32 real = reg.idOf(iris, a.verifier(), Statement.A, 1, null);
        assertNotEquals(squatted, real, "the id binds the verifier's code");
        // under the real id only a proof the real verifier accepts is recorded: not the false class, the true one
        Bytes32 input = Bytes32.fromBigInteger(a.publics().get(1).toBigInteger());
        assertFalse(reg.isRecorded(real, input));
        assertTrue(reg.record(squatter, real, a.proof(), falseClass).rejected(), "the false class fails the real verifier");
        Verdict<Receipt> honest = reg.record(owner, real, a.proof(), a.publics());
        assertTrue(honest.accepted(), honest.reason());
        assertEquals(List.of(a.publics().get(0).toBigInteger()), reg.events(honest.value()).get(0).output());
        // a reader who regenerates the verifier from the public key recomputes the real id, never the squatter's
        Groth16VerifierContract regenerated = Groth16VerifierContract.deploy(chain, chain.account(4), a.verifier().vk());
        assertEquals(real, reg.idOf(iris, regenerated, Statement.A, 1, null));
    }

    @Test
    void aBatchVerifiesInOnePairingProductAndOneBadProofFailsIt() {
        Case c = cases.get("iris-linear/C");
        TrainedModel t = Recipes.train(c.model());
        Groth16VerifierContract batch = Groth16VerifierContract.deployBatching(chain, c.vk());
        List<Proof> proofs = new ArrayList<>();
        List<List<Fr>> xs = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(99);
        for (int row = 0; row < 5; row++) {
            CompiledCircuit cc = ModelCircuits.compile(c.q(), Statement.C, t.testInput(row, c.q().scaleBits()));
            proofs.add(Prover.prove(c.pk(), cc.witness(), rng));
            xs.add(List.of(cc.publicInputs()));
            assertTrue(Verifier.verifyFr(c.vk(), xs.get(row), proofs.get(row)).accepted());
        }
        Verdict<Void> ok = batch.verifyBatch(proofs, xs);
        assertTrue(ok.accepted(), ok.reason());
        assertTrue(batch.verify(proofs.get(0), xs.get(0)).accepted(), "the batching contract also verifies one proof");
        // each single bad proof (its inputs swapped with another's, one input changed, C replaced) fails the batch
        for (int bad = 0; bad < proofs.size(); bad++) {
            List<List<Fr>> wrong = new ArrayList<>(xs);
            wrong.set(bad, xs.get((bad + 1) % xs.size()));
            assertEquals("Groth16: pairing check failed", batch.verifyBatch(proofs, wrong).reason(), "bad inputs at " + bad);
            List<Proof> forged = new ArrayList<>(proofs);
            Proof p = proofs.get(bad);
            forged.set(bad, new Proof(p.a(), p.b(), p.c().add(G1.GENERATOR)));
            assertEquals("Groth16: pairing check failed", batch.verifyBatch(forged, xs).reason(), "bad C at " + bad);
        }
        List<Groth16VerifierContract.Call> words = new ArrayList<>();
        for (int i = 0; i < proofs.size(); i++) words.add(Groth16VerifierContract.Call.of(proofs.get(i), xs.get(i)));
        words.set(2, words.get(2).withInput(0, words.get(2).inputs().get(0).add(R)));
        assertEquals("Groth16: public input not below r", batch.verifyBatchWords(words).reason());
        words.set(2, Groth16VerifierContract.Call.of(proofs.get(2), xs.get(2)).withProofWord(6, words.get(2).proof().get(6).add(P)));
        assertEquals("Groth16: proof coordinate not below p", batch.verifyBatchWords(words).reason());
        // the gas of the batch against n single verifications, from receipts
        long single = batch.verifyGas(proofs.get(0), xs.get(0));
        long five = batch.verifyBatchByTransaction(proofs, xs).gasUsed();
        assertTrue(five < 5 * single / 2, "a batch of 5 costs less than half of 5 single verifications: " + five + " vs " + single);
    }

    private String getCode(String address) {
        try {
            return chain.web3j().ethGetCode(address, org.web3j.protocol.core.DefaultBlockParameterName.LATEST).send().getCode();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Java verdict on raw words: decoding as the EVM does (coordinates < p, on the curve/twist, in G2), inputs < r, then the pairing. */
    static boolean javaVerdict(VerifyingKey vk, Groth16VerifierContract.Call c) {
        byte[] w = new byte[256];
        for (int i = 0; i < 8; i++) {
            byte[] b = c.proof().get(i).toByteArray();
            if (c.proof().get(i).bitLength() > 256) return false;
            int n = Math.min(b.length, 32);
            System.arraycopy(b, b.length - n, w, 32 * i + 32 - n, n);
        }
        Proof p;
        try {
            p = new Proof(G1.fromEvm(w, 0), G2.fromEvm(w, 64), G1.fromEvm(w, 192));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return Verifier.verify(vk, c.inputs(), p).accepted();
    }

    /** About 70 mutations of a valid call: every kind the brief lists, then random word changes. */
    static List<Groth16VerifierContract.Call> mutations(Groth16VerifierContract.Call v, SplittableRandom rng) {
        List<Groth16VerifierContract.Call> out = new ArrayList<>();
        List<BigInteger> w = v.proof(), x = v.inputs();
        for (int i = 0; i < 8; i++) out.add(v.withProofWord(i, w.get(i).add(P)));                       // coordinate + p
        for (int i = 0; i < 8; i++) out.add(v.withProofWord(i, w.get(i).add(BigInteger.ONE).mod(P)));  // off the curve / twist
        for (int j = 0; j < x.size(); j = j < 3 ? j + 1 : j + 1 + rng.nextInt(Math.max(1, x.size() / 4))) {
            out.add(v.withInput(j, x.get(j).add(R)));                                                  // input + r
            out.add(v.withInput(j, x.get(j).add(BigInteger.ONE).mod(R)));                              // wrong input
            out.add(v.withInput(j, R.subtract(BigInteger.ONE).subtract(x.get(j))));                   // −x − 1
        }
        out.add(swap(v, 0, 6, 2));                                       // A and C swapped
        out.add(swap(v, 2, 3, 1).withProofWord(4, w.get(5)).withProofWord(5, w.get(4)));  // B's (imaginary, real) halves swapped
        out.add(v.withProofWord(1, P.subtract(w.get(1))));               // −A
        out.add(v.withProofWord(7, P.subtract(w.get(7))));               // −C
        out.add(v.withProofWord(4, P.subtract(w.get(4))).withProofWord(5, P.subtract(w.get(5))));  // −B
        out.add(v.withProofWord(0, BigInteger.ZERO).withProofWord(1, BigInteger.ZERO));           // A = infinity
        out.add(v.withProofWord(6, BigInteger.ZERO).withProofWord(7, BigInteger.ZERO));           // C = infinity
        Groth16VerifierContract.Call noB = v;
        for (int i = 2; i < 6; i++) noB = noB.withProofWord(i, BigInteger.ZERO);
        out.add(noB);                                                                              // B = infinity
        out.add(v.withProofWord(0, BigInteger.ONE).withProofWord(1, BigInteger.TWO));             // A = the generator
        out.add(v.withProofWord(6, BigInteger.ONE).withProofWord(7, BigInteger.TWO));             // C = the generator
        List<BigInteger> gen2 = words(G2.GENERATOR.toEvm());
        Groth16VerifierContract.Call b2 = v;
        for (int i = 0; i < 4; i++) b2 = b2.withProofWord(2 + i, gen2.get(i));
        out.add(b2);                                                                               // B = the generator of G2
        List<BigInteger> a2 = words(G1.fromEvm(toBytes(w.subList(0, 2)), 0).dbl().toEvm());
        out.add(v.withProofWord(0, a2.get(0)).withProofWord(1, a2.get(1)));                       // A doubled
        List<BigInteger> c2 = words(G1.fromEvm(toBytes(w.subList(6, 8)), 0).add(G1.GENERATOR).toEvm());
        out.add(v.withProofWord(6, c2.get(0)).withProofWord(7, c2.get(1)));                       // C + G
        while (out.size() < 70) {                                                                  // random words
            int i = rng.nextInt(8 + x.size());
            BigInteger r = new BigInteger(256, new java.util.Random(rng.nextLong()));
            if (i < 8) out.add(v.withProofWord(i, r));
            else out.add(v.withInput(i - 8, r.mod(R).equals(x.get(i - 8)) ? r.add(BigInteger.ONE).mod(R) : r.mod(R)));
        }
        return out;
    }

    private static Groth16VerifierContract.Call swap(Groth16VerifierContract.Call v, int i, int j, int len) {
        Groth16VerifierContract.Call out = v;
        for (int k = 0; k < len; k++) out = out.withProofWord(i + k, v.proof().get(j + k)).withProofWord(j + k, v.proof().get(i + k));
        return out;
    }

    private static List<BigInteger> words(byte[] evm) {
        List<BigInteger> out = new ArrayList<>();
        for (int o = 0; o < evm.length; o += 32) out.add(new BigInteger(1, java.util.Arrays.copyOfRange(evm, o, o + 32)));
        return out;
    }

    private static byte[] toBytes(List<BigInteger> ws) {
        byte[] out = new byte[32 * ws.size()];
        for (int i = 0; i < ws.size(); i++) {
            byte[] b = ws.get(i).toByteArray();
            int n = Math.min(b.length, 32);
            System.arraycopy(b, b.length - n, out, 32 * i + 32 - n, n);
        }
        return out;
    }
}
