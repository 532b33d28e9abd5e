package org.zkopml.field;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Unsigned 64-bit word arithmetic, the building blocks of the Montgomery products in {@link MontgomeryElement}
 * and {@link LimbArithmetic}: the high word of a 64×64 → 128-bit product, and the carry and borrow of one word
 * addition or subtraction.
 *
 * <p>The high word. Java 17 has only the signed {@link Math#multiplyHigh}; the unsigned high word follows from it
 * by a correction (if a is negative as a signed number, its unsigned value is a + 2⁶⁴, which adds b·2⁶⁴ to the
 * product, and symmetrically for b; Hacker's Delight, 2nd ed., §8-3). Java 18 added
 * {@code Math.unsignedMultiplyHigh}, which the JIT compiles to one unsigned multiplication; the kit is compiled for
 * release 17, so it looks that method up once, at class initialisation, and calls it through a constant
 * {@link MethodHandle} (which the JIT inlines like a direct call); on Java 17 it computes the corrected signed
 * product directly. Both are exact; measured with {@code bench/…/FieldBenchmark} on this project's machine, the field
 * multiplication is about a fifth faster on Java 25 with the unsigned intrinsic than with the correction
 * (docs/performance.md).
 */
final class UnsignedWords {

    private UnsignedWords() {
    }

    /** Math.unsignedMultiplyHigh (Java 18+), or null on Java 17. */
    private static final MethodHandle UNSIGNED_MULTIPLY_HIGH = lookupUnsignedMultiplyHigh();

    /** True if this runtime has {@code Math.unsignedMultiplyHigh} and {@link #mulHi} uses it. */
    static final boolean NATIVE_UNSIGNED = UNSIGNED_MULTIPLY_HIGH != null;

    private static MethodHandle lookupUnsignedMultiplyHigh() {
        try {
            return MethodHandles.publicLookup().findStatic(Math.class, "unsignedMultiplyHigh",
                    MethodType.methodType(long.class, long.class, long.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;                                                    // Java 17
        }
    }

    /** The high 64 bits of the unsigned 128-bit product a·b. */
    static long mulHi(long a, long b) {
        if (!NATIVE_UNSIGNED) {                        // a constant: the JIT keeps only one of the two paths
            return multiplyHighCorrected(a, b);
        }
        try {
            return (long) UNSIGNED_MULTIPLY_HIGH.invokeExact(a, b);
        } catch (Throwable t) {                                                 // it throws nothing
            throw new AssertionError(t);
        }
    }

    /** The unsigned high word from the signed one: + b if a's top bit is set, + a if b's is. */
    static long multiplyHighCorrected(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /**
     * 1 if the unsigned sum s = x + y (already computed, wrapped) carried out of 64 bits. On Java 18+ this is the
     * comparison s &lt; x (unsigned), which the JIT compiles to a flag test; Java 17's C2 compiles that comparison to
     * branches whose outcome is a coin toss on random operands and, depending on how earlier code trained the shared
     * branch profile of {@code Long.compare}, sometimes mispredicts half the time (a multiplication measured at 160 ns
     * instead of 75 ns), so there the carry is the sign bit of (x ∧ y) ∨ ((x ∨ y) ∧ ¬s) (Hacker's Delight, §2-16):
     * five bitwise operations, no branch.
     */
    static long carry(long x, long y, long s) {
        return NATIVE_UNSIGNED ? (Long.compareUnsigned(s, x) < 0 ? 1 : 0) : ((x & y) | ((x | y) & ~s)) >>> 63;
    }

    /** Borrow out of d = x − y − borrowIn (d already computed): Hacker's Delight, §2-16. */
    static long borrow(long x, long y, long d) {
        return ((~x & y) | (~(x ^ y) & d)) >>> 63;
    }
}
