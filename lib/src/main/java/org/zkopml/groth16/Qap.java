package org.zkopml.groth16;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.zkopml.field.Fr;
import org.zkopml.field.LimbArithmetic;
import org.zkopml.poly.EvaluationDomain;
import org.zkopml.poly.Polynomial;
import org.zkopml.r1cs.Constraint;
import org.zkopml.r1cs.ConstraintSystem;
import org.zkopml.r1cs.LinearCombination;

/**
 * The quadratic arithmetic program of a rank-1 constraint system (Gennaro–Gentry–Parno–Raykova 2013): row i of
 * the matrices A, B, C becomes the point ωⁱ of a multiplicative subgroup H = ⟨ω⟩ of size n, and wire j the
 * polynomials u_j, v_j, w_j of degree &lt; n with u_j(ωⁱ) = A[i][j] (likewise B, C). A witness w satisfies the
 * system iff
 *
 * <pre>
 *   P(X) = (Σ w_j u_j(X)) · (Σ w_j v_j(X)) − Σ w_j w_j(X)   vanishes on H,   i.e.   P = h · Z_H,  Z_H = Xⁿ − 1.
 * </pre>
 *
 * <p>Rows: the m constraints, then one row per public wire s = 0..ℓ with A = w_s and B = C = 0 (they make the
 * u_s of the public wires linearly independent, which Groth16's soundness needs; snarkjs and arkworks add the
 * same rows), so n is the least power of two above m + ℓ. Never interpolates in O(n²): the prover works on
 * evaluations and moves between bases with the NTT ({@link EvaluationDomain}); the quotient is evaluated on
 * the coset s·H with s = ω_{2n} (a primitive 2n-th root of unity, so the points s·ωⁱ are the odd powers of
 * ω_{2n}), where Z_H(s·ωⁱ) = sⁿ − 1 = −2 is a non-zero constant. Like snarkjs, the prover hands the values
 * P(s·ωⁱ) to an MSM with the points L^{(2n)}_{2i+1}(τ)/δ·G1 (Lagrange basis of the 2n-domain at odd indices):
 * P has degree &lt; 2n and vanishes on the even points, so Σ P(s·ωⁱ)·L_{2i+1}(τ) = P(τ) = h(τ)·Z_H(τ).
 *
 * <p>A QAP from a {@code .zkey} knows only A and B (snarkjs stores no C): it takes C = A∘B row by row, which
 * equals the real C on rows a satisfying witness satisfies. Immutable.
 */
public final class Qap {
    private final EvaluationDomain domain;
    private final int wires;
    private final int publicWires;
    /** Sparse rows of A, B, C: rows[i] the terms of row i (wire, coefficient pairs). */
    private final Row[] a, b, c;
    private final boolean cFromAB;

    record Row(int[] wires, Fr[] coefficients) {
        Fr evaluate(Fr[] w) {
            Fr acc = Fr.ZERO;
            for (int t = 0; t < wires.length; t++) acc = acc.add(coefficients[t].mul(w[wires[t]]));
            return acc;
        }

        static Row of(LinearCombination lc) {
            int[] ws = new int[lc.size()];
            Fr[] cs = new Fr[lc.size()];
            for (int t = 0; t < ws.length; t++) {
                ws[t] = lc.wireAt(t);
                cs[t] = lc.coefficientAt(t);
            }
            return new Row(ws, cs);
        }
    }

    private static final Row EMPTY = new Row(new int[0], new Fr[0]);

    private Qap(EvaluationDomain domain, int wires, int publicWires, Row[] a, Row[] b, Row[] c, boolean cFromAB) {
        this.domain = domain;
        this.wires = wires;
        this.publicWires = publicWires;
        this.a = a;
        this.b = b;
        this.c = c;
        this.cFromAB = cFromAB;
    }

    /** The least power of two above m + ℓ: the rows of the m constraints and of the ℓ + 1 public wires. */
    public static int domainSize(int constraints, int publicWires) {
        int rows = constraints + publicWires + 1;
        int n = 1;
        while (n < rows) n <<= 1;
        return n;
    }

    /** The QAP of a constraint system (its constraints, then the public-wire rows). */
    public static Qap of(ConstraintSystem system) {
        int l = system.publicWires();
        int m = system.size();
        EvaluationDomain d = EvaluationDomain.ofSize(domainSize(m, l));
        Row[] a = new Row[d.size()], b = new Row[d.size()], c = new Row[d.size()];
        Arrays.fill(a, EMPTY);
        Arrays.fill(b, EMPTY);
        Arrays.fill(c, EMPTY);
        for (int i = 0; i < m; i++) {
            Constraint k = system.constraints().get(i);
            a[i] = Row.of(k.a());
            b[i] = Row.of(k.b());
            c[i] = Row.of(k.c());
        }
        for (int s = 0; s <= l; s++) a[m + s] = new Row(new int[] {s}, new Fr[] {Fr.ONE});
        return new Qap(d, system.wires(), l, a, b, c, false);
    }

    /**
     * The QAP of snarkjs's coefficient list (a {@code .zkey}'s section 4): terms (matrix 0 = A or 1 = B, row,
     * wire, coefficient); C is taken as A∘B.
     */
    static Qap fromCoefficients(int domainSize, int wires, int publicWires, int[] matrix, int[] row, int[] wire, Fr[] coef) {
        EvaluationDomain d = EvaluationDomain.ofSize(domainSize);
        int[] start = new int[2 * domainSize + 1];                // terms grouped by (matrix, row): a counting sort
        for (int t = 0; t < matrix.length; t++) start[matrix[t] * domainSize + row[t] + 1]++;
        for (int k = 0; k < 2 * domainSize; k++) start[k + 1] += start[k];
        int[] pos = Arrays.copyOf(start, 2 * domainSize), order = new int[matrix.length];
        for (int t = 0; t < matrix.length; t++) order[pos[matrix[t] * domainSize + row[t]]++] = t;
        Row[] a = new Row[domainSize], b = new Row[domainSize], c = new Row[domainSize];
        for (int k = 0; k < 2 * domainSize; k++) {
            int from = start[k], to = start[k + 1];
            Row r = EMPTY;
            if (to > from) {
                int[] ws = new int[to - from];
                Fr[] cs = new Fr[to - from];
                for (int t = from; t < to; t++) {
                    ws[t - from] = wire[order[t]];
                    cs[t - from] = coef[order[t]];
                }
                r = new Row(ws, cs);
            }
            if (k < domainSize) a[k] = r; else b[k - domainSize] = r;
        }
        Arrays.fill(c, EMPTY);
        return new Qap(d, wires, publicWires, a, b, c, true);
    }

    /** Row i of A (matrix 0), B (1) or C (2), for writing a {@code .zkey} and deriving a key from powers of tau. */
    Row row(int matrix, int i) {
        return matrix == 0 ? a[i] : matrix == 1 ? b[i] : c[i];
    }

    /** The domain H of size n. */
    public EvaluationDomain domain() {
        return domain;
    }

    /** The number of wires (w_0 included). */
    public int wires() {
        return wires;
    }

    /** ℓ: the number of public wires after w_0. */
    public int publicWires() {
        return publicWires;
    }

    /** Whether C is taken as A∘B (a QAP read from a {@code .zkey}). */
    public boolean cFromAB() {
        return cFromAB;
    }

    /**
     * The witness's three polynomials in evaluation form on H: (⟨A_i, w⟩, ⟨B_i, w⟩, ⟨C_i, w⟩) for every row i.
     *
     * @param a Σ w_j u_j(ωⁱ)
     * @param b Σ w_j v_j(ωⁱ)
     * @param c Σ w_j w_j(ωⁱ)
     */
    public record RowValues(List<Fr> a, List<Fr> b, List<Fr> c) {
        public RowValues {
            a = List.copyOf(a);
            b = List.copyOf(b);
            c = List.copyOf(c);
        }
    }

    /** The row values of a witness (w.length must be the number of wires). */
    public RowValues rowValues(Fr[] w) {
        checkWitness(w);
        int n = domain.size();
        Fr[] va = new Fr[n], vb = new Fr[n], vc = new Fr[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            va[i] = a[i].evaluate(w);
            vb[i] = b[i].evaluate(w);
            vc[i] = cFromAB ? va[i].mul(vb[i]) : c[i].evaluate(w);
        });
        return new RowValues(Arrays.asList(va), Arrays.asList(vb), Arrays.asList(vc));
    }

    private void checkWitness(Fr[] w) {
        if (w.length != wires) throw new IllegalArgumentException("the witness has " + w.length + " values, the QAP " + wires + " wires");
    }

    /** s = ω_{2n}: the shift of the coset on which the quotient is evaluated. */
    public Fr cosetShift() {
        return Fr.rootOfUnity(domain.log2Size() + 1);
    }

    /**
     * P(s·ωⁱ) = A(s·ωⁱ)·B(s·ωⁱ) − C(s·ωⁱ) for i &lt; n (s = ω_{2n}): three inverse NTTs to coefficients, three
     * NTTs on the coset; the scalars of the prover's H-query MSM.
     */
    public Fr[] cosetQuotientValues(Fr[] w) {
        long[] p = cosetQuotientLimbs(w);
        Fr[] out = new Fr[domain.size()];
        for (int i = 0; i < out.length; i++) out[i] = Fr.ZERO.fromMontgomeryLimbs(p, 4 * i);
        return out;
    }

    /**
     * {@link #cosetQuotientValues} as Montgomery limbs (element i at 4i), the prover's form: the row values are
     * written straight into limb arrays, the three polynomials transformed side by side, nothing allocated per element.
     */
    long[] cosetQuotientLimbs(Fr[] w) {
        checkWitness(w);
        int n = domain.size();
        long[][] v = {new long[4 * n], new long[4 * n], new long[4 * n]};
        IntStream.range(0, n).parallel().forEach(i -> {
            Fr ai = a[i].evaluate(w), bi = b[i].evaluate(w);
            ai.montgomeryLimbs(v[0], 4 * i);
            bi.montgomeryLimbs(v[1], 4 * i);
            (cFromAB ? ai.mul(bi) : c[i].evaluate(w)).montgomeryLimbs(v[2], 4 * i);
        });
        long[] shifts = new long[4 * n];                      // sⁱ
        Fr s = cosetShift(), si = Fr.ONE;
        for (int i = 0; i < n; i++) {
            si.montgomeryLimbs(shifts, 4 * i);
            si = si.mul(s);
        }
        IntStream.range(0, 3).parallel().forEach(k -> {
            long[] e = v[k];
            domain.ifft(e);                                   // coefficients
            for (int i = 0; i < n; i++) LimbArithmetic.mul(Fr.PARAMS, e, 4 * i, shifts, 4 * i, e, 4 * i);
            domain.fft(e);                                    // values on the coset s·H
        });
        long[] p = v[0];
        for (int i = 0; i < n; i++) {
            LimbArithmetic.mul(Fr.PARAMS, p, 4 * i, v[1], 4 * i, p, 4 * i);
            LimbArithmetic.sub(Fr.PARAMS, p, 4 * i, v[2], 4 * i, p, 4 * i);
        }
        return p;
    }

    /**
     * The quotient h = P / Z_H as a polynomial (degree &lt; n − 1 for a satisfying witness), from its values
     * P(s·ωⁱ)/Z_H(s·ωⁱ) = P(s·ωⁱ)/(−2) on the coset by one inverse NTT: for teaching and tests (the prover never
     * needs h's coefficients). For a non-satisfying witness P is not divisible and the result is meaningless.
     */
    public Polynomial quotient(Fr[] w) {
        Fr[] p = cosetQuotientValues(w);
        Fr inv = Fr.of(-2).inverse();
        for (int i = 0; i < p.length; i++) p[i] = p[i].mul(inv);
        Fr[] coeffs = domain.ifft(Arrays.asList(p)).toArray(new Fr[0]);
        Fr sInv = cosetShift().inverse(), si = Fr.ONE;
        for (int i = 0; i < coeffs.length; i++) {
            coeffs[i] = coeffs[i].mul(si);
            si = si.mul(sInv);
        }
        return Polynomial.of(Arrays.asList(coeffs));
    }

    /** The witness polynomials A(X) = Σ w_j u_j(X), B(X), C(X) as coefficients (one inverse NTT each). */
    public List<Polynomial> witnessPolynomials(Fr[] w) {
        RowValues v = rowValues(w);
        return List.of(domain.interpolate(v.a()), domain.interpolate(v.b()), domain.interpolate(v.c()));
    }

    /**
     * Every wire's polynomials at one point τ: u_j(τ), v_j(τ), w_j(τ) = Σ_i A[i][j]·L_i(τ) with the Lagrange
     * basis L_i(τ) of H (O(n) for the basis, then one pass over the sparse matrices): what a setup needs.
     *
     * @param u u_j(τ) per wire
     * @param v v_j(τ) per wire
     * @param w w_j(τ) per wire
     */
    public record WireValues(List<Fr> u, List<Fr> v, List<Fr> w) {
        public WireValues {
            u = List.copyOf(u);
            v = List.copyOf(v);
            w = List.copyOf(w);
        }
    }

    /** u_j(τ), v_j(τ), w_j(τ) for every wire j. */
    public WireValues wireValuesAt(Fr tau) {
        if (cFromAB) throw new IllegalStateException("a QAP read from a .zkey has no C matrix");
        List<Fr> lagrange = domain.lagrangeCoefficients(tau);
        Fr[] u = filled(), v = filled(), w = filled();
        for (int i = 0; i < domain.size(); i++) {
            Fr li = lagrange.get(i);
            accumulate(u, a[i], li);
            accumulate(v, b[i], li);
            accumulate(w, c[i], li);
        }
        return new WireValues(Arrays.asList(u), Arrays.asList(v), Arrays.asList(w));
    }

    private Fr[] filled() {
        Fr[] x = new Fr[wires];
        Arrays.fill(x, Fr.ZERO);
        return x;
    }

    private static void accumulate(Fr[] into, Row row, Fr li) {
        for (int t = 0; t < row.wires.length; t++) into[row.wires[t]] = into[row.wires[t]].add(row.coefficients[t].mul(li));
    }

    /**
     * L^{(2n)}_{2i+1}(τ) for i &lt; n: the Lagrange basis of the 2n-th roots of unity at the odd indices, the
     * scalars of the H query (before division by δ).
     */
    public List<Fr> oddLagrangeAt(Fr tau) {
        List<Fr> l = EvaluationDomain.ofSize(2 * domain.size()).lagrangeCoefficients(tau);
        Fr[] odd = new Fr[domain.size()];
        for (int i = 0; i < odd.length; i++) odd[i] = l.get(2 * i + 1);
        return Arrays.asList(odd);
    }

    @Override
    public String toString() {
        return "Qap[n=" + domain.size() + ", wires=" + wires + ", public=" + publicWires + "]";
    }
}
