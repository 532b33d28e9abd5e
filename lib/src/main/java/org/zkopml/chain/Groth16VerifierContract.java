package org.zkopml.chain;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.web3j.crypto.Credentials;
import org.zkopml.field.Fr;
import org.zkopml.groth16.Proof;
import org.zkopml.groth16.VerifyingKey;
import org.zkopml.hash.Keccak256;
import org.zkopml.values.Verdict;

/**
 * A Groth16 verifier contract on a chain: the kit's own, generated from a verifying key by {@link VerifierSource}
 * ({@link #deploy}), or any contract with snarkjs's {@code verifyProof(uint[2], uint[2][2], uint[2], uint[ℓ])}
 * (e.g. the one {@code snarkjs zkey export solidityverifier} writes: {@link #deploySource}). Verdicts come from
 * {@code eth_call} (batched for many proofs); gas from the receipt of the same call sent as a transaction.
 */
public final class Groth16VerifierContract {
    /** The generated contract's name. */
    public static final String NAME = "Groth16Verifier";
    /** The generated contract's name when it also verifies batches. */
    public static final String BATCH_NAME = "Groth16BatchVerifier";

    private final LocalChain chain;
    private final Credentials from;
    private final VerifyingKey vk;
    private final LocalChain.Deployment deployment;
    private final boolean batching;

    private Groth16VerifierContract(LocalChain chain, Credentials from, VerifyingKey vk, LocalChain.Deployment deployment, boolean batching) {
        this.chain = chain;
        this.from = from;
        this.vk = vk;
        this.deployment = deployment;
        this.batching = batching;
    }

    /** The kit's verifier for {@code vk}, generated and compiled (once per JVM and key). */
    public static Artifact compile(VerifyingKey vk) {
        return Artifact.compile(NAME, VerifierSource.generate(vk, NAME));
    }

    /** Compiles the kit's verifiers for many keys in one run of solc (then {@link #deploy} finds them compiled). */
    public static List<Artifact> compileAll(List<VerifyingKey> vks) {
        List<java.util.Map.Entry<String, String>> units = new ArrayList<>();
        for (VerifyingKey vk : vks) units.add(java.util.Map.entry(NAME, VerifierSource.generate(vk, NAME)));
        return Artifact.compileAll(units);
    }

    /** The kit's verifier for {@code vk} with {@code verifyBatch}, generated and compiled (once per JVM and key). */
    public static Artifact compileBatching(VerifyingKey vk) {
        return Artifact.compile(BATCH_NAME, VerifierSource.generate(vk, BATCH_NAME, true));
    }

    /**
     * Generates, compiles and deploys the kit's verifier for {@code vk} with {@code verifyBatch} as well (from
     * account 0): {@link #verifyBatch} needs this one; it costs more to deploy than {@link #deploy}'s.
     */
    public static Groth16VerifierContract deployBatching(LocalChain chain, VerifyingKey vk) {
        return new Groth16VerifierContract(chain, chain.account(0), vk, chain.deploy(chain.account(0), compileBatching(vk), ""), true);
    }

    /** Whether this contract has {@code verifyBatch} ({@link #deployBatching}). */
    public boolean batching() {
        return batching;
    }

    /** Generates, compiles and deploys the kit's verifier for {@code vk} from account 0. */
    public static Groth16VerifierContract deploy(LocalChain chain, VerifyingKey vk) {
        return deploy(chain, chain.account(0), vk);
    }

    /** Generates, compiles and deploys the kit's verifier for {@code vk} from {@code from}. */
    public static Groth16VerifierContract deploy(LocalChain chain, Credentials from, VerifyingKey vk) {
        return new Groth16VerifierContract(chain, from, vk, chain.deploy(from, compile(vk), ""), false);
    }

    /**
     * Compiles and deploys another verifier of {@code vk} given as Solidity source (contract {@code name}), with
     * snarkjs's {@code verifyProof} signature: e.g. snarkjs's exported verifier, for the gas comparison. Only
     * {@link #verify}, {@link #verifyAll} and {@link #verifyByTransaction} apply to it.
     */
    public static Groth16VerifierContract deploySource(LocalChain chain, Credentials from, VerifyingKey vk, String name, String source) {
        return new Groth16VerifierContract(chain, from, vk, chain.deploy(from, Artifact.compile(name, source), ""), false);
    }

    /** Its address. */
    public String address() {
        return deployment.address();
    }

    /** The deployment (address and receipt). */
    public LocalChain.Deployment deployment() {
        return deployment;
    }

    /** Gas of the deployment, from its receipt. */
    public long deployGas() {
        return deployment.receipt().gasUsed();
    }

    /** The verifying key whose constants the contract holds. */
    public VerifyingKey vk() {
        return vk;
    }

    /** Verifies a proof by eth_call: accepted when the contract returns true, else the revert reason (or "returned false"). */
    public Verdict<Void> verify(Proof proof, List<Fr> publicInputs) {
        return verifyAll(List.of(Call.of(proof, publicInputs))).get(0);
    }

    /** Verifies many calls (proof and input words, possibly malformed) in JSON-RPC batches of eth_calls. */
    public List<Verdict<Void>> verifyAll(List<Call> calls) {
        List<String> data = new ArrayList<>();
        for (Call c : calls) data.add(c.calldata());
        List<Verdict<Void>> out = new ArrayList<>();
        for (Verdict<String> r : chain.callAll(address(), data)) out.add(returnedTrue(r));
        return out;
    }

    /** verifyProof sent as a transaction: its receipt (gas used); a rejection by revert throws {@link ChainException}. */
    public Receipt verifyByTransaction(Proof proof, List<Fr> publicInputs) {
        return chain.send(from, address(), Call.of(proof, publicInputs).calldata(), BigInteger.ZERO);
    }

    /** Gas of verifying one proof, from the receipt of {@link #verifyByTransaction}. */
    public long verifyGas(Proof proof, List<Fr> publicInputs) {
        return verifyByTransaction(proof, publicInputs).gasUsed();
    }

    /**
     * Verifies n proofs of this circuit in one product of n + 3 pairings (a {@link #deployBatching} verifier), by eth_call:
     * accepted iff every proof verifies (up to the soundness error of the random combination, about n/r).
     */
    public Verdict<Void> verifyBatch(List<Proof> proofs, List<List<Fr>> publicInputs) {
        return verifyBatchWords(words(proofs, publicInputs));
    }

    /** {@link #verifyBatch} on raw words (proof words may be malformed), by eth_call. */
    public Verdict<Void> verifyBatchWords(List<Call> calls) {
        requireBatching();
        return returnedTrue(chain.callAll(address(), List.of(batchCalldata(calls))).get(0));
    }

    /** The batch sent as a transaction: its receipt (gas used); a rejected batch throws {@link ChainException}. */
    public Receipt verifyBatchByTransaction(List<Proof> proofs, List<List<Fr>> publicInputs) {
        requireBatching();
        return chain.send(from, address(), batchCalldata(words(proofs, publicInputs)), BigInteger.ZERO);
    }

    private void requireBatching() {
        if (!batching) throw new IllegalStateException("this verifier was deployed without verifyBatch: use Groth16VerifierContract.deployBatching");
    }

    private static List<Call> words(List<Proof> proofs, List<List<Fr>> publicInputs) {
        if (proofs.size() != publicInputs.size()) throw new IllegalArgumentException(proofs.size() + " proofs but " + publicInputs.size() + " input lists");
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < proofs.size(); i++) calls.add(Call.of(proofs.get(i), publicInputs.get(i)));
        return calls;
    }

    private static Verdict<Void> returnedTrue(Verdict<String> r) {
        if (r.rejected()) return Verdict.reject(r.reason());
        String hex = r.value().startsWith("0x") ? r.value().substring(2) : r.value();
        if (hex.isEmpty()) return Verdict.reject("the call returned nothing");
        return new BigInteger(hex, 16).equals(BigInteger.ONE) ? Verdict.accept("the contract returned true") : Verdict.reject("the contract returned false");
    }

    /** The calldata of verifyBatch(uint256[8][] proofs, uint256[] inputs). */
    public static String batchCalldata(List<Call> calls) {
        int n = calls.size();
        StringBuilder s = new StringBuilder(selector("verifyBatch(uint256[8][],uint256[])"));
        List<BigInteger> inputs = new ArrayList<>();
        for (Call c : calls) inputs.addAll(c.inputs());
        word(s, BigInteger.valueOf(64));
        word(s, BigInteger.valueOf(64 + 32 + 256L * n));
        word(s, BigInteger.valueOf(n));
        for (Call c : calls) for (BigInteger w : c.proof()) word(s, w);
        word(s, BigInteger.valueOf(inputs.size()));
        for (BigInteger w : inputs) word(s, w);
        return s.toString();
    }

    /** The 0x-prefixed 4-byte selector of a function signature. */
    static String selector(String signature) {
        byte[] h = Keccak256.hash(signature.getBytes(StandardCharsets.US_ASCII));
        StringBuilder s = new StringBuilder("0x");
        for (int i = 0; i < 4; i++) s.append(String.format("%02x", h[i] & 0xff));
        return s.toString();
    }

    static void word(StringBuilder s, BigInteger w) {
        if (w.signum() < 0 || w.bitLength() > 256) throw new IllegalArgumentException("not a 256-bit word: " + w);
        String h = w.toString(16);
        s.append("0".repeat(64 - h.length())).append(h);
    }

    /**
     * One verifyProof call as raw EVM words, so that malformed proofs (coordinates ≥ p, points off the curve) and
     * inputs (≥ r) can be sent too.
     *
     * @param proof  8 words: A.x, A.y, B.x.im, B.x.re, B.y.im, B.y.re, C.x, C.y (EIP-196/197; snarkjs's calldata order)
     * @param inputs the public input words
     */
    public record Call(List<BigInteger> proof, List<BigInteger> inputs) {
        public Call {
            proof = List.copyOf(proof);
            inputs = List.copyOf(inputs);
            if (proof.size() != 8) throw new IllegalArgumentException("a proof is 8 words, got " + proof.size());
        }

        /** The words of a proof and its public inputs. */
        public static Call of(Proof proof, List<Fr> publicInputs) {
            List<BigInteger> w = new ArrayList<>();
            addWords(w, proof.a().toEvm());
            addWords(w, proof.b().toEvm());
            addWords(w, proof.c().toEvm());
            List<BigInteger> x = new ArrayList<>();
            for (Fr f : publicInputs) x.add(f.toBigInteger());
            return new Call(w, x);
        }

        /** The calldata of verifyProof(uint256[2], uint256[2][2], uint256[2], uint256[ℓ]) with ℓ = the number of inputs. */
        public String calldata() {
            String sig = "verifyProof(uint256[2],uint256[2][2],uint256[2]" + (inputs.isEmpty() ? "" : ",uint256[" + inputs.size() + "]") + ")";
            StringBuilder s = new StringBuilder(selector(sig));
            for (BigInteger w : proof) word(s, w);
            for (BigInteger w : inputs) word(s, w);
            return s.toString();
        }

        /** This call with proof word {@code i} replaced. */
        public Call withProofWord(int i, BigInteger w) {
            List<BigInteger> p = new ArrayList<>(proof);
            p.set(i, w);
            return new Call(p, inputs);
        }

        /** This call with input word {@code j} replaced. */
        public Call withInput(int j, BigInteger w) {
            List<BigInteger> x = new ArrayList<>(inputs);
            x.set(j, w);
            return new Call(proof, x);
        }

        private static void addWords(List<BigInteger> out, byte[] evm) {
            for (int o = 0; o < evm.length; o += 32) out.add(new BigInteger(1, java.util.Arrays.copyOfRange(evm, o, o + 32)));
        }
    }
}
