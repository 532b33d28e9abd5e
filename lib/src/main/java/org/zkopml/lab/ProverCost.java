package org.zkopml.lab;

import java.util.List;
import java.util.Objects;

/**
 * The kit's one definition of what a proof costs per parameter, used by the notebooks (06, 10), the README and
 * {@code docs/performance.md} whenever a measured prover is set beside a published one:
 *
 * <p><b>the wall-clock time to prove one inference</b> — computing the witness and the proof, after JIT warm-up on
 * the kit's side; the one-time setup (Groth16's keys) and the commitment to the weights (made once per model)
 * are <i>not</i> counted, nor is verification — <b>divided by the model's parameters</b> (weights and biases),
 * and, because a convolution or a matrix–matrix product reuses each weight many times, <b>also divided by the
 * multiply-accumulates (MACs) of that inference</b>. Per parameter says what proving a model of a given size
 * costs; per MAC says what proving the arithmetic costs, and is the fairer unit between a convolutional network
 * and a dense one. Every figure carries the hardware it was measured on and, when published, its source.
 *
 * @param system     what was proven, and how
 * @param seconds    the time to prove one inference
 * @param parameters the model's parameters
 * @param macs       multiply-accumulates of the inference, or 0 when the source does not give enough to count them
 * @param hardware   the machine
 * @param source     where a published figure comes from (paper and the place in it), or "measured here"
 */
public record ProverCost(String system, double seconds, long parameters, long macs, String hardware, String source) {
    public ProverCost {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(hardware, "hardware");
        Objects.requireNonNull(source, "source");
        if (!(seconds > 0) || parameters <= 0 || macs < 0) {
            throw new IllegalArgumentException("a prover cost needs a positive time and parameter count, got " + seconds + " s, " + parameters);
        }
    }

    /** Nanoseconds per parameter. */
    public double nanosPerParameter() {
        return seconds * 1e9 / parameters;
    }

    /** Nanoseconds per multiply-accumulate, or NaN when the MACs are not known. */
    public double nanosPerMac() {
        return macs == 0 ? Double.NaN : seconds * 1e9 / macs;
    }

    /** How many times the inference uses each parameter on average (MACs / parameters), or NaN. */
    public double reuse() {
        return macs == 0 ? Double.NaN : (double) macs / parameters;
    }

    /**
     * The multiply-accumulates of VGG-16 on a 32×32 CIFAR-10 image, counted from its layers: thirteen 3×3
     * convolutions (64, 64, 128, 128, 256, 256, 256, 512 × 6 channels, padding 1, max-pooling by 2 after the 2nd,
     * 4th, 7th, 10th and 13th) and dense layers 512 → 512 → 512 → 10 — the CIFAR-10 variant with about 15 M
     * parameters that zkCNN proves.
     */
    public static long vgg16Cifar10Macs() {
        int[] channels = {64, 64, 128, 128, 256, 256, 256, 512, 512, 512, 512, 512, 512};
        int[] poolAfter = {1, 3, 6, 9, 12};
        long macs = 0;
        int side = 32, in = 3;
        for (int i = 0; i < channels.length; i++) {
            macs += (long) side * side * in * channels[i] * 9;
            in = channels[i];
            for (int p : poolAfter) if (p == i) side /= 2;
        }
        return macs + 512L * 512 + 512L * 512 + 512L * 10;
    }

    /**
     * Published figures, with their sources: zkCNN (sumcheck/GKR over convolutions) and zkLLM (sumcheck with
     * lookups, on a GPU). zkLLM proves a whole sequence of tokens, each using every weight once, so its MACs
     * depend on the sequence length, which the abstract does not give: its per-MAC cost is left unknown.
     */
    public static final List<ProverCost> PUBLISHED = List.of(
            new ProverCost("zkCNN, VGG-16 on CIFAR-10", 88.3, 15_000_000L, vgg16Cifar10Macs(), "CPU (the paper's server)",
                    "Liu, Xie and Zhang, zkCNN, ACM CCS 2021, abstract: 15 M parameters, 88.3 s"),
            new ProverCost("zkLLM, LLaMA-2 13B", 15 * 60, 13_000_000_000L, 0, "GPU",
                    "Sun, Li and Zhang, zkLLM, ACM CCS 2024, abstract: 13 B parameters, under 15 minutes (an upper bound)"));

    @Override
    public String toString() {
        return String.format("%s: %s per parameter%s (%s; %s)", system, Stopwatch.format(nanosPerParameter()),
                macs == 0 ? "" : ", " + Stopwatch.format(nanosPerMac()) + " per MAC", hardware, source);
    }
}
