package org.zkopml.chain;

import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.TypeEncoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint32;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Credentials;
import org.web3j.utils.Numeric;
import org.zkopml.dispute.Claim;
import org.zkopml.dispute.Move;
import org.zkopml.dispute.Rules;
import org.zkopml.hash.Keccak256;
import org.zkopml.values.Bytes32;
import org.zkopml.values.Verdict;
import org.zkopml.vm.LayeredProgram;
import org.zkopml.vm.MemoryProof;
import org.zkopml.vm.OutputOpening;
import org.zkopml.vm.Program;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The facade of {@code contracts/src/BisectionGame.sol} (with {@code OptimisticSubmission.sol} and {@code Bonds.sol}
 * it inherits): models registered by their programs' image roots, tasks whose initial state the contract derives,
 * claims posted with a bond, any number of disputes per claim (one or two phases, per-move deadlines), finality
 * by anyone after the window, and credits withdrawn by their owners. It speaks the dispute package's values
 * ({@link Bytes32}, {@link Claim}, {@link Move}); every transaction returns its {@link Receipt}, and a revert throws
 * a {@link ChainException} with the contract's reason. Deployed from a {@link Rules}: the contract enforces the same
 * numbers as the Java referee.
 */
public final class BisectionGameContract {
    /** Claim status as the contract stores it. */
    public enum Status { NONE, OPEN, FINAL, REJECTED }

    /** Where a dispute stands: the submitter bisects or opens a layer, the challenger selects or proves; then resolved. */
    public enum Phase { LAYER_BISECTION, LAYER_OPENING, STEP_BISECTION, STEP_PROOF, RESOLVED }

    /** How a dispute was resolved. */
    public enum Ending { NONE, TIMEOUT, PADDING, ONE_STEP, CLAIM_REJECTED }

    private static final String REGISTER = "registerModel(bytes32,(bytes32,uint32,uint64,uint32),(bytes32,uint32,uint64,uint32)[])";

    private final LocalChain chain;
    private final LocalChain.Deployment deployment;
    private final Rules rules;

    private BisectionGameContract(LocalChain chain, LocalChain.Deployment deployment, Rules rules) {
        this.chain = chain;
        this.deployment = deployment;
        this.rules = rules;
    }

    /** k-ary, one or two phases, a one-hour window, ten minutes per move, bonds of 1 and 0.5 ether (in wei: within 2^60). */
    public static Rules rules(int k, int phases) {
        return new Rules(k, phases, 3_600, 600, BigInteger.TEN.pow(18).longValueExact(), BigInteger.TEN.pow(18).longValueExact() / 2);
    }

    /** Deploys a game under {@code rules} (bonds in wei, windows in seconds) that re-executes steps with the verifier at {@code oneStep}. */
    public static BisectionGameContract deploy(LocalChain chain, Credentials from, String oneStep, Rules rules) {
        String args = FunctionEncoder.encodeConstructor(List.of(new Address(oneStep), Abi.uint(rules.k()), Abi.uint(rules.phases()),
                Abi.uint(rules.challengeWindow()), Abi.uint(rules.responseWindow()), Abi.uint(rules.submitterBond()), Abi.uint(rules.challengerBond())));
        return new BisectionGameContract(chain, chain.deploy(from, Artifact.load("BisectionGame"), args), rules);
    }

    /** Its address. */
    public String address() {
        return deployment.address();
    }

    /** The deployment (address and receipt). */
    public LocalChain.Deployment deployment() {
        return deployment;
    }

    /** The rules it was deployed with. */
    public Rules rules() {
        return rules;
    }

    /** The chain it lives on. */
    public LocalChain chain() {
        return chain;
    }

    /** A task's, claim's or dispute's number and the receipt of the transaction that created it. */
    public record Posted(long id, Receipt receipt) {}

    // ---------------------------------------------------------------- models and tasks

    /** abi.encode(commitment, whole, layers): what registerModel takes and what its id hashes. */
    private static String modelEncoding(Bytes32 commitment, LayeredProgram model) {
        StringBuilder out = new StringBuilder(Numeric.cleanHexPrefix(commitment.hex()));
        program(out, model.whole());
        out.append(word(BigInteger.valueOf(6 * 32))); // the layers array's offset: after the 6 head words
        out.append(word(BigInteger.valueOf(model.layers().size())));
        for (Program p : model.layers()) program(out, p);
        return out.toString();
    }

    private static void program(StringBuilder out, Program p) {
        out.append(Numeric.cleanHexPrefix(p.imageRoot().hex())).append(word(BigInteger.valueOf(p.inputLength())))
                .append(word(BigInteger.valueOf(p.outputAddress()))).append(word(BigInteger.valueOf(p.outputLength())));
    }

    private static String word(BigInteger v) {
        return TypeEncoder.encode(new Uint256(v));
    }

    /** The id the contract gives {@code model} compiled from the model committed to by {@code commitment}: keccak256(abi.encode(commitment, whole, layers)). */
    public static Bytes32 modelId(Bytes32 commitment, LayeredProgram model) {
        return Bytes32.of(Keccak256.hash(Numeric.hexStringToByteArray(modelEncoding(commitment, model))));
    }

    /** registerModel(commitment, whole, layers): registers the compiled model by its programs' image roots (again: nothing happens). */
    public Receipt registerModel(Credentials from, Bytes32 commitment, LayeredProgram model) {
        String selector = Numeric.toHexString(Keccak256.hash(REGISTER.getBytes(java.nio.charset.StandardCharsets.US_ASCII))).substring(0, 10);
        return chain.send(from, address(), selector + modelEncoding(commitment, model), BigInteger.ZERO);
    }

    /** request(model, input): the task's number; the contract derives its initial state. */
    public Posted request(Credentials from, Bytes32 model, long[] input) {
        Receipt r = chain.send(from, address(), Abi.encode("request", Abi.bytes32(model.bytes()), Abi.int64s(input)), BigInteger.ZERO);
        return new Posted(count("taskCount") - 1, r);
    }

    /**
     * A task as stored.
     *
     * @param model        the model's id
     * @param inputRoot    the root of the input region holding the input
     * @param initialState the initial state hash the contract derived
     */
    public record TaskView(Bytes32 model, Bytes32 inputRoot, Bytes32 initialState) {}

    /** task(taskId). */
    public TaskView task(long taskId) {
        @SuppressWarnings("rawtypes") List<Type> v = Abi.decode(chain.call(address(), Abi.encode("task", Abi.uint(taskId))),
                List.of(bytes32(), bytes32(), bytes32()));
        return new TaskView(b32(v.get(0)), b32(v.get(1)), b32(v.get(2)));
    }

    // ---------------------------------------------------------------- claims

    /** The bytes of an opening as the contract reads them: the state's encoding, then one proof per output word. */
    public static byte[] opening(OutputOpening o) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(o.state());
        for (MemoryProof p : o.proofs()) out.writeBytes(p.encode());
        return out.toByteArray();
    }

    /** submit(taskId, claim) with the submitter's bond. */
    public Posted submit(Credentials from, long taskId, Claim claim) {
        return submit(from, taskId, claim.output(), claim.finalStateHash(), claim.steps(), opening(claim.opening()), BigInteger.valueOf(rules.submitterBond()));
    }

    /**
     * submit(taskId, output, finalState, steps, opening) sending {@code value} wei (the bond must be exact: anything else
     * reverts); {@code steps} is sent as the uint64 with the same 64 bits, so that a test can send any step count.
     */
    public Posted submit(Credentials from, long taskId, long[] output, Bytes32 finalState, long steps, byte[] opening, BigInteger value) {
        Receipt r = chain.send(from, address(), Abi.encode("submit", Abi.uint(taskId), Abi.int64s(output), Abi.bytes32(finalState.bytes()),
                new Uint64(BigInteger.valueOf(steps).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE))), new DynamicBytes(opening)), value);
        return new Posted(count("claimCount") - 1, r);
    }

    /** challenge(claimId) with the challenger's bond: the new dispute's number. */
    public Posted challenge(Credentials from, long claimId) {
        return challenge(from, claimId, BigInteger.valueOf(rules.challengerBond()));
    }

    /** {@link #challenge} sending {@code value} wei. */
    public Posted challenge(Credentials from, long claimId, BigInteger value) {
        Receipt r = chain.send(from, address(), Abi.encode("challenge", Abi.uint(claimId)), value);
        List<Long> ds = disputesOf(claimId);
        return new Posted(ds.get(ds.size() - 1), r);
    }

    /** finalize(claimId): anyone, after the window, with no dispute open. */
    public Receipt finalizeClaim(Credentials from, long claimId) {
        return chain.send(from, address(), Abi.encode("finalize", Abi.uint(claimId)), BigInteger.ZERO);
    }

    /** withdraw(): the sender's whole credit. */
    public Receipt withdraw(Credentials from) {
        return chain.send(from, address(), Abi.encode("withdraw"), BigInteger.ZERO);
    }

    // ---------------------------------------------------------------- disputes

    /** The transaction of {@code move} in dispute {@code disputeId} (a Challenge or a Finalize is not a move of one dispute). */
    public Receipt send(Credentials from, long disputeId, Move move) {
        Uint256 id = Abi.uint(disputeId);
        String data = move.accept(new Move.Visitor<>() {
            @Override
            public String visitBisect(Move.Bisect b) {
                return Abi.encode("bisect", id, Abi.hashes(b.hashes()));
            }

            @Override
            public String visitSelect(Move.Select s) {
                if (s.index() < 0) throw new ChainException("out of range: the index must be in [0, k]", true);
                return Abi.encode("select", id, Abi.uint(s.index()));
            }

            @Override
            public String visitOpenLayer(Move.OpenLayer o) {
                return Abi.encode("openLayer", id, Abi.int64s(o.output()), new Uint64(BigInteger.valueOf(o.steps()).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE))),
                        Abi.bytes32(o.finalStateHash().bytes()), new DynamicBytes(opening(o.opening())));
            }

            @Override
            public String visitProveStep(Move.ProveStep p) {
                return Abi.encode("proveStep", id, new DynamicBytes(p.witness()));
            }

            @Override
            public String visitTimeout(Move.Timeout t) {
                return Abi.encode("timeout", id);
            }

            @Override
            public String visitChallenge(Move.Challenge c) {
                throw notOfOneDispute(c);
            }

            @Override
            public String visitFinalize(Move.Finalize f) {
                throw notOfOneDispute(f);
            }
        });
        return chain.send(from, address(), data, BigInteger.ZERO);
    }

    private static IllegalArgumentException notOfOneDispute(Move move) {
        return new IllegalArgumentException(move.kind() + " is not a move of one dispute");
    }

    /** close(disputeId): anyone ends an open dispute of a rejected claim, returning its challenger's bond. */
    public Receipt close(Credentials from, long disputeId) {
        return chain.send(from, address(), Abi.encode("close", Abi.uint(disputeId)), BigInteger.ZERO);
    }

    /** Sends raw calldata (for tests of malformed calls). */
    public Receipt sendRaw(Credentials from, String data, BigInteger value) {
        return chain.send(from, address(), data, value);
    }

    // ---------------------------------------------------------------- views

    /**
     * A claim as stored.
     *
     * @param taskId       its task
     * @param submitter    the submitter's address
     * @param outputRoot   the region root of the claimed output
     * @param finalState   the claimed final state hash
     * @param steps        the claimed trace length
     * @param postedAt     the block time of its submission
     * @param windowEnd    the last second of its challenge window
     * @param status       open, final or rejected
     * @param openDisputes disputes not yet resolved
     * @param disputes     disputes opened
     */
    public record ClaimView(long taskId, String submitter, Bytes32 outputRoot, Bytes32 finalState, long steps, long postedAt, long windowEnd,
                            Status status, int openDisputes, int disputes) {}

    /** claimed(claimId). */
    public ClaimView claim(long claimId) {
        return claimView(chain.call(address(), claimCall(claimId)));
    }

    private static String claimCall(long claimId) {
        return Abi.encode("claimed", Abi.uint(claimId));
    }

    @SuppressWarnings("rawtypes")
    private static ClaimView claimView(String hex) {
        List<Type> v = Abi.decode(hex, List.of(uint256(), new TypeReference<Address>() {}, bytes32(), bytes32(), new TypeReference<Uint64>() {},
                new TypeReference<Uint64>() {}, new TypeReference<Uint64>() {}, new TypeReference<Uint8>() {}, new TypeReference<Uint32>() {},
                new TypeReference<Uint32>() {}));
        return new ClaimView(num(v.get(0)).longValueExact(), (String) v.get(1).getValue(), b32(v.get(2)), b32(v.get(3)), num(v.get(4)).longValueExact(),
                num(v.get(5)).longValueExact(), num(v.get(6)).longValueExact(), Status.values()[num(v.get(7)).intValueExact()],
                num(v.get(8)).intValueExact(), num(v.get(9)).intValueExact());
    }

    /** disputesOf(claimId): the disputes opened against a claim, in order. */
    @SuppressWarnings("rawtypes")
    public List<Long> disputesOf(long claimId) {
        List<Type> v = Abi.decode(chain.call(address(), Abi.encode("disputesOf", Abi.uint(claimId))), List.of(new TypeReference<DynamicArray<Uint256>>() {}));
        List<Long> out = new ArrayList<>();
        for (Object u : ((DynamicArray<?>) v.get(0)).getValue()) out.add(((Uint256) u).getValue().longValueExact());
        return out;
    }

    /**
     * A dispute as stored.
     *
     * @param claimId      its claim
     * @param challenger   the challenger's address
     * @param phase        where it stands
     * @param ending       how it ended (NONE while open)
     * @param submitterWon whether the submitter won it (when resolved)
     * @param time         the block time of its last accepted move
     * @param deadline     the last second of the current move
     * @param lo           agreed position
     * @param hi           disputed position
     * @param loHash       agreed commitment at lo
     * @param hiHash       the submitter's commitment at hi
     * @param inLayer      whether its instruction phase runs over one layer's program
     * @param layer        that layer
     * @param layerRounds  selections made in the layer phase
     * @param stepRounds   selections made in the instruction phase
     * @param disputedStep the step decided by one-step re-execution (0 if none)
     * @param proposal     the submitter's k commitments of the current round (empty before it posts them)
     * @param ruling       why it was resolved ("" while open)
     */
    public record DisputeView(long claimId, String challenger, Phase phase, Ending ending, boolean submitterWon, long time, long deadline,
                              long lo, long hi, Bytes32 loHash, Bytes32 hiHash, boolean inLayer, int layer, int layerRounds, int stepRounds,
                              long disputedStep, List<Bytes32> proposal, String ruling) {
        public DisputeView {
            proposal = List.copyOf(proposal);
        }
    }

    /** dispute(id), interval(id) and proposalOf(id), in one batch. */
    public DisputeView dispute(long disputeId) {
        return disputes(List.of(disputeId)).get(0);
    }

    /** {@link #dispute} of many disputes, in one JSON-RPC batch. */
    public List<DisputeView> disputes(List<Long> ids) {
        return read(-1, ids).disputes();
    }

    /**
     * A claim and some of its disputes, read together.
     *
     * @param claim    the claim (null when not asked for)
     * @param disputes the disputes asked for, in order
     */
    public record Snapshot(ClaimView claim, List<DisputeView> disputes) {}

    /** {@link #claim} and {@link #disputes} in one JSON-RPC batch. */
    public Snapshot snapshot(long claimId, List<Long> disputeIds) {
        return read(claimId, disputeIds);
    }

    @SuppressWarnings("rawtypes")
    private Snapshot read(long claimId, List<Long> ids) {
        List<String> calls = new ArrayList<>();
        if (claimId >= 0) calls.add(claimCall(claimId));
        for (long id : ids) {
            calls.add(Abi.encode("dispute", Abi.uint(id)));
            calls.add(Abi.encode("interval", Abi.uint(id)));
            calls.add(Abi.encode("proposalOf", Abi.uint(id)));
        }
        List<Verdict<String>> all = chain.callAll(address(), calls);
        ClaimView claim = claimId >= 0 ? claimView(answer(all.get(0))) : null;
        List<Verdict<String>> answers = claimId >= 0 ? all.subList(1, all.size()) : all;
        List<DisputeView> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            List<Type> d = Abi.decode(answer(answers.get(3 * i)), List.of(uint256(), new TypeReference<Address>() {}, new TypeReference<Uint8>() {},
                    new TypeReference<Uint8>() {}, new TypeReference<Bool>() {}, new TypeReference<Uint64>() {}, new TypeReference<Uint64>() {}));
            List<Type> in = Abi.decode(answer(answers.get(3 * i + 1)), List.of(new TypeReference<Uint64>() {}, new TypeReference<Uint64>() {}, bytes32(),
                    bytes32(), new TypeReference<Bool>() {}, new TypeReference<Uint32>() {}, new TypeReference<Uint32>() {},
                    new TypeReference<Uint32>() {}, new TypeReference<Uint64>() {}));
            List<Type> pr = Abi.decode(answer(answers.get(3 * i + 2)), List.of(new TypeReference<DynamicArray<org.web3j.abi.datatypes.generated.Bytes32>>() {},
                    new TypeReference<Utf8String>() {}));
            List<Bytes32> proposal = new ArrayList<>();
            for (Object h : ((DynamicArray<?>) pr.get(0)).getValue()) proposal.add(Bytes32.of(((org.web3j.abi.datatypes.generated.Bytes32) h).getValue()));
            out.add(new DisputeView(num(d.get(0)).longValueExact(), (String) d.get(1).getValue(), Phase.values()[num(d.get(2)).intValueExact()],
                    Ending.values()[num(d.get(3)).intValueExact()], (Boolean) d.get(4).getValue(), num(d.get(5)).longValueExact(),
                    num(d.get(6)).longValueExact(), num(in.get(0)).longValueExact(), num(in.get(1)).longValueExact(), b32(in.get(2)), b32(in.get(3)),
                    (Boolean) in.get(4).getValue(), num(in.get(5)).intValueExact(), num(in.get(6)).intValueExact(), num(in.get(7)).intValueExact(),
                    num(in.get(8)).longValueExact(), proposal, (String) pr.get(1).getValue()));
        }
        return new Snapshot(claim, out);
    }

    private static String answer(Verdict<String> v) {
        if (v.rejected()) throw new ChainException(v.reason(), true);
        return v.value();
    }

    /** credit(address): what the account may withdraw. */
    public BigInteger credit(String account) {
        return uintCall(Abi.encode("credit", new Address(account)));
    }

    /** held(): bonds in escrow plus credits not yet withdrawn (always the contract's balance). */
    public BigInteger held() {
        return uintCall(Abi.encode("held"));
    }

    /** A public constant or immutable of the contract by name (MAX_STEPS, MAX_K, challengeWindow, …). */
    public BigInteger constant(String name) {
        return uintCall(Abi.encode(name));
    }

    /** paddedLength(n) = (k+1)^⌈log_{k+1} n⌉, as the contract computes it. */
    public long paddedLength(long n) {
        @SuppressWarnings("rawtypes") List<Type> v = Abi.decode(chain.call(address(), Abi.encode("paddedLength", new Uint64(BigInteger.valueOf(n)))),
                List.of(new TypeReference<Uint64>() {}));
        return num(v.get(0)).longValueExact();
    }

    private long count(String fn) {
        return uintCall(Abi.encode(fn)).longValueExact();
    }

    private BigInteger uintCall(String data) {
        @SuppressWarnings("rawtypes") List<Type> v = Abi.decode(chain.call(address(), data), List.of(uint256()));
        return num(v.get(0));
    }

    private static TypeReference<?> uint256() {
        return new TypeReference<Uint256>() {};
    }

    private static TypeReference<?> bytes32() {
        return new TypeReference<org.web3j.abi.datatypes.generated.Bytes32>() {};
    }

    @SuppressWarnings("rawtypes")
    private static Bytes32 b32(Type t) {
        return Bytes32.of((byte[]) t.getValue());
    }

    @SuppressWarnings("rawtypes")
    private static BigInteger num(Type t) {
        return (BigInteger) t.getValue();
    }
}
