package org.zkopml.groth16;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.zkopml.curve.GroupElement;
import org.zkopml.field.Fr;

/**
 * Powers of τ "in the exponent" turned into the Lagrange basis of a domain H = ⟨ω⟩ of size N = 2^k, as
 * snarkjs's {@code powersoftau prepare phase2} does: with L_i(X) = (1/N)·Σ_k ω^(−ik)·X^k, the points
 * [L_i(τ)] = (1/N)·Σ_k ω^(−ik)·[τ^k] are an inverse NTT whose "coefficients" are group elements — additions,
 * and multiplications by the twiddles ω^(−j) — so nobody needs τ. A setup then writes each wire's
 * [u_j(τ)] = Σ_i A_ij·[L_i(τ)] without any FFT of its own.
 */
final class LagrangeBasis {
    private LagrangeBasis() {
    }

    /** [L_0(τ)] … [L_(N−1)(τ)] from [τ^0] … [τ^(N−1)] (N a power of two, at most 2^28). */
    static <P extends GroupElement<P>> List<P> fromPowers(List<P> powers) {
        int n = powers.size();
        if (n == 0 || Integer.bitCount(n) != 1) throw new IllegalArgumentException("the domain size must be a power of two, got " + n);
        if (n == 1) return List.of(powers.get(0));
        int log = Integer.numberOfTrailingZeros(n);
        List<P> a = new ArrayList<>(powers);
        for (int i = 0; i < n; i++) {
            int j = Integer.reverse(i) >>> (32 - log);
            if (i < j) {
                P t = a.get(i);
                a.set(i, a.get(j));
                a.set(j, t);
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            Fr step = Fr.rootOfUnity(Integer.numberOfTrailingZeros(len)).inverse();
            Fr[] twiddle = new Fr[len / 2];
            twiddle[0] = Fr.ONE;
            for (int t = 1; t < len / 2; t++) twiddle[t] = twiddle[t - 1].mul(step);
            int half = len / 2, blocks = n / len, size = len;
            List<P> src = a;
            @SuppressWarnings("unchecked")
            P[] out = (P[]) new GroupElement[n];
            IntStream.range(0, blocks * half).parallel().forEach(idx -> {
                int start = (idx / half) * size, t = idx % half;
                P u = src.get(start + t), v = src.get(start + t + half);
                P w = t == 0 ? v : v.mul(twiddle[t]);
                out[start + t] = u.add(w);
                out[start + t + half] = u.add(w.neg());
            });
            a = java.util.Arrays.asList(out);
        }
        Fr nInv = Fr.of(n).inverse();
        List<P> scaled = a;
        @SuppressWarnings("unchecked")
        P[] result = (P[]) new GroupElement[n];
        IntStream.range(0, n).parallel().forEach(i -> result[i] = scaled.get(i).mul(nInv));
        return List.of(result);
    }
}
