package org.zkopml.vm;

/**
 * {@code y_i = max(x_i, 0)}, branch-free with MAX.
 *
 * @param length vector length
 */
public record ReluKernel(int length) implements ElementwiseKernel {
    @Override
    public String name() {
        return "relu " + length;
    }

    @Override
    public long[] apply(long[] x) {
        long[] y = new long[length];
        for (int i = 0; i < length; i++) y[i] = Math.max(x[i], 0);
        return y;
    }

    @Override
    public void emit(Assembler a, String p, Placement at) {
        int in = at.in(), out = at.out();
        a.li(1, 0).li(2, length).li(3, 0);
        a.label(p + "loop").bge(1, 2, p + "end");
        a.ld(4, 1, in).max(4, 4, 3).st(4, 1, out).addi(1, 1, 1).jmp(p + "loop");
        a.label(p + "end");
    }
}
