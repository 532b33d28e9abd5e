package org.zkopml.chain;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Event;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.StaticArray8;
import org.web3j.abi.datatypes.generated.Uint16;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.zkopml.circuit.Statement;
import org.zkopml.field.Fr;
import org.zkopml.groth16.Proof;
import org.zkopml.values.Bytes32;
import org.zkopml.values.Verdict;

/**
 * The facade of {@code contracts/src/InferenceRegistry.sol}: models registered with the verifier of their circuit
 * ({@link Groth16VerifierContract}) and the layout of its public inputs ({@link org.zkopml.circuit.ModelCircuits}:
 * outputs y, then x for statements b and c, then one commitment for a and b); inferences recorded, once per
 * (model, input), when their Groth16 proof verifies on-chain, each with an {@code InferenceRecorded} event.
 */
public final class InferenceRegistryContract {
    private static final Event RECORDED = new Event("InferenceRecorded", List.of(
            new TypeReference<org.web3j.abi.datatypes.generated.Bytes32>(true) {}, new TypeReference<org.web3j.abi.datatypes.generated.Bytes32>(true) {},
            new TypeReference<DynamicArray<Uint256>>() {}, new TypeReference<Address>() {}));

    private final LocalChain chain;
    private final LocalChain.Deployment deployment;

    private InferenceRegistryContract(LocalChain chain, LocalChain.Deployment deployment) {
        this.chain = chain;
        this.deployment = deployment;
    }

    /** Deploys an empty registry from account 0. */
    public static InferenceRegistryContract deploy(LocalChain chain) {
        return new InferenceRegistryContract(chain, chain.deploy(chain.account(0), Artifact.load("InferenceRegistry"), ""));
    }

    /** Its address. */
    public String address() {
        return deployment.address();
    }

    /** The deployment (address and receipt). */
    public LocalChain.Deployment deployment() {
        return deployment;
    }

    /**
     * Registers {@code model} (e.g. {@code QuantizedModel.commitment()}) with the verifier of its circuit for
     * {@code statement}, the number of output words and of public inputs, and for statement b the Poseidon commitment
     * C_M that its proofs carry as their last public input. A second registration of the same model is rejected.
     */
    public Verdict<Receipt> registerModel(Credentials from, Bytes32 model, Groth16VerifierContract verifier, Statement statement,
                                          int outputs, Fr modelCommitment) {
        int l = verifier.vk().publicInputs();
        BigInteger cm = statement == Statement.B ? modelCommitment.toBigInteger() : BigInteger.ZERO;
        String data = Abi.encode("registerModel", Abi.bytes32(model.bytes()), new Address(verifier.address()),
                new Uint8(statement.ordinal()), new Uint16(outputs), new Uint16(l), new Uint256(cm));
        return sent(from, data);
    }

    /** Records the inference that {@code proof} proves for {@code publicInputs} under {@code model}: its receipt, or why it was rejected. */
    public Verdict<Receipt> record(Credentials from, Bytes32 model, Proof proof, List<Fr> publicInputs) {
        return sent(from, recordCalldata(model, Groth16VerifierContract.Call.of(proof, publicInputs)));
    }

    /** The same by eth_call (nothing recorded): the input's identifier, or why it would be rejected. */
    public Verdict<Bytes32> check(Bytes32 model, Proof proof, List<Fr> publicInputs) {
        Verdict<String> r = chain.callAll(address(), List.of(recordCalldata(model, Groth16VerifierContract.Call.of(proof, publicInputs)))).get(0);
        if (r.rejected()) return Verdict.reject(r.reason());
        @SuppressWarnings("rawtypes") List<Type> v = Abi.decode(r.value(), List.of(new TypeReference<org.web3j.abi.datatypes.generated.Bytes32>() {}));
        return Verdict.accept(Bytes32.of((byte[]) v.get(0).getValue()), "the registry would record this inference");
    }

    /** Whether (model, input) is recorded. */
    public boolean isRecorded(Bytes32 model, Bytes32 input) {
        String r = chain.call(address(), Abi.encode("isRecorded", Abi.bytes32(model.bytes()), Abi.bytes32(input.bytes())));
        return new BigInteger(r.substring(2), 16).signum() != 0;
    }

    /**
     * An {@code InferenceRecorded} event.
     *
     * @param model  the model's identifier
     * @param input  the input's identifier (its commitment for statement a, keccak256 of its words for b and c)
     * @param output the output words y
     * @param prover the account that recorded it
     */
    public record Recorded(Bytes32 model, Bytes32 input, List<BigInteger> output, String prover) {}

    /** The {@code InferenceRecorded} events of a transaction, read from its receipt's logs. */
    @SuppressWarnings("rawtypes")
    public List<Recorded> events(Receipt receipt) {
        TransactionReceipt r;
        try {
            r = chain.web3j().ethGetTransactionReceipt(receipt.txHash()).send().getTransactionReceipt()
                    .orElseThrow(() -> new ChainException("no receipt for " + receipt.txHash(), false));
        } catch (IOException e) {
            throw new ChainException("reading the receipt of " + receipt.txHash() + " failed: " + e.getMessage(), false);
        }
        String topic = EventEncoder.encode(RECORDED);
        List<Recorded> out = new ArrayList<>();
        for (Log log : r.getLogs()) {
            if (log.getTopics().isEmpty() || !log.getTopics().get(0).equals(topic) || !log.getAddress().equalsIgnoreCase(address())) continue;
            List<Type> data = Abi.decode(log.getData(), List.of(new TypeReference<DynamicArray<Uint256>>() {}, new TypeReference<Address>() {}));
            List<BigInteger> y = new ArrayList<>();
            for (Object u : ((DynamicArray<?>) data.get(0)).getValue()) y.add(((Uint256) u).getValue());
            out.add(new Recorded(Bytes32.fromHex(log.getTopics().get(1)), Bytes32.fromHex(log.getTopics().get(2)), y, data.get(1).toString()));
        }
        return out;
    }

    private Verdict<Receipt> sent(Credentials from, String data) {
        try {
            return Verdict.accept(chain.send(from, address(), data, BigInteger.ZERO), "mined");
        } catch (ChainException e) {
            if (!e.reverted()) throw e;
            return Verdict.reject(e.getMessage());
        }
    }

    static String recordCalldata(Bytes32 model, Groth16VerifierContract.Call c) {
        List<Uint256> p = new ArrayList<>();
        for (BigInteger w : c.proof()) p.add(new Uint256(w));
        List<Uint256> x = new ArrayList<>();
        for (BigInteger w : c.inputs()) x.add(new Uint256(w));
        return Abi.encode("record", Abi.bytes32(model.bytes()), new StaticArray8<>(Uint256.class, p), new DynamicArray<>(Uint256.class, x));
    }
}
