package org.zkopml.vm;

/**
 * A counting loop whose trace grows linearly with its one input n: {@code y = 3·max(n, 0)}, computed by adding 3
 * n times — 4 steps per iteration, so a program of this one layer runs N = 4n + 6 steps (three set-up steps, n
 * iterations, the exit test, the store, HALT). It measures what a dispute costs as the trace grows while the
 * program stays the same size.
 */
public record CountdownKernel() implements Kernel {
    @Override
    public String name() {
        return "countdown";
    }

    @Override
    public int inputLength() {
        return 1;
    }

    @Override
    public int outputLength() {
        return 1;
    }


    @Override
    public long[] apply(long[] x) {
        return new long[] {3 * Math.max(x[0], 0)};
    }

    @Override
    public void emit(Assembler a, String p, Placement at) {
        int in = at.in(), out = at.out();
        a.li(3, 0).li(2, 0).ld(1, 3, in);                             // r3 = 0, r2 = acc, r1 = n
        a.label(p + "loop").bge(3, 1, p + "done");                    // while 0 < n
        a.addi(2, 2, 3).addi(1, 1, -1).jmp(p + "loop");               //   acc += 3, n -= 1
        a.label(p + "done").st(2, 3, out);
    }
}
