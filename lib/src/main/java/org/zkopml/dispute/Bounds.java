package org.zkopml.dispute;

/**
 * Every bound of the verification game, in one place: the Java referee ({@link Rules}, {@link Referee},
 * {@link Task}) enforces these numbers and the contracts ({@code contracts/src/OptimisticSubmission.sol},
 * {@code BisectionGame.sol}) declare the same ones as public constants, which the contract tests read back and
 * compare with these. Each is chosen so that no number the referee computes comes near an overflow, in a Java
 * {@code long} or in the contracts' {@code uint64} fields:
 * <ul>
 * <li>a claimed or opened trace has 1 to {@link #MAX_STEPS} = 2^48 steps (a month of the kit's VM at 10^8
 *     steps/s), so a padded length (k+1)^R stays below (k+1)·2^48 ≤ 2^55 and R ≤ 48;</li>
 * <li>1 ≤ k ≤ {@link #MAX_K} = 64 hashes per round (Arbitrum's dissection used up to 40);</li>
 * <li>windows (the challenge window, the response window per move) in [1, {@link #MAX_WINDOW}] = [1, 2^32]
 *     seconds (136 years);</li>
 * <li>bonds in [1, {@link #MAX_BOND}] = [1, 2^60] (wei on-chain: up to 1.15 ether), so any sum of bonds and
 *     balances stays below 2^63;</li>
 * <li>a claim is posted at a time ≤ {@link #MAX_TIME} = 2^62; a game accepts a few hundred moves, each at most
 *     2^32 after the last, so every deadline stays below 2^63 (the additions are checked anyway);</li>
 * <li>a model has 1 to {@link #MAX_LAYERS} = 256 layers and 1 to {@link #MAX_OUTPUT} = 64 output words (the
 *     final-state opening carries one Merkle proof per output word); the contract bounds each layer's output the
 *     same way when the game plays the layer phase, whose layer opening posts those words, and not otherwise.</li>
 * </ul>
 */
public final class Bounds {
    /** Longest claimed (or opened) trace: 2^48 steps. */
    public static final long MAX_STEPS = 1L << 48;
    /** Largest k, hashes per bisection round. */
    public static final int MAX_K = 64;
    /** Longest challenge or response window: 2^32 time units (seconds on-chain). */
    public static final long MAX_WINDOW = 1L << 32;
    /** Largest bond: 2^60 (wei on-chain). */
    public static final long MAX_BOND = 1L << 60;
    /** Latest time at which a claim may be posted: 2^62. */
    public static final long MAX_TIME = 1L << 62;
    /** Most layers of a model (the layer phase bisects over L + 2 commitments). */
    public static final int MAX_LAYERS = 256;
    /** Most output words of a program (and of a layer program). */
    public static final int MAX_OUTPUT = 64;

    private Bounds() {}
}
