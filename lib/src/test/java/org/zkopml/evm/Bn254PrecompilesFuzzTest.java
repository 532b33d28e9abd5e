package org.zkopml.evm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.field.Fp;
import org.zkopml.field.Fr;

/**
 * 100,000 seeded random and mutated inputs: each precompile call must return an output of the right length or
 * throw IllegalArgumentException — no other exception, no hang (the timeout fails the test). Tagged {@code slow}
 * (half a minute on a busy 2-core machine): it runs in {@code ./kit test}, not in plain {@code mvn verify}.
 */
@Tag("slow")
class Bn254PrecompilesFuzzTest {

    static final int CASES = 100_000;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void randomAndMutatedInputsGiveAResultOrIllegalArgument() {
        SplittableRandom rng = new SplittableRandom(0xF022L);
        List<byte[]> seeds = seedInputs(rng);
        int results = 0, rejected = 0;
        for (int i = 0; i < CASES; i++) {
            int which = i % 10;                        // 4 × ecAdd, 4 × ecMul, 2 × ecPairing out of 10
            Function<byte[], byte[]> call;
            int outLen;
            byte[] base;
            if (which < 4) {
                call = Bn254Precompiles::ecAdd;
                outLen = 64;
                base = seeds.get(rng.nextInt(3));      // add seeds
            } else if (which < 8) {
                call = Bn254Precompiles::ecMul;
                outLen = 64;
                base = seeds.get(3 + rng.nextInt(3));  // mul seeds
            } else {
                call = Bn254Precompiles::ecPairing;
                outLen = 32;
                base = seeds.get(6 + rng.nextInt(seeds.size() - 6));
            }
            byte[] input = rng.nextInt(8) == 0 ? randomBytes(rng, rng.nextInt(400)) : mutate(base, rng);
            try {
                byte[] out = call.apply(input);
                assertEquals(outLen, out.length, "output length");
                results++;
            } catch (IllegalArgumentException expected) {
                rejected++;
            } catch (RuntimeException | Error other) {
                throw new AssertionError("case " + i + " threw " + other + " for input "
                        + java.util.HexFormat.of().formatHex(input), other);
            }
        }
        assertEquals(CASES, results + rejected);
        assertTrue(results > 1000 && rejected > 1000, "the fuzzer reaches both outcomes: " + results + " results, "
                + rejected + " rejections");
    }

    /** Valid inputs to mutate: three for ecAdd, three for ecMul, a few for ecPairing. */
    static List<byte[]> seedInputs(SplittableRandom rng) {
        List<byte[]> seeds = new ArrayList<>();
        G1 a = G1.GENERATOR.mul(Fr.random(rng)), b = G1.GENERATOR.mul(Fr.random(rng));
        byte[] ea = Bn254Precompiles.encodeG1(a), eb = Bn254Precompiles.encodeG1(b);
        seeds.add(Bn254PrecompilesTest.concat(ea, eb));
        seeds.add(Bn254PrecompilesTest.concat(ea, ea));
        seeds.add(Bn254PrecompilesTest.concat(ea, new byte[64]));
        seeds.add(Bn254PrecompilesTest.concat(ea, Fr.random(rng).toBytes()));
        seeds.add(Bn254PrecompilesTest.concat(eb, Bn254PrecompilesTest.word(BigInteger.TWO)));
        seeds.add(Bn254PrecompilesTest.concat(new byte[64], Fr.random(rng).toBytes()));
        G2 q = G2.GENERATOR.mul(Fr.random(rng));
        byte[] eq = Bn254Precompiles.encodeG2(q);
        seeds.add(Bn254PrecompilesTest.concat(ea, eq));
        seeds.add(Bn254PrecompilesTest.concat(ea, eq, Bn254Precompiles.encodeG1(a.neg()), eq));
        seeds.add(Bn254PrecompilesTest.concat(new byte[64], eq));
        return seeds;
    }

    static byte[] randomBytes(SplittableRandom rng, int n) {
        byte[] b = new byte[n];
        rng.nextBytes(b);
        return b;
    }

    /** One of: flip a bit, overwrite a byte, set a word to a boundary value, truncate, extend, swap words. */
    static byte[] mutate(byte[] base, SplittableRandom rng) {
        byte[] b = base.clone();
        int kind = rng.nextInt(7);
        int words = Math.max(1, b.length / 32);
        switch (kind) {
            case 0 -> {
                if (b.length > 0) {
                    int i = rng.nextInt(b.length);
                    b[i] ^= (byte) (1 << rng.nextInt(8));
                }
            }
            case 1 -> {
                if (b.length > 0) {
                    b[rng.nextInt(b.length)] = (byte) rng.nextInt(256);
                }
            }
            case 2 -> {
                BigInteger[] boundary = {BigInteger.ZERO, Fp.MODULUS, Fp.MODULUS.subtract(BigInteger.ONE),
                        Fp.MODULUS.add(BigInteger.ONE), Fr.MODULUS, BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE)};
                byte[] w = Bn254PrecompilesTest.word(boundary[rng.nextInt(boundary.length)]);
                int at = 32 * rng.nextInt(words);
                if (at + 32 <= b.length) {
                    System.arraycopy(w, 0, b, at, 32);
                }
            }
            case 3 -> b = Arrays.copyOf(b, rng.nextInt(b.length + 1));
            case 4 -> b = Arrays.copyOf(b, b.length + 1 + rng.nextInt(64));
            case 5 -> {
                int i = rng.nextInt(words), j = rng.nextInt(words);
                if (32 * Math.max(i, j) + 32 <= b.length) {
                    byte[] t = Arrays.copyOfRange(b, 32 * i, 32 * i + 32);
                    System.arraycopy(b, 32 * j, b, 32 * i, 32);
                    System.arraycopy(t, 0, b, 32 * j, 32);
                }
            }
            default -> { }                              // unchanged: a valid call
        }
        return b;
    }
}
