package org.zkopml.chain;

import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint32;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Credentials;

import java.math.BigInteger;
import java.util.List;

/**
 * The facade of {@code contracts/src/BisectionGame.sol} (with {@code OptimisticSubmission.sol} and
 * {@code Bonds.sol} it inherits): tasks, claims posted with a bond, the challenge window, the k-ary
 * bisection with per-move deadlines, the one-step proof and the bonds. Every transaction returns its
 * {@link Receipt}; a revert throws a {@link ChainException} with the contract's reason.
 */
public final class DisputeGameContract {
    /**
     * The game's constructor parameters.
     *
     * @param k               hashes per bisection round, 1 ≤ k ≤ 64
     * @param challengeWindow seconds after a claim during which it can be challenged
     * @param responseWindow  seconds each move may take
     * @param submitterBond   wei
     * @param challengerBond  wei
     */
    public record Params(int k, long challengeWindow, long responseWindow, BigInteger submitterBond, BigInteger challengerBond) {
        /** k-ary, a one-hour window, ten minutes per move, bonds of 1 and 0.5 ETH. */
        public static Params of(int k) {
            return new Params(k, 3_600, 600, BigInteger.TEN.pow(18), BigInteger.TEN.pow(18).divide(BigInteger.TWO));
        }
    }

    /** Claim status as the contract stores it. */
    public enum Status { NONE, OPEN, DISPUTED, RESOLVED }

    /** Whose move: the submitter bisects, the challenger selects, then proves the last step. */
    public enum Turn { BISECT, SELECT, PROVE }

    /**
     * Where a claim stands.
     *
     * @param status  its status
     * @param winner  the winner's address (the zero address before the claim is resolved)
     * @param ruling  why it was resolved ("" before)
     */
    public record Standing(Status status, String winner, String ruling) {}

    /**
     * A dispute's state on-chain.
     *
     * @param challenger the challenger
     * @param turn       whose move
     * @param deadline   last second of the current move
     * @param lo         agreed position
     * @param hi         disputed position
     * @param loHash     agreed hash at lo
     * @param hiHash     the submitter's hash at hi
     * @param rounds     selections made
     */
    public record Interval(String challenger, Turn turn, long deadline, long lo, long hi, byte[] loHash, byte[] hiHash, int rounds) {}

    private final LocalChain chain;
    private final LocalChain.Deployment deployment;
    private final Params params;

    private DisputeGameContract(LocalChain chain, LocalChain.Deployment deployment, Params params) {
        this.chain = chain;
        this.deployment = deployment;
        this.params = params;
    }

    /** Deploys a game that re-executes steps with the verifier at {@code oneStep}. */
    public static DisputeGameContract deploy(LocalChain chain, Credentials from, String oneStep, Params p) {
        String args = FunctionEncoder.encodeConstructor(List.of(new Address(oneStep), Abi.uint(p.k()), Abi.uint(p.challengeWindow()),
                Abi.uint(p.responseWindow()), new Uint256(p.submitterBond()), new Uint256(p.challengerBond())));
        return new DisputeGameContract(chain, chain.deploy(from, Artifact.load("BisectionGame"), args), p);
    }

    /** Its address. */
    public String address() {
        return deployment.address();
    }

    /** The deployment (address and receipt). */
    public LocalChain.Deployment deployment() {
        return deployment;
    }

    /** The parameters it was deployed with. */
    public Params params() {
        return params;
    }

    /** A task's number and the receipt of its request. */
    public record Posted(long id, Receipt receipt) {}

    /** request(model, input, initialState, outputAddress, outputLength), sent by the requester. */
    public Posted request(Credentials from, byte[] model, long[] input, byte[] initialState, long outputAddress, int outputLength) {
        Receipt r = chain.send(from, address(), Abi.encode("request", Abi.bytes32(model), Abi.int64s(input), Abi.bytes32(initialState),
                new Uint64(outputAddress), new Uint32(outputLength)), BigInteger.ZERO);
        return new Posted(count("taskCount") - 1, r);
    }

    /** submit(taskId, output, finalState, steps, opening) with the submitter's bond. */
    public Posted submit(Credentials from, long taskId, long[] output, byte[] finalState, long steps, byte[] opening) {
        return submit(from, taskId, output, finalState, steps, opening, params.submitterBond());
    }

    /** {@link #submit} sending {@code value} wei (the bond must be exact: anything else reverts). */
    public Posted submit(Credentials from, long taskId, long[] output, byte[] finalState, long steps, byte[] opening, BigInteger value) {
        Receipt r = chain.send(from, address(), Abi.encode("submit", Abi.uint(taskId), Abi.int64s(output), Abi.bytes32(finalState),
                new Uint64(BigInteger.valueOf(steps)), new DynamicBytes(opening)), value);
        return new Posted(count("claimCount") - 1, r);
    }

    /** challenge(claimId) with the challenger's bond. */
    public Receipt challenge(Credentials from, long claimId) {
        return challenge(from, claimId, params.challengerBond());
    }

    /** {@link #challenge} sending {@code value} wei. */
    public Receipt challenge(Credentials from, long claimId, BigInteger value) {
        return chain.send(from, address(), Abi.encode("challenge", Abi.uint(claimId)), value);
    }

    /** bisect(claimId, hashes): the submitter's k hashes. */
    public Receipt bisect(Credentials from, long claimId, List<byte[]> hashes) {
        return chain.send(from, address(), Abi.encode("bisect", Abi.uint(claimId), Abi.bytes32s(hashes)), BigInteger.ZERO);
    }

    /** select(claimId, index): the challenger's choice of part. */
    public Receipt select(Credentials from, long claimId, int index) {
        return chain.send(from, address(), Abi.encode("select", Abi.uint(claimId), Abi.uint(index)), BigInteger.ZERO);
    }

    /** proveStep(claimId, witness): the one-step proof. */
    public Receipt proveStep(Credentials from, long claimId, byte[] witness) {
        return chain.send(from, address(), Abi.encode("proveStep", Abi.uint(claimId), new DynamicBytes(witness)), BigInteger.ZERO);
    }

    /** timeout(claimId), by the waiting party. */
    public Receipt timeout(Credentials from, long claimId) {
        return chain.send(from, address(), Abi.encode("timeout", Abi.uint(claimId)), BigInteger.ZERO);
    }

    /** finalize(claimId), by the submitter after an unchallenged window. */
    public Receipt finalizeClaim(Credentials from, long claimId) {
        return chain.send(from, address(), Abi.encode("finalize", Abi.uint(claimId)), BigInteger.ZERO);
    }

    /** claimBond(claimId), by the winner. */
    public Receipt claimBond(Credentials from, long claimId) {
        return chain.send(from, address(), Abi.encode("claimBond", Abi.uint(claimId)), BigInteger.ZERO);
    }

    /** Sends raw calldata (for tests of malformed calls). */
    public Receipt sendRaw(Credentials from, String data, BigInteger value) {
        return chain.send(from, address(), data, value);
    }

    /** standing(claimId). */
    public Standing standing(long claimId) {
        @SuppressWarnings("rawtypes") List<Type> v = Abi.decode(chain.call(address(), Abi.encode("standing", Abi.uint(claimId))),
                List.of(new TypeReference<Uint8>() {}, new TypeReference<Address>() {}, new TypeReference<Utf8String>() {}));
        return new Standing(Status.values()[((BigInteger) v.get(0).getValue()).intValueExact()], (String) v.get(1).getValue(), (String) v.get(2).getValue());
    }

    /** interval(claimId). */
    public Interval interval(long claimId) {
        @SuppressWarnings("rawtypes") List<Type> v = Abi.decode(chain.call(address(), Abi.encode("interval", Abi.uint(claimId))),
                List.of(new TypeReference<Address>() {}, new TypeReference<Uint8>() {}, new TypeReference<Uint64>() {},
                        new TypeReference<Uint64>() {}, new TypeReference<Uint64>() {}, new TypeReference<Bytes32>() {},
                        new TypeReference<Bytes32>() {}, new TypeReference<Uint32>() {}));
        return new Interval((String) v.get(0).getValue(), Turn.values()[num(v.get(1)).intValueExact()], num(v.get(2)).longValueExact(),
                num(v.get(3)).longValueExact(), num(v.get(4)).longValueExact(), (byte[]) v.get(5).getValue(), (byte[]) v.get(6).getValue(),
                num(v.get(7)).intValueExact());
    }

    /** held(): the escrow the contract still holds (always its balance). */
    public BigInteger held() {
        return uintCall("held");
    }

    /** paddedLength(n) = (k+1)^⌈log_{k+1} n⌉, as the contract computes it. */
    public long paddedLength(long n) {
        @SuppressWarnings("rawtypes") List<Type> v = Abi.decode(chain.call(address(), Abi.encode("paddedLength", new Uint64(BigInteger.valueOf(n)))),
                List.of(new TypeReference<Uint64>() {}));
        return num(v.get(0)).longValueExact();
    }

    private long count(String fn) {
        return uintCall(fn).longValueExact();
    }

    private BigInteger uintCall(String fn) {
        @SuppressWarnings("rawtypes") List<Type> v = Abi.decode(chain.call(address(), Abi.encode(fn)), List.of(new TypeReference<Uint256>() {}));
        return num(v.get(0));
    }

    @SuppressWarnings("rawtypes")
    private static BigInteger num(Type t) {
        return (BigInteger) t.getValue();
    }
}
