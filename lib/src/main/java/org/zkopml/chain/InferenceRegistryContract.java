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
 * outputs y, then x for statements b and c, then one commitment for a and b), each under an id that the verifier's
 * code hash, the layout and the model determine ({@link #idOf}); inferences recorded, once per (id, input), when
 * their Groth16 proof verifies on-chain, each with an {@code InferenceRecorded} event.
 */
public final class InferenceRegistryContract {
    private static final Event RECORDED = new Event("InferenceRecorded", List.of(
            new TypeReference<org.web3j.abi.datatypes.generated.Bytes32>(true) {}, new TypeReference<org.web3j.abi.datatypes.generated.Bytes32>(true) {},
            new TypeReference<org.web3j.abi.datatypes.generated.Bytes32>() {}, new TypeReference<DynamicArray<Uint256>>() {},
            new TypeReference<Address>() {}));

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
     * {@code statement}, the number of output words, and for statement b the Poseidon commitment C_M that its proofs
     * carry as their last public input; its id is {@link #idOf}. The same registration twice is rejected.
     */
    public Verdict<Receipt> registerModel(Credentials from, Bytes32 model, Groth16VerifierContract verifier, Statement statement,
                                          int outputs, Fr modelCommitment) {
        return registerModel(from, model, verifier.address(), statement, outputs, verifier.vk().publicInputs(), modelCommitment);
    }

    /** {@link #registerModel(Credentials, Bytes32, Groth16VerifierContract, Statement, int, Fr)} naming any contract as the verifier. */
    public Verdict<Receipt> registerModel(Credentials from, Bytes32 model, String verifier, Statement statement, int outputs, int publicInputs,
                                          Fr modelCommitment) {
        BigInteger cm = statement == Statement.B ? modelCommitment.toBigInteger() : BigInteger.ZERO;
        String data = Abi.encode("registerModel", Abi.bytes32(model.bytes()), new Address(verifier),
                new Uint8(statement.ordinal()), new Uint16(outputs), new Uint16(publicInputs), new Uint256(cm));
        return sent(from, data);
    }

    /**
     * The id of a registration: keccak256(abi.encode(the verifier's code hash, statement, outputs, public inputs, C_M,
     * model)), computed here from the code at {@code verifier} — the id under which its inferences are recorded.
     */
    public Bytes32 idOf(Bytes32 model, String verifier, Statement statement, int outputs, int publicInputs, Fr modelCommitment) {
        BigInteger cm = statement == Statement.B ? modelCommitment.toBigInteger() : BigInteger.ZERO;
        String code;
        try {
            code = chain.web3j().ethGetCode(verifier, org.web3j.protocol.core.DefaultBlockParameterName.LATEST).send().getCode();
        } catch (IOException e) {
            throw new ChainException("eth_getCode " + verifier + " failed: " + e.getMessage(), false);
        }
        byte[] codeHash = org.zkopml.hash.Keccak256.hash(org.web3j.utils.Numeric.hexStringToByteArray(code));
        String encoded = org.web3j.abi.TypeEncoder.encode(new org.web3j.abi.datatypes.generated.Bytes32(codeHash))
                + org.web3j.abi.TypeEncoder.encode(new Uint256(statement.ordinal())) + org.web3j.abi.TypeEncoder.encode(new Uint256(outputs))
                + org.web3j.abi.TypeEncoder.encode(new Uint256(publicInputs)) + org.web3j.abi.TypeEncoder.encode(new Uint256(cm))
                + org.web3j.abi.TypeEncoder.encode(new org.web3j.abi.datatypes.generated.Bytes32(model.bytes()));
        return Bytes32.of(org.zkopml.hash.Keccak256.hash(org.web3j.utils.Numeric.hexStringToByteArray(encoded)));
    }

    /** {@link #idOf(Bytes32, String, Statement, int, int, Fr)} for a generated verifier. */
    public Bytes32 idOf(Bytes32 model, Groth16VerifierContract verifier, Statement statement, int outputs, Fr modelCommitment) {
        return idOf(model, verifier.address(), statement, outputs, verifier.vk().publicInputs(), modelCommitment);
    }

    /** Records the inference that {@code proof} proves for {@code publicInputs} under registration {@code id}: its receipt, or why it was rejected. */
    public Verdict<Receipt> record(Credentials from, Bytes32 id, Proof proof, List<Fr> publicInputs) {
        return sent(from, recordCalldata(id, Groth16VerifierContract.Call.of(proof, publicInputs)));
    }

    /** The same by eth_call (nothing recorded): the input's identifier, or why it would be rejected. */
    public Verdict<Bytes32> check(Bytes32 id, Proof proof, List<Fr> publicInputs) {
        Verdict<String> r = chain.callAll(address(), List.of(recordCalldata(id, Groth16VerifierContract.Call.of(proof, publicInputs)))).get(0);
        if (r.rejected()) return Verdict.reject(r.reason());
        @SuppressWarnings("rawtypes") List<Type> v = Abi.decode(r.value(), List.of(new TypeReference<org.web3j.abi.datatypes.generated.Bytes32>() {}));
        return Verdict.accept(Bytes32.of((byte[]) v.get(0).getValue()), "the registry would record this inference");
    }

    /**
     * The code hash of registration {@code id}'s verifier as recorded ({@code extcodehash}): compare it with
     * Keccak-256 of the runtime code of a verifier regenerated and compiled from the public verifying key.
     */
    public Bytes32 verifierCodeHash(Bytes32 id) {
        String r = chain.call(address(), Abi.encode("models", Abi.bytes32(id.bytes())));
        String hex = r.startsWith("0x") ? r.substring(2) : r;
        if (hex.length() < 64 * 9) throw new ChainException("models(" + id + "): a short answer", false);
        return Bytes32.fromHex("0x" + hex.substring(64 * 7, 64 * 8));
    }

    /** Whether (id, input) is recorded. */
    public boolean isRecorded(Bytes32 id, Bytes32 input) {
        String r = chain.call(address(), Abi.encode("isRecorded", Abi.bytes32(id.bytes()), Abi.bytes32(input.bytes())));
        return new BigInteger(r.substring(2), 16).signum() != 0;
    }

    /**
     * An {@code InferenceRecorded} event.
     *
     * @param id     the registration it was recorded under
     * @param model  the model that registration names
     * @param input  the input's identifier (its commitment for statement a, keccak256 of its words for b and c)
     * @param output the output words y
     * @param prover the account that recorded it
     */
    public record Recorded(Bytes32 id, Bytes32 model, Bytes32 input, List<BigInteger> output, String prover) {}

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
            List<Type> data = Abi.decode(log.getData(), List.of(new TypeReference<org.web3j.abi.datatypes.generated.Bytes32>() {},
                    new TypeReference<DynamicArray<Uint256>>() {}, new TypeReference<Address>() {}));
            List<BigInteger> y = new ArrayList<>();
            for (Object u : ((DynamicArray<?>) data.get(1)).getValue()) y.add(((Uint256) u).getValue());
            out.add(new Recorded(Bytes32.fromHex(log.getTopics().get(1)), Bytes32.of((byte[]) data.get(0).getValue()), Bytes32.fromHex(log.getTopics().get(2)),
                    y, data.get(2).toString()));
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

    static String recordCalldata(Bytes32 id, Groth16VerifierContract.Call c) {
        List<Uint256> p = new ArrayList<>();
        for (BigInteger w : c.proof()) p.add(new Uint256(w));
        List<Uint256> x = new ArrayList<>();
        for (BigInteger w : c.inputs()) x.add(new Uint256(w));
        return Abi.encode("record", Abi.bytes32(id.bytes()), new StaticArray8<>(Uint256.class, p), new DynamicArray<>(Uint256.class, x));
    }
}
