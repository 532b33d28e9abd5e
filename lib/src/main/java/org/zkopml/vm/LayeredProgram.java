package org.zkopml.vm;

import java.util.List;

/**
 * A model compiled for the VM, twice: one program for the whole inference (used by the single-phase
 * dispute) and one standalone program per layer (used inside the instruction phase of the multi-phase
 * dispute). A layer's code is the same in both, so the whole trace is the concatenation of the layer
 * traces (each without its final HALT) followed by one HALT.
 *
 * @param name    model name
 * @param whole   the whole-inference program
 * @param layers  one program per layer: input at its inputAddress, output at its outputAddress, then HALT
 * @param kernels the layers as kernels (native evaluation)
 */
public record LayeredProgram(String name, Program whole, List<Program> layers, List<Kernel> kernels) {
    public LayeredProgram {
        layers = List.copyOf(layers);
        kernels = List.copyOf(kernels);
    }

    /** Native evaluation, layer by layer: element 0 is the input, element ℓ the output of layer ℓ. */
    public List<long[]> nativeActivations(long[] input) {
        java.util.ArrayList<long[]> out = new java.util.ArrayList<>();
        out.add(input.clone());
        long[] x = input;
        for (Kernel k : kernels) {
            x = k.apply(x);
            out.add(x);
        }
        return out;
    }

    /** Native output (the last activation). */
    public long[] nativeOutput(long[] input) {
        List<long[]> acts = nativeActivations(input);
        return acts.get(acts.size() - 1);
    }

    /** Runs the whole program on the VM and returns its output words (the machine must halt). */
    public long[] run(long[] input) {
        Vm vm = whole.load(input);
        vm.run(Long.MAX_VALUE);
        if (vm.status() != Status.HALTED) throw new IllegalStateException(name + " stopped with " + vm.status());
        return vm.read(whole.outputAddress(), whole.outputLength());
    }
}
