package org.zkopml.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a chain of kernels as VM programs. Every program's input lies at the start of the input
 * region ({@link Memory#INPUT_BASE}, the upper half of memory), so that its initial state is derived
 * from its image root and the input root ({@link VmState#initial}). Whole program: all code from
 * address 0 (the kernels in order, then HALT), then each kernel's data, then the packed bytes of the
 * kernels that have some (int8 weights, 32 to a word), then each layer's output buffer, then one scratch area
 * that the kernels use in turn. Layer program: the kernel's code then HALT, its data, its output buffer. The image is the
 * code and the data; the buffers start out zero.
 */
public final class Linker {
    private Linker() {}

    /** Compiles the kernel chain (each kernel's input length must equal the previous output length). */
    public static LayeredProgram link(String name, List<Kernel> kernels) {
        if (kernels.isEmpty()) throw new IllegalArgumentException("a model needs at least one layer");
        for (int l = 1; l < kernels.size(); l++) {
            if (kernels.get(l).inputLength() != kernels.get(l - 1).outputLength()) {
                throw new IllegalArgumentException("layer " + l + " (" + kernels.get(l).name() + ") takes " + kernels.get(l).inputLength()
                        + " values but layer " + (l - 1) + " gives " + kernels.get(l - 1).outputLength());
            }
        }
        // Whole program: the code size is known only after a first assembly pass with dummy addresses.
        int n = kernels.size();
        int codeSize = assembleWhole(kernels, new int[n], new int[n + 1], new int[n], 0).length;
        int[] dataAt = new int[n];
        int[] bufAt = new int[n + 1];
        int[] packedAt = new int[n];
        long at = codeSize;
        for (int l = 0; l < n; l++) {
            dataAt[l] = (int) at;
            at += kernels.get(l).data().length;
        }
        int imageLength = (int) at;
        List<byte[]> packed = new ArrayList<>();
        for (int l = 0; l < n; l++) {
            byte[] p = kernels.get(l).packed();
            packedAt[l] = (int) at;
            if (p.length > 0) {
                packed.add(p);
                at += (p.length + 31L) / 32;
            }
            checkSize(name, at);
        }
        bufAt[0] = (int) Memory.INPUT_BASE;
        checkInput(name, kernels.get(0));
        for (int l = 0; l < n; l++) {
            bufAt[l + 1] = (int) at;
            at += kernels.get(l).outputLength();
            checkSize(name, at);
        }
        int scratch = (int) at;                                      // one scratch area, shared by the kernels in turn
        for (Kernel k : kernels) checkSize(name, at + k.scratchWords());
        long[] code = assembleWhole(kernels, dataAt, bufAt, packedAt, scratch);
        long[] image = new long[imageLength];
        System.arraycopy(code, 0, image, 0, code.length);
        for (int l = 0; l < n; l++) {
            long[] d = kernels.get(l).data();
            System.arraycopy(d, 0, image, dataAt[l], d.length);
        }
        Kernel last = kernels.get(n - 1);
        Program whole = new Program(name, image, packed, bufAt[0], kernels.get(0).inputLength(), bufAt[n], last.outputLength());
        List<Program> layers = new ArrayList<>();
        for (int l = 0; l < n; l++) layers.add(layerProgram(name + "#" + l, kernels.get(l)));
        return new LayeredProgram(name, whole, layers, kernels);
    }

    private static long[] assembleWhole(List<Kernel> kernels, int[] dataAt, int[] bufAt, int[] packedAt, int scratch) {
        Assembler a = new Assembler();
        for (int l = 0; l < kernels.size(); l++) {
            kernels.get(l).emit(a, "L" + l + ".", new Kernel.Placement(bufAt[l], bufAt[l + 1], dataAt[l], packedAt[l], scratch));
        }
        a.halt();
        return a.assemble();
    }

    /** A standalone program for one kernel: code and HALT, its data words, its packed bytes, its output buffer, its scratch. */
    public static Program layerProgram(String name, Kernel k) {
        int codeSize = assembleLayer(k, new Kernel.Placement(0, 0, 0, 0, 0)).length;
        int data = codeSize;
        int packedAt = data + k.data().length;
        byte[] p = k.packed();
        long outAt = packedAt + (p.length + 31L) / 32;
        int in = (int) Memory.INPUT_BASE;
        checkSize(name, outAt + k.outputLength() + k.scratchWords());
        checkInput(name, k);
        int out = (int) outAt;
        long[] code = assembleLayer(k, new Kernel.Placement(in, out, data, packedAt, out + k.outputLength()));
        long[] image = new long[packedAt];
        System.arraycopy(code, 0, image, 0, code.length);
        System.arraycopy(k.data(), 0, image, data, k.data().length);
        return new Program(name, image, p.length > 0 ? List.of(p) : List.of(), in, k.inputLength(), out, k.outputLength());
    }

    private static long[] assembleLayer(Kernel k, Kernel.Placement at) {
        Assembler a = new Assembler();
        k.emit(a, "", at);
        a.halt();
        return a.assemble();
    }

    private static void checkSize(String name, long words) {
        if (words > Memory.INPUT_BASE) {
            throw new IllegalArgumentException(name + " needs " + words + " words of code, data and buffers, more than the lower half of memory (2^"
                    + (Memory.ADDRESS_BITS - 1) + " words; the upper half is the input region)");
        }
    }

    private static void checkInput(String name, Kernel first) {
        if (first.inputLength() > Memory.INPUT_BASE) throw new IllegalArgumentException(name + " takes " + first.inputLength() + " input words, more than the input region holds");
    }
}
