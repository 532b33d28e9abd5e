package org.zkopml.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.field.Fp12;
import org.zkopml.field.Fr;
import org.zkopml.pairing.Bn254Pairing;

/**
 * One BN254 optimal ate pairing, and product-of-pairings checks with 2 and 4 pairs (one shared Miller loop
 * and final exponentiation): the 4-pair check is a Groth16 verification's pairing cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PairingBenchmark {
    G1 p;
    G2 q;
    List<G1> ps2, ps4;
    List<G2> qs2, qs4;

    @Setup
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(3);
        Fr a = Fr.random(rng), b = Fr.random(rng), c = Fr.random(rng);
        p = G1.GENERATOR.mul(a);
        q = G2.GENERATOR.mul(b);
        // e(aG, bH) · e(−abG, H) = 1, and the same again: checks that hold, as a verifier sees them
        ps2 = List.of(p, G1.GENERATOR.mul(a.mul(b)).neg());
        qs2 = List.of(q, G2.GENERATOR);
        ps4 = List.of(p, G1.GENERATOR.mul(a.mul(b)).neg(), G1.GENERATOR.mul(c), G1.GENERATOR.mul(c).neg());
        qs4 = List.of(q, G2.GENERATOR, q, q);
    }

    @Benchmark
    public Fp12 pairing() {
        return Bn254Pairing.pair(p, q);
    }

    @Benchmark
    public boolean pairingCheck2() {
        return Bn254Pairing.pairingCheck(ps2, qs2);
    }

    @Benchmark
    public boolean pairingCheck4() {
        return Bn254Pairing.pairingCheck(ps4, qs4);
    }
}
