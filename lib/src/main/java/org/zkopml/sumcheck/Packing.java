package org.zkopml.sumcheck;

import org.zkopml.field.Fr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each {@link Tensor} of one committed vector sits: tensors are placed largest first, each at an offset that
 * is a multiple of its own size (sizes are powers of two, so placing them in decreasing order leaves no gaps), and
 * the vector is padded with zeros to 2^v entries. A tensor of 2^k entries at offset o is then the subcube of the
 * vector whose top v − k variables are the bits of o/2^k: its extension at y is the vector's at
 * (bits(o/2^k), y), so a claim on a tensor is a claim on the vector ({@link #point}).
 */
public final class Packing {
    private final int vector;
    private final int variables;
    private final List<Tensor> tensors;
    private final Map<Tensor, Integer> offsets = new HashMap<>();

    private Packing(int vector, List<Tensor> tensors) {
        this.vector = vector;
        List<Tensor> sorted = new ArrayList<>(tensors);
        sorted.sort(Comparator.comparingInt(Tensor::variables).reversed());
        long next = 0;
        for (Tensor t : sorted) {
            if (t.vector() != vector) throw new IllegalArgumentException(t.name() + " belongs to vector " + t.vector() + ", not " + vector);
            if (offsets.putIfAbsent(t, (int) next) != null) throw new IllegalArgumentException("tensor " + t.name() + " declared twice");
            next += t.size();
            if (next > 1 << 30) throw new IllegalArgumentException("vector " + vector + " would hold more than 2^30 entries");
        }
        this.variables = Math.max(1, MatMul.log2Ceil((int) Math.max(2, next)));
        this.tensors = List.copyOf(sorted);
    }

    /** The packing of {@code tensors} (all of vector {@code vector}). */
    public static Packing of(int vector, List<Tensor> tensors) {
        return new Packing(vector, tensors);
    }

    /** Which vector this is. */
    public int vector() {
        return vector;
    }

    /** v: the vector has 2^v entries. */
    public int variables() {
        return variables;
    }

    /** The tensors, largest first. */
    public List<Tensor> tensors() {
        return tensors;
    }

    /** The offset of a tensor (IllegalArgumentException if it is not here). */
    public int offset(Tensor t) {
        Integer o = offsets.get(t);
        if (o == null) throw new IllegalArgumentException("tensor " + t.name() + " is not in vector " + vector);
        return o;
    }

    /** The vector's point for the tensor's point y: (bits of offset/2^k, most significant first) then y. */
    public List<Fr> point(Tensor t, List<Fr> y) {
        if (y.size() != t.variables()) throw new IllegalArgumentException(t.name() + " takes a point of " + t.variables() + " coordinates, got " + y.size());
        return prefixed(offset(t) >>> t.variables(), variables - t.variables(), y);
    }

    /** The point (bits of {@code high} over {@code top} coordinates, most significant first) followed by y. */
    static List<Fr> prefixed(int high, int top, List<Fr> y) {
        List<Fr> p = new ArrayList<>(top + y.size());
        for (int b = top - 1; b >= 0; b--) p.add(((high >>> b) & 1) == 1 ? Fr.ONE : Fr.ZERO);
        p.addAll(y);
        return p;
    }

    /** The whole vector from each tensor's values (padded layout, {@link Tensor#size()} entries each). */
    public long[] vector(Map<Tensor, long[]> values) {
        long[] v = new long[1 << variables];
        for (Tensor t : tensors) {
            long[] x = values.get(t);
            if (x == null) throw new IllegalArgumentException("no values for " + t.name());
            if (x.length != t.size()) throw new IllegalArgumentException(t.name() + " needs " + t.size() + " values, got " + x.length);
            System.arraycopy(x, 0, v, offset(t), x.length);
        }
        return v;
    }

    /** The multilinear extension of an integer table at a point (first coordinate = top bit of the index). */
    public static Fr evaluate(long[] values, List<Fr> point) {
        if (values.length != 1 << point.size()) throw new IllegalArgumentException(values.length + " values for a point of " + point.size() + " coordinates");
        Fr[] eq = Hyrax.eqTable(point);
        Fr s = Fr.ZERO;
        for (int i = 0; i < values.length; i++) if (values[i] != 0) s = s.add(eq[i].mul(IntegerEmbedding.of(values[i])));
        return s;
    }

    /** The multilinear extension of a field table at a point. */
    public static Fr evaluateFr(Fr[] values, List<Fr> point) {
        if (values.length != 1 << point.size()) throw new IllegalArgumentException(values.length + " values for a point of " + point.size() + " coordinates");
        Fr[] eq = Hyrax.eqTable(point);
        Fr s = Fr.ZERO;
        for (int i = 0; i < values.length; i++) s = s.add(eq[i].mul(values[i]));
        return s;
    }

    /**
     * A claimed evaluation of a committed vector at (bits of offset/2^k, y): a claim on the tensor of 2^k entries at
     * {@code offset}, or on the whole vector (offset 0, k = v).
     *
     * @param offset    the tensor's offset
     * @param variables k
     * @param point     y, k coordinates
     * @param value     the claimed value
     */
    public record Claim(int offset, int variables, List<Fr> point, Fr value) {
        /** Copies the point. */
        public Claim {
            point = List.copyOf(point);
        }
    }
}
