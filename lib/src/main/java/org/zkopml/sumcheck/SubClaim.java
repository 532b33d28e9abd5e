package org.zkopml.sumcheck;

import org.zkopml.field.Fr;

import java.util.List;

/**
 * What a sumcheck leaves to be checked by someone else: {@code f(point) = value}, one evaluation of f at
 * the verifier's random point (r₁, …, r_n). The verifier of the sumcheck has only checked the rounds'
 * consistency; the claim is sound once this evaluation is checked (by evaluating f directly, by opening
 * a commitment, or by the next layer's sumcheck, GKR-style).
 *
 * @param point the challenges r₁, …, r_n, in round order
 * @param value the value f must take there
 */
public record SubClaim(List<Fr> point, Fr value) {
    /** Copies the point. */
    public SubClaim {
        point = List.copyOf(point);
        if (value == null) throw new IllegalArgumentException("a sub-claim needs a value");
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("f(");
        for (int i = 0; i < point.size(); i++) b.append(i == 0 ? "" : ", ").append(Sumcheck.show(point.get(i)));
        return b.append(") = ").append(Sumcheck.show(value)).toString();
    }
}
