package org.zkopml.model;

import java.util.ArrayList;
import java.util.List;
import org.zkopml.values.Bytes32;

/**
 * An integer model: a chain of {@link Layer layers} over signed 64-bit values, ending in
 * {@link Argmax}. Inputs are fixed-point numbers {@code x_q = round(x · 2^scaleBits)}, each bounded by
 * {@code |x_q| <= 2^(inputBits-1) - 1}. From that bound, every layer's output bound is computed here
 * ({@link #valueBits()}); a model needing more than {@link #MAX_BITS} bits anywhere is rejected, so
 * {@link IntegerInference} can never wrap around.
 *
 * <p>The model commitment is {@code Keccak-256(canonicalBytes())}, the bytes of {@link ModelEncoding}; its JSON is
 * {@link ModelJson}'s.
 *
 * <p>Immutable; equal when all of name, labels, scale, input shape and layers are equal.
 */
public final class QuantizedModel {
    /** Largest signed bit width any value may need (a value fits in {@code MAX_BITS} bits, well inside {@code long}). */
    public static final int MAX_BITS = 63;

    private final String name;
    private final List<String> labels;
    private final int scaleBits;
    private final int inputWidth;
    private final int inputBits;
    private final List<Layer> layers;
    private final long[] bounds;

    /** Validates widths, the final argmax and the bit bound of every layer. */
    public QuantizedModel(String name, List<String> labels, int scaleBits, int inputWidth, int inputBits, List<Layer> layers) {
        labels = List.copyOf(labels);
        layers = List.copyOf(layers);
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("a model needs a name");
        if (scaleBits < 0 || scaleBits > 62) throw new IllegalArgumentException("scaleBits must be in 0..62, got " + scaleBits);
        if (inputWidth < 1) throw new IllegalArgumentException("input width must be at least 1, got " + inputWidth);
        if (inputBits < 2 || inputBits > MAX_BITS) throw new IllegalArgumentException("inputBits must be in 2.." + MAX_BITS + ", got " + inputBits);
        if (layers.isEmpty() || !(layers.get(layers.size() - 1) instanceof Argmax)) {
            throw new IllegalArgumentException("a model's last layer must be argmax");
        }
        int width = inputWidth;
        for (int k = 0; k < layers.size(); k++) {
            Layer layer = layers.get(k);
            if (layer instanceof Argmax && k != layers.size() - 1) {
                throw new IllegalArgumentException("argmax may only be the last layer (found at layer " + k + ")");
            }
            if (layer.inputWidth() >= 0 && layer.inputWidth() != width) {
                throw new IllegalArgumentException("layer " + k + " (" + layer.kind() + ") takes width " + layer.inputWidth() + " but receives " + width);
            }
            width = layer.outputWidth(width);
        }
        if (width != 1) throw new IllegalArgumentException("model output must be one class index");
        int logitsWidth = layers.size() == 1 ? inputWidth : widthAfter(inputWidth, layers, layers.size() - 1);
        if (labels.size() != logitsWidth) {
            throw new IllegalArgumentException("model has " + labels.size() + " labels but " + logitsWidth + " logits");
        }
        this.bounds = bounds(scaleBits, inputBits, layers, inputWidth);
        this.name = name;
        this.labels = labels;
        this.scaleBits = scaleBits;
        this.inputWidth = inputWidth;
        this.inputBits = inputBits;
        this.layers = layers;
    }

    /** Recipe name, e.g. {@code iris-linear}. */
    public String name() {
        return name;
    }

    /** Class names, in output order. */
    public List<String> labels() {
        return labels;
    }

    /** Number of classes (width of the logits). */
    public int classes() {
        return labels.size();
    }

    /** Number of input features. */
    public int inputWidth() {
        return inputWidth;
    }

    /** Signed bit width of every input value. */
    public int inputBits() {
        return inputBits;
    }

    /** The largest absolute input value allowed: {@code 2^(inputBits-1) - 1}. */
    public long inputMaxAbs() {
        return (1L << (inputBits - 1)) - 1;
    }

    /** The fixed-point scale {@code s}: inputs and weights are multiplied by {@code 2^s}. */
    public int scaleBits() {
        return scaleBits;
    }

    /** The layers in order; the last one is {@link Argmax}. */
    public List<Layer> layers() {
        return layers;
    }

    /** Total number of parameters of all layers. */
    public long parameters() {
        return layers.stream().mapToLong(Layer::parameters).sum();
    }

    /** Multiply–accumulate operations (plus tree comparisons) of one inference. */
    public long macs() {
        return layers.stream().mapToLong(Layer::macs).sum();
    }

    /** Layer k's static bound (no copy), for the inference loop. */
    long bound(int k) {
        return bounds[k];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuantizedModel m && name.equals(m.name) && labels.equals(m.labels) && scaleBits == m.scaleBits
                && inputWidth == m.inputWidth && inputBits == m.inputBits && layers.equals(m.layers);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, labels, scaleBits, inputWidth, inputBits, layers);
    }

    @Override
    public String toString() {
        return "QuantizedModel[" + summary() + "]";
    }

    private static int widthAfter(int inputWidth, List<Layer> layers, int count) {
        int width = inputWidth;
        for (int k = 0; k < count; k++) width = layers.get(k).outputWidth(width);
        return width;
    }

    /** Signed bit width needed for values in {@code [-m, m]}: the least B with {@code m <= 2^(B-1) - 1}. */
    public static int bitsFor(long maxAbs) {
        return 65 - Long.numberOfLeadingZeros(maxAbs);
    }

    private static long[] bounds(int scaleBits, int inputBits, List<Layer> layers, int inputWidth) {
        long[] bounds = new long[layers.size()];
        long m = (1L << (inputBits - 1)) - 1;
        int width = inputWidth;
        for (int k = 0; k < layers.size(); k++) {
            Layer layer = layers.get(k);
            long out = layer instanceof Argmax ? width - 1 : layer.outputMaxAbs(m);
            if (out != Layer.CHECKED_AT_RUN_TIME && (out < 0 || bitsFor(out) > MAX_BITS)) {
                throw new IllegalArgumentException("scale 2^" + scaleBits + " overflows: layer " + k + " (" + layer.kind()
                        + ") needs more than " + MAX_BITS + " bits for inputs of " + inputBits + " bits");
            }
            bounds[k] = out;
            m = out;
            width = layer.outputWidth(width);
        }
        return bounds;
    }

    private static int[] bits(long[] b) {
        int[] bits = new int[b.length];
        for (int k = 0; k < b.length; k++) bits[k] = bitsFor(b[k]);
        return bits;
    }

    /**
     * For each layer k, the largest absolute value its output can take for any allowed input
     * (for a dense layer this is the accumulator bound {@code max_j |b_j| + Σ_i |W_ji|·M}).
     */
    public long[] valueBounds() {
        return bounds.clone();
    }

    /** For each layer k, the signed bit width of its output values (at most {@link #MAX_BITS}). */
    public int[] valueBits() {
        return bits(bounds);
    }

    /** The largest {@link #valueBits()} over all layers: the accumulator width the model needs. */
    public int accumulatorBits() {
        int max = inputBits;
        for (int b : valueBits()) max = Math.max(max, b);
        return max;
    }

    /** The integer reference inference on one input (see {@link IntegerInference#run}). */
    public Trace infer(long[] input) {
        return IntegerInference.run(this, input);
    }

    /** The logits (the vector the final argmax reads) for one input. */
    public long[] logits(long[] input) {
        return IntegerInference.logits(this, input);
    }

    /** The predicted class index for one input. */
    public int predict(long[] input) {
        return IntegerInference.predict(this, input);
    }

    /** The canonical byte encoding of this model ({@link ModelEncoding#canonicalBytes}): what the commitment hashes. */
    public byte[] canonicalBytes() {
        return ModelEncoding.canonicalBytes(this);
    }

    /** The model commitment {@code Keccak-256(canonicalBytes())}, the value posted on-chain. */
    public Bytes32 commitment() {
        return ModelEncoding.commitment(this);
    }

    /** The commitment as lower-case hex with a {@code 0x} prefix. */
    public String commitmentHex() {
        return commitment().hex();
    }

    /** A one-line summary: name, layers, parameters, MACs, scale and accumulator bits. */
    public String summary() {
        List<String> kinds = new ArrayList<>();
        for (Layer l : layers) kinds.add(l.toString());
        return name + " " + kinds + ", " + parameters() + " parameters, " + macs() + " MACs, scale 2^" + scaleBits
                + ", accumulator " + accumulatorBits() + " bits";
    }
}
