package org.zkopml.r1cs;

import java.math.BigInteger;
import org.zkopml.field.Fr;

/**
 * The gadgets a quantized model's circuit is made of, each a few constraints written into a
 * {@link CircuitBuilder} with its witness. Integers live in F_r as themselves (negative v as r − v); every
 * gadget states the range its inputs must lie in, far below r/2, so that no comparison can wrap around.
 * <ul>
 *   <li>{@link #bool}: b · (1 − b) = 0 (1 constraint);</li>
 *   <li>{@link #bits}: v = Σ 2^i b_i with n boolean b_i (n + 1), which is also the range check v ∈ [0, 2^n);</li>
 *   <li>{@link #isNonNegative}, {@link #lessOrEqual}: the top bit of v + 2^(n−1) (n + 1);</li>
 *   <li>{@link #relu}: s · v with s = [v ≥ 0] (n + 2);</li>
 *   <li>{@link #requantize}: y = ⌊(v + 2^(s−1)) / 2^s⌋, round half up like the model's rule, by
 *       v + 2^(s−1) = y · 2^s + ρ with ρ ∈ [0, 2^s) and y range-checked (s + n + 1);</li>
 *   <li>{@link #argmax}: the first index of the maximum, by a one-hot selector e and
 *       m = Σ e_i x_i ≥ x_i + [i &lt; k] for every i.</li>
 * </ul>
 */
public final class Gadgets {
    private Gadgets() {}

    /** Enforces b ∈ {0, 1}: b · (1 − b) = 0. */
    public static void bool(CircuitBuilder cb, LinearCombination b, String gadget) {
        cb.enforce(b, CircuitBuilder.constant(1).minus(b), LinearCombination.ZERO, gadget + ": boolean");
    }

    /**
     * n fresh boolean wires holding the low n bits of the value v (as an integer in [0, r)), least significant
     * first, without tying them to v: n constraints.
     */
    public static LinearCombination[] freshBits(CircuitBuilder cb, Fr v, int n, String gadget) {
        BigInteger x = v.toBigInteger();
        LinearCombination[] bits = new LinearCombination[n];
        for (int i = 0; i < n; i++) {
            bits[i] = cb.witness(x.testBit(i) ? Fr.ONE : Fr.ZERO);
            bool(cb, bits[i], gadget);
        }
        return bits;
    }

    /** Σ 2^i · bits_i (a linear combination, no constraint). */
    public static LinearCombination pack(LinearCombination[] bits) {
        LinearCombination acc = LinearCombination.ZERO;
        Fr power = Fr.ONE;
        Fr two = Fr.of(2);
        for (LinearCombination b : bits) {
            acc = acc.plus(b.times(power));
            power = power.mul(two);
        }
        return acc;
    }

    /**
     * Bit decomposition and range check: n boolean wires with Σ 2^i b_i = v (n + 1 constraints). Satisfiable
     * exactly when v ∈ [0, 2^n); for a value outside, the witness written is wrong and the checker names this
     * gadget's sum.
     */
    public static LinearCombination[] bits(CircuitBuilder cb, LinearCombination v, int n, String gadget) {
        checkWidth(n);
        LinearCombination[] bits = freshBits(cb, cb.value(v), n, gadget);
        cb.enforceEqual(pack(bits), v, gadget + ": sum of bits");
        return bits;
    }

    /** Range check v ∈ [−2^(n−1), 2^(n−1)): the bits of v + 2^(n−1) (n + 1 constraints); returns those bits. */
    public static LinearCombination[] signedRange(CircuitBuilder cb, LinearCombination v, int n, String gadget) {
        return bits(cb, v.plus(CircuitBuilder.constant(Fr.of(offset(n)))), n, gadget);
    }

    /** [v ≥ 0] for v ∈ [−2^(n−1), 2^(n−1)): the top bit of v + 2^(n−1) (n + 1 constraints). */
    public static LinearCombination isNonNegative(CircuitBuilder cb, LinearCombination v, int n, String gadget) {
        LinearCombination[] b = signedRange(cb, v, n, gadget);
        return b[n - 1];
    }

    /** [x ≤ y] for |y − x| &lt; 2^(n−1): {@link #isNonNegative}(y − x). */
    public static LinearCombination lessOrEqual(CircuitBuilder cb, LinearCombination x, LinearCombination y, int n, String gadget) {
        return isNonNegative(cb, y.minus(x), n, gadget);
    }

    /** max(v, 0) for v ∈ [−2^(n−1), 2^(n−1)): [v ≥ 0] · v (n + 2 constraints). */
    public static LinearCombination relu(CircuitBuilder cb, LinearCombination v, int n) {
        LinearCombination s = isNonNegative(cb, v, n, "relu: sign");
        return cb.mul(s, v, "relu: select");
    }

    /**
     * The model's requantization y = (v + 2^(s−1)) >> s (arithmetic shift: ⌊(v + 2^(s−1)) / 2^s⌋, ties
     * rounded up) for an output known to lie in [−2^(n−1), 2^(n−1)): witnesses y and the remainder ρ, with
     * v + 2^(s−1) = y · 2^s + ρ, ρ ∈ [0, 2^s) (s bits) and y + 2^(n−1) ∈ [0, 2^n) (n bits): s + n + 1
     * constraints, and y is then the only solution. Shift 0 is the identity (no constraint).
     */
    public static LinearCombination requantize(CircuitBuilder cb, LinearCombination v, int shift, int n) {
        if (shift == 0) return v;
        checkWidth(n);
        BigInteger half = BigInteger.ONE.shiftLeft(shift - 1);
        BigInteger shifted = cb.signedValue(v).add(half);
        BigInteger y = shifted.shiftRight(shift);                 // floor division by 2^shift, as >> on long
        BigInteger rho = shifted.subtract(y.shiftLeft(shift));
        LinearCombination[] rBits = freshBits(cb, Fr.of(rho), shift, "requantize: remainder");
        LinearCombination[] yBits = freshBits(cb, Fr.of(y.add(offset(n))), n, "requantize: quotient");
        LinearCombination yLc = pack(yBits).minus(CircuitBuilder.constant(Fr.of(offset(n))));
        LinearCombination rhs = yLc.times(Fr.of(BigInteger.ONE.shiftLeft(shift))).plus(pack(rBits));
        cb.enforceEqual(v.plus(CircuitBuilder.constant(Fr.of(half))), rhs, "requantize: v + 2^(s-1) = y·2^s + ρ");
        return yLc;
    }

    /**
     * The first index k of the maximum of x_0..x_{m−1}, each in [−2^(n−1), 2^(n−1)): a one-hot selector e
     * (m booleans, Σ e_i = 1), the maximum μ = Σ e_i · x_i, and for every i the range check
     * μ − x_i − [i &lt; k] ∈ [0, 2^n) where [i &lt; k] = Σ_{j > i} e_j. So x_k is at least every value and
     * strictly above those before it. Returns k = Σ i · e_i (a linear combination).
     */
    public static LinearCombination argmax(CircuitBuilder cb, LinearCombination[] x, int n) {
        checkWidth(n);
        int m = x.length;
        int best = 0;
        BigInteger bestValue = cb.signedValue(x[0]);
        for (int i = 1; i < m; i++) {
            BigInteger v = cb.signedValue(x[i]);
            if (v.compareTo(bestValue) > 0) {
                best = i;
                bestValue = v;
            }
        }
        LinearCombination[] e = new LinearCombination[m];
        LinearCombination sum = LinearCombination.ZERO;
        LinearCombination index = LinearCombination.ZERO;
        LinearCombination max = LinearCombination.ZERO;
        for (int i = 0; i < m; i++) {
            e[i] = cb.witness(i == best ? Fr.ONE : Fr.ZERO);
            bool(cb, e[i], "argmax: selector");
            sum = sum.plus(e[i]);
            index = index.plus(e[i].times(Fr.of(i)));
            max = max.plus(cb.mul(e[i], x[i], "argmax: selected value"));
        }
        cb.enforceEqual(sum, CircuitBuilder.constant(1), "argmax: one selector");
        LinearCombination after = LinearCombination.ZERO;        // Σ_{j > i} e_j, built from the end
        LinearCombination[] strict = new LinearCombination[m];
        for (int i = m - 1; i >= 0; i--) {
            strict[i] = after;
            after = after.plus(e[i]);
        }
        for (int i = 0; i < m; i++) {
            bits(cb, max.minus(x[i]).minus(strict[i]), n, "argmax: max ≥ x_" + i + (i == 0 ? "" : " (> before k)"));
        }
        return index;
    }

    private static BigInteger offset(int n) {
        return BigInteger.ONE.shiftLeft(n - 1);
    }

    private static void checkWidth(int n) {
        if (n < 1 || n > 250) throw new IllegalArgumentException("a range of " + n + " bits is outside 1..250");
    }
}
