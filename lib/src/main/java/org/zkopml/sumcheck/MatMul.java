package org.zkopml.sumcheck;

import org.zkopml.field.Fr;
import org.zkopml.hash.Keccak256;
import org.zkopml.transcript.Transcript;
import org.zkopml.values.Verdict;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Thaler's matrix-multiplication protocol (J. Thaler, "Time-optimal interactive proofs for circuit
 * evaluation", CRYPTO 2013; "Proofs, Arguments, and Zero-Knowledge" §4.4) for integer matrices embedded
 * in F_r: W (m × n), X (n × p), Y = W·X (m × p), each padded with zeros to powers of two. Row i of W and
 * column j of X are indexed by bit strings; W̃, X̃, Ỹ are the multilinear extensions of the tables.
 *
 * <ol>
 *   <li>The verifier picks r₁ ∈ F^(log m), r₂ ∈ F^(log p) and computes c = Ỹ(r₁, r₂) from the public Y.</li>
 *   <li>Since Y[i][j] = Σ_k W[i][k]·X[k][j] on the hypercube, both sides are multilinear in (i, j), so
 *       c = Σ_k W̃(r₁, k)·X̃(k, r₂): a sumcheck over log n variables of a product of two multilinear
 *       polynomials, A(k) = W̃(r₁, k) and B(k) = X̃(k, r₂), whose tables the prover computes in O(mn + np).</li>
 *   <li>The sumcheck leaves A(ρ)·B(ρ) = c_n. The verifier computes B(ρ) = X̃(ρ, r₂) from the public X and
 *       gets A(ρ) = W̃(r₁, ρ) from a {@link Hyrax} opening: it never reads W.</li>
 * </ol>
 * W is committed <em>by columns</em>: the committed table is Wᵀ (index k first, then i), so the opening at
 * (ρ, r₁) sends u_i = Σ_k eq(ρ, k)·W[i][k], a vector of m values. (Committed by rows, the opening at
 * (r₁, ρ) would send A itself, and the verifier could then check c = Σ_k A(k)·B(k) without any sumcheck.)
 *
 * <p>Fiat–Shamir: the transcript "zkopml/sumcheck/matmul" absorbs the shapes, W's commitment and the
 * Keccak-256 digest of X and Y before r₁ and r₂ are squeezed. The prover's cost is four passes over
 * the matrices (A, B, Ỹ(r₁, r₂) for its own transcript, and the opening), i.e. O(mn + np + mp) field
 * operations, plus a sumcheck on tables of n entries. Computing Y itself (O(mnp)) is the work being proven,
 * not part of the proof.
 */
public final class MatMul {
    /** The Fiat–Shamir protocol label. */
    public static final String PROTOCOL = "zkopml/sumcheck/matmul";

    private MatMul() {}

    /** Y = W·X exactly in 64-bit integers (overflow throws ArithmeticException): the computation being proven. */
    public static long[][] multiply(long[][] w, long[][] x) {
        int m = w.length, n = x.length, p = x[0].length;
        if (w[0].length != n) throw new IllegalArgumentException("W is " + m + "×" + w[0].length + " but X has " + n + " rows");
        long[][] y = new long[m][p];
        IntStream.range(0, m).parallel().forEach(i -> {
            long[] yi = y[i];
            for (int k = 0; k < n; k++) {
                long a = w[i][k];
                if (a == 0) continue;
                long[] xk = x[k];
                for (int j = 0; j < p; j++) yi[j] = Math.addExact(yi[j], Math.multiplyExact(a, xk[j]));
            }
        });
        return y;
    }

    /** log₂ of the power of two ≥ n. */
    static int log2Ceil(int n) {
        return n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1);
    }

    /** Commits to W (m × n) by columns: Hyrax on Wᵀ padded to 2^⌈log n⌉ × 2^⌈log m⌉, one G1 point per column. */
    public static HyraxCommitment commitWeights(long[][] w) {
        return Hyrax.commit(transposedTable(w), log2Ceil(w.length));
    }

    /** Wᵀ as a table: entry k·2^⌈log m⌉ + i = W[i][k], zero-padded. */
    static long[] transposedTable(long[][] w) {
        int lm = log2Ceil(w.length), ln = Math.max(1, log2Ceil(w[0].length));
        long[] t = new long[1 << (lm + ln)];
        for (int i = 0; i < w.length; i++) for (int k = 0; k < w[i].length; k++) t[(k << lm) + i] = w[i][k];
        return t;
    }

    /** A(k) = Σ_i eq(r₁, i)·W[i][k] for k < innerSize. */
    static Fr[] foldRows(long[][] w, Fr[] eqRows, int innerSize) {
        return RowCombination.rows(w, eqRows, innerSize);
    }

    /** B(k) = Σ_j X[k][j]·eq(r₂, j) for k < innerSize. */
    static Fr[] foldColumns(long[][] x, Fr[] eqCols, int innerSize) {
        return RowCombination.columns(x, eqCols, innerSize);
    }

    /** M̃(r₁, r₂) = Σ_i Σ_j eq(r₁, i)·eq(r₂, j)·M[i][j]. */
    static Fr evaluate(long[][] m, Fr[] eqRows, Fr[] eqCols) {
        Fr[] byRow = foldColumns(m, eqCols, m.length);
        Fr s = Fr.ZERO;
        for (int i = 0; i < m.length; i++) s = s.add(eqRows[i].mul(byRow[i]));
        return s;
    }

    /**
     * The statement's digest, a two-level Keccak-256 tree so that both cores can hash: each row of X, then
     * each row of Y, is hashed with its entries as 4-byte big-endian integers when every entry of the matrix
     * fits (8 bytes otherwise; the width is a prefix byte), and the digest hashes the shapes, the widths
     * and the row hashes in order.
     */
    static byte[] digest(long[][] x, long[][] y) {
        int wx = width(x), wy = width(y);
        byte[][] rows = new byte[x.length + y.length][];
        IntStream.range(0, rows.length).parallel().forEach(r ->
                rows[r] = r < x.length ? hashRow(x[r], wx) : hashRow(y[r - x.length], wy));
        ByteBuffer b = ByteBuffer.allocate(18 + 32 * rows.length);
        b.putInt(x.length).putInt(x[0].length).putInt(y.length).putInt(y[0].length).put((byte) wx).put((byte) wy);
        for (byte[] h : rows) b.put(h);
        return Keccak256.hash(b.array());
    }

    private static int width(long[][] m) {
        for (long[] row : m) for (long v : row) if (v != (int) v) return 8;
        return 4;
    }

    private static byte[] hashRow(long[] row, int width) {
        ByteBuffer b = ByteBuffer.allocate(width * row.length);
        if (width == 4) for (long v : row) b.putInt((int) v);
        else for (long v : row) b.putLong(v);
        return Keccak256.hash(b.array());
    }

    /** The transcript after the statement, and the challenges r₁, r₂. */
    private record Start(Transcript transcript, List<Fr> r1, List<Fr> r2) {}

    private static Start start(HyraxCommitment commitment, long[][] x, long[][] y) {
        Transcript t = Transcript.start(PROTOCOL);
        t.absorb("shape", new byte[] {(byte) log2Ceil(y.length), (byte) log2Ceil(x.length), (byte) log2Ceil(x[0].length)});
        commitment.absorbInto(t, "W");
        t.absorb("XY", digest(x, y));
        List<Fr> r1 = new ArrayList<>(), r2 = new ArrayList<>();
        for (int i = 0; i < log2Ceil(y.length); i++) r1.add(t.challengeFr("r1"));
        for (int j = 0; j < log2Ceil(x[0].length); j++) r2.add(t.challengeFr("r2"));
        return new Start(t, r1, r2);
    }

    /** Proves Y = W·X for the committed W (Fiat–Shamir). Throws if the shapes disagree. */
    public static MatMulProof prove(HyraxCommitment commitment, long[][] w, long[][] x, long[][] y) {
        checkShapes(w, x, y);
        Start s = start(commitment, x, y);
        int inner = 1 << Math.max(1, log2Ceil(x.length));
        Fr[] eq1 = Hyrax.eqTable(s.r1()), eq2 = Hyrax.eqTable(s.r2());
        Fr[] a = foldRows(w, eq1, inner);
        Fr[] b = foldColumns(x, eq2, inner);
        FiatShamirSumcheck.Proven proven = FiatShamirSumcheck.prove(s.transcript(), SumcheckProver.ofTables(a, b));
        Fr weight = proven.finalEvaluations().get(0);
        List<Fr> point = new ArrayList<>(proven.point());
        point.addAll(s.r1());
        return new MatMulProof(proven.proof(), weight, openWeights(w, proven.point(), eq1.length));
    }

    /** u_i = Σ_k eq(ρ, k)·W[i][k]: the Hyrax opening of the column-committed W at (ρ, r₁). */
    static HyraxOpening openWeights(long[][] w, List<Fr> rho, int rows) {
        return new HyraxOpening(List.of(RowCombination.columns(w, Hyrax.eqTable(rho), rows)));
    }

    /**
     * Checks a proof of Y = W·X against the commitment to W and the public X and Y. Accepted with what
     * held; a rejection names the sumcheck round, the opening, or the final product check.
     */
    public static Verdict<Void> verify(HyraxCommitment commitment, long[][] x, long[][] y, MatMulProof proof) {
        if (x.length == 0 || y.length == 0 || x[0].length != y[0].length) {
            return Verdict.reject("X and Y must have the same number of columns");
        }
        int lm = log2Ceil(y.length), ln = Math.max(1, log2Ceil(x.length));
        if (commitment.colVars() != lm || commitment.rowVars() != ln) {
            return Verdict.reject("the commitment is to a 2^" + commitment.colVars() + "×2^" + commitment.rowVars()
                    + " matrix, the statement needs 2^" + lm + "×2^" + ln);
        }
        Start s = start(commitment, x, y);
        Fr[] eq1 = Hyrax.eqTable(s.r1()), eq2 = Hyrax.eqTable(s.r2());
        Fr c = evaluate(y, eq1, eq2);
        Verdict<SubClaim> sub = FiatShamirSumcheck.verify(s.transcript(), new SumcheckClaim(ln, 2, c), proof.sumcheck());
        if (sub.rejected()) return Verdict.reject("sumcheck " + sub.reason());
        List<Fr> rho = sub.value().point();
        Fr xValue = evaluate(transposeView(x, rho.size()), Hyrax.eqTable(rho), eq2);
        if (!proof.weight().mul(xValue).equals(sub.value().value())) {
            return Verdict.reject("final check: W̃(r1,ρ)·X̃(ρ,r2) ≠ the sumcheck's last claim");
        }
        List<Fr> point = new ArrayList<>(rho);
        point.addAll(s.r1());
        Verdict<Fr> opened = Hyrax.verify(commitment, point, proof.opening());
        if (opened.rejected()) return Verdict.reject("weights: " + opened.reason());
        if (!opened.value().equals(proof.weight())) return Verdict.reject("weights: the opening gives another W̃(r1,ρ) than claimed");
        return Verdict.accept("Y = W·X: " + ln + " sumcheck rounds, W̃ opened at the final point");
    }

    /** X as rows indexed by k, padded to 2^ln rows (a view for {@link #evaluate}). */
    private static long[][] transposeView(long[][] x, int ln) {
        if (x.length == 1 << ln) return x;
        long[][] p = Arrays.copyOf(x, 1 << ln);
        for (int k = x.length; k < p.length; k++) p[k] = new long[x[0].length];
        return p;
    }

    private static void checkShapes(long[][] w, long[][] x, long[][] y) {
        if (w.length == 0 || x.length == 0 || w[0].length != x.length) {
            throw new IllegalArgumentException("W's columns must match X's rows");
        }
        if (y.length != w.length || y[0].length != x[0].length) {
            throw new IllegalArgumentException("Y must be " + w.length + "×" + x[0].length + ", got " + y.length + "×" + y[0].length);
        }
    }
}
