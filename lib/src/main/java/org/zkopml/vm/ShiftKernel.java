package org.zkopml.vm;

/**
 * Requantization by a power of two, element-wise: {@code y = (x + 2^(s-1)) >> s} (arithmetic shift;
 * round half up), the identity for s = 0 — the model's documented rounding rule.
 *
 * @param length vector length
 * @param shift  bits dropped, 0..62
 */
public record ShiftKernel(int length, int shift) implements ElementwiseKernel {
    public ShiftKernel {
        if (shift < 0 || shift > 62) throw new IllegalArgumentException("shift must be in 0..62, got " + shift);
    }

    @Override
    public String name() {
        return "requantize >>" + shift;
    }

    @Override
    public long[] apply(long[] x) {
        long[] y = new long[length];
        long half = shift == 0 ? 0 : 1L << (shift - 1);
        for (int i = 0; i < length; i++) y[i] = (x[i] + half) >> shift;
        return y;
    }

    @Override
    public void emit(Assembler a, String p, Placement at) {
        int in = at.in(), out = at.out();
        if (shift == 0) a.li(3, 0); else a.li(3, 1).shl(3, 3, shift - 1);   // r3 = 2^(s-1)
        a.li(1, 0).li(2, length);
        a.label(p + "loop").bge(1, 2, p + "end");
        a.ld(4, 1, in).add(4, 4, 3).sar(4, 4, shift).st(4, 1, out).addi(1, 1, 1).jmp(p + "loop");
        a.label(p + "end");
    }
}
