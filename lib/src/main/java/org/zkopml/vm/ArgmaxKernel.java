package org.zkopml.vm;

/**
 * {@code y = argmax_i x_i}, the first index of the maximum (ties go to the lower index).
 *
 * @param length input length (≥ 1)
 */
public record ArgmaxKernel(int length) implements Kernel {
    public ArgmaxKernel {
        if (length < 1) throw new IllegalArgumentException("argmax of an empty vector");
    }

    @Override
    public String name() {
        return "argmax " + length;
    }

    @Override
    public int inputLength() {
        return length;
    }

    @Override
    public int outputLength() {
        return 1;
    }


    @Override
    public long[] apply(long[] x) {
        int best = 0;
        for (int i = 1; i < length; i++) if (x[i] > x[best]) best = i;
        return new long[] {best};
    }

    @Override
    public void emit(Assembler a, String p, Placement at) {
        int in = at.in(), out = at.out();
        a.li(1, 1).li(2, length).li(3, 0).li(5, 0).ld(4, 5, in);   // r1 = i, r3 = best, r4 = x[best]
        a.label(p + "loop").bge(1, 2, p + "end");
        a.ld(6, 1, in).bge(4, 6, p + "next");                      // keep best unless x[i] > x[best]
        a.mov(3, 1).mov(4, 6);
        a.label(p + "next").addi(1, 1, 1).jmp(p + "loop");
        a.label(p + "end").st(3, 5, out);
    }
}
