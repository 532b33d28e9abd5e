package org.zkopml.chain;

import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.crypto.Credentials;
import org.zkopml.dispute.StepVerifier;
import org.zkopml.values.Bytes32;
import org.zkopml.values.Verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * The facade of {@code contracts/src/OneStep.sol}: the zkopml VM's one-step verifier on the EVM, as the dispute
 * package's {@link StepVerifier} (Cannon's {@code step(stateData, proof) → postStateHash}): a Java referee given this
 * verifier re-executes the disputed step on the chain. {@code verify} is a pure function, so it is called with
 * {@code eth_call} (batched for the cross-checks); the dispute game calls it inside its {@code proveStep} transaction,
 * whose receipt gives the gas of a one-step proof.
 */
public final class OneStepContract implements StepVerifier {
    private static final List<TypeReference<?>> BYTES32 = List.of(new TypeReference<org.web3j.abi.datatypes.generated.Bytes32>() {});
    private final LocalChain chain;
    private final LocalChain.Deployment deployment;

    private OneStepContract(LocalChain chain, LocalChain.Deployment deployment) {
        this.chain = chain;
        this.deployment = deployment;
    }

    /** Deploys the verifier from {@code from}. */
    public static OneStepContract deploy(LocalChain chain, Credentials from) {
        return new OneStepContract(chain, chain.deploy(from, Artifact.load("OneStep"), ""));
    }

    /** Its address. */
    public String address() {
        return deployment.address();
    }

    /** The deployment (address and receipt). */
    public LocalChain.Deployment deployment() {
        return deployment;
    }

    /** verify(preHash, witness) by eth_call: the post-state hash, or the contract's revert reason. */
    public Verdict<Bytes32> verify(Bytes32 preHash, byte[] witness) {
        return verifyAll(List.of(preHash), List.of(witness)).get(0);
    }

    /** {@link #verify}, never throwing: a node that does not answer is a rejection with its reason (the referee's rule). */
    @Override
    public Verdict<Bytes32> step(Bytes32 preHash, byte[] witness) {
        if (preHash == null || witness == null) return Verdict.reject("no pre-state hash or no witness");
        try {
            return verify(preHash, witness);
        } catch (ChainException e) {
            return Verdict.reject("the one-step contract did not answer: " + e.getMessage());
        }
    }

    /** {@link #verify} for many (pre-state hash, witness) pairs, in JSON-RPC batches of eth_calls. */
    public List<Verdict<Bytes32>> verifyAll(List<Bytes32> preHashes, List<byte[]> witnesses) {
        if (preHashes.size() != witnesses.size()) throw new IllegalArgumentException("one witness per pre-state hash");
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < preHashes.size(); i++) calls.add(calldata(preHashes.get(i), witnesses.get(i)));
        List<Verdict<Bytes32>> out = new ArrayList<>();
        for (Verdict<String> r : chain.callAll(address(), calls)) {
            if (r.rejected()) {
                out.add(Verdict.reject(r.reason()));
            } else {
                @SuppressWarnings("rawtypes") List<Type> v = Abi.decode(r.value(), BYTES32);
                out.add(Verdict.accept(Bytes32.of((byte[]) v.get(0).getValue()), "post-state hash from the EVM"));
            }
        }
        return out;
    }

    /**
     * initialState(imageRoot, input) by eth_call: the hash of the initial state of a program (by its image root) on
     * {@code input}, derived on-chain ({@code org.zkopml.vm.VmState#initial}).
     */
    public Bytes32 initialState(Bytes32 imageRoot, long[] input) {
        @SuppressWarnings("rawtypes") List<Type> v = Abi.decode(chain.call(address(), Abi.encode("initialState", Abi.bytes32(imageRoot.bytes()), Abi.int64s(input))), BYTES32);
        return Bytes32.of((byte[]) v.get(0).getValue());
    }

    /** The ABI-encoded call verify(preHash, witness). */
    public static String calldata(Bytes32 preHash, byte[] witness) {
        return Abi.encode("verify", Abi.bytes32(preHash.bytes()), new DynamicBytes(witness));
    }
}
