package org.zkopml.sumcheck;

import org.zkopml.field.Fr;

import java.util.List;

/**
 * The prover's message in one sumcheck round j: the univariate polynomial
 * <pre>
 *   g_j(t) = Σ_{b ∈ {0,1}^(n−j)} f(r₁, …, r_(j−1), t, b)
 * </pre>
 * given by its values g_j(0), g_j(1), …, g_j(d) at the d + 1 points 0..d, where d is the degree of f in
 * each variable (the number of multilinear factors of the product). The verifier checks
 * g_j(0) + g_j(1) against the running claim and evaluates g_j at its challenge by Lagrange interpolation.
 *
 * @param evaluations g_j(0), …, g_j(d)
 */
public record RoundMessage(List<Fr> evaluations) {
    /** Copies the list; at least two values (degree ≥ 1). */
    public RoundMessage {
        if (evaluations == null || evaluations.size() < 2) {
            throw new IllegalArgumentException("a round message needs g(0), g(1), …: at least 2 values");
        }
        evaluations = List.copyOf(evaluations);
    }

    /** The degree bound d (one less than the number of values). */
    public int degree() {
        return evaluations.size() - 1;
    }

    /** g(0) + g(1), the sum the verifier compares with the running claim. */
    public Fr sumOverBit() {
        return evaluations.get(0).add(evaluations.get(1));
    }

    /** g(x) by Lagrange interpolation through (0, g(0)), …, (d, g(d)). */
    public Fr at(Fr x) {
        return interpolate(evaluations, x);
    }

    /** The polynomial through (i, values[i]), i = 0..d, at x: Σ_i values[i]·∏_{k≠i} (x − k)/(i − k). */
    public static Fr interpolate(List<Fr> values, Fr x) {
        int d = values.size() - 1;
        Fr[] xMinus = new Fr[d + 1];
        for (int k = 0; k <= d; k++) {
            xMinus[k] = x.sub(Fr.of(k));
            if (xMinus[k].isZero()) return values.get(k);
        }
        Fr sum = Fr.ZERO;
        for (int i = 0; i <= d; i++) {
            Fr num = Fr.ONE;
            long den = 1;
            for (int k = 0; k <= d; k++) {
                if (k == i) continue;
                num = num.mul(xMinus[k]);
                den *= (i - k);
            }
            sum = sum.add(values.get(i).mul(num).mul(inverse(den)));
        }
        return sum;
    }

    private static final java.util.concurrent.ConcurrentHashMap<Long, Fr> INVERSES = new java.util.concurrent.ConcurrentHashMap<>();

    /** 1/den for the small denominators of Lagrange interpolation at 0..d (cached: they repeat in every round). */
    private static Fr inverse(long den) {
        return INVERSES.computeIfAbsent(den, x -> Fr.of(x).inverse());
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("g(0..").append(degree()).append(") = [");
        for (int i = 0; i < evaluations.size(); i++) b.append(i == 0 ? "" : ", ").append(Sumcheck.show(evaluations.get(i)));
        return b.append(']').toString();
    }
}
