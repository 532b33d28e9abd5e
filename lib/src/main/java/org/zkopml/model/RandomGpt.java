package org.zkopml.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic GPTs as quantized models, for measuring the VM, the dispute and the provers at 10^6–10^9
 * parameters without a file: both parties of a dispute build the same model from its name. Every int8 weight is
 * uniform in −127..127; a matrix with fan-in n has the scale 2^s, {@code s = round(log₂(127·√(n/3)))}, so that
 * a product keeps the variance of its input (as a trained model's would, roughly); embeddings at 2^6, gains 1.
 * Matrices are drawn in layout order from streams split off {@code new SplittableRandom(seed)}, one per matrix.
 */
public final class RandomGpt {
    /** The built-in instances by parameter count (seed 1), shapes after published small GPTs. */
    private static final List<Named> BUILT_IN = List.of(
            new Named("gpt-1m", new GptConfig(1024, 16, 128, 4, 512, 4),
                    "4 blocks of width 128 (a quarter of GPT-2's width), vocabulary 1024"),
            new Named("gpt-10m", new GptConfig(4096, 16, 256, 4, 1024, 10),
                    "10 blocks of width 256, 4 heads of 64, vocabulary 4096"),
            new Named("gpt-100m", new GptConfig(8192, 16, 768, 12, 3072, 12),
                    "GPT-2 small's blocks (12 × width 768, 12 heads of 64, MLP 3072), vocabulary 8192"),
            new Named("gpt-1b", new GptConfig(8192, 16, 2048, 32, 8192, 20),
                    "GPT-3 XL's width (2048, MLP 8192) with 20 blocks of 32 heads of 64, vocabulary 8192"));
    /** The seed of the built-in instances. */
    public static final long SEED = 1;

    private RandomGpt() {}

    /**
     * A built-in synthetic instance.
     *
     * @param name        e.g. {@code gpt-100m}
     * @param config      its shape
     * @param description where the shape comes from
     */
    public record Named(String name, GptConfig config, String description) {}

    /** The built-in instances, smallest first. */
    public static List<Named> builtIn() {
        return BUILT_IN;
    }

    /** The built-in instance of that name, or IllegalArgumentException naming the known ones. */
    public static Named named(String name) {
        for (Named n : BUILT_IN) if (n.name().equals(name)) return n;
        throw new IllegalArgumentException("unknown synthetic GPT \"" + name + "\" (known: "
                + String.join(", ", BUILT_IN.stream().map(Named::name).toList()) + ")");
    }

    /** The scale exponent of a matrix with fan-in n: round(log₂(127·√(n/3))). */
    public static int shiftFor(int fanIn) {
        return (int) Math.round(Math.log(127 * Math.sqrt(fanIn / 3.0)) / Math.log(2));
    }

    /** The model of a shape drawn from a seed. */
    public static QuantizedModel of(String name, GptConfig c, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        int d = c.width(), f = c.hidden(), t = c.context(), v = c.vocabulary();
        List<Layer> layers = new ArrayList<>();
        layers.add(new Embedding(Int8Matrix.random(root.split(), v, d, 6), Int8Matrix.random(root.split(), t, d, 6)));
        for (int l = 0; l < c.layers(); l++) {
            Attention att = new Attention(c.heads(), Int8Matrix.random(root.split(), d, d, shiftFor(d)),
                    Int8Matrix.random(root.split(), d, d, shiftFor(d)), Int8Matrix.random(root.split(), d, d, shiftFor(d)),
                    Int8Matrix.random(root.split(), d, d, shiftFor(d)));
            FeedForward mlp = new FeedForward(Int8Matrix.random(root.split(), f, d, shiftFor(d)), Int8Matrix.random(root.split(), d, f, shiftFor(f)));
            layers.add(new TransformerBlock(t, RmsNorm.unit(d, 6), att, RmsNorm.unit(d, 6), mlp));
        }
        layers.add(new LmHead(t, RmsNorm.unit(d, 6), Int8Matrix.random(root.split(), v, d, shiftFor(d))));
        layers.add(new Argmax());
        List<String> labels = new ArrayList<>(v);
        for (int i = 0; i < v; i++) labels.add("t" + i);
        return new QuantizedModel(name, labels, TransformerArithmetic.ACTIVATION_BITS, t, QuantizedModel.bitsFor(v - 1), layers);
    }

    /** The built-in instance of that name (seed {@value #SEED}). */
    public static QuantizedModel build(String name) {
        Named n = named(name);
        return of(n.name(), n.config(), SEED);
    }

    /** A seeded prompt: T token ids uniform in 0..V−1. */
    public static long[] prompt(GptConfig c, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] ids = new long[c.context()];
        for (int i = 0; i < ids.length; i++) ids[i] = random.nextInt(c.vocabulary());
        return ids;
    }
}
