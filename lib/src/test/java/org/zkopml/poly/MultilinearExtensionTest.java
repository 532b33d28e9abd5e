package org.zkopml.poly;

import org.junit.jupiter.api.Test;
import org.zkopml.field.Fr;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/** Multilinear extensions agree with their table on {0,1}^v and are affine in each variable. */
class MultilinearExtensionTest {

    static List<Fr> random(int n, SplittableRandom rnd) {
        List<Fr> v = new ArrayList<>();
        for (int i = 0; i < n; i++) v.add(Fr.random(rnd));
        return v;
    }

    static List<Fr> bits(int b, int v) {
        List<Fr> point = new ArrayList<>();
        for (int j = v - 1; j >= 0; j--) point.add(Fr.of((b >> j) & 1)); // x₁ = most significant bit
        return point;
    }

    @Test
    void agreesWithTheTableOnTheHypercube() {
        SplittableRandom rnd = new SplittableRandom(21);
        int v = 4;
        List<Fr> table = random(1 << v, rnd);
        MultilinearExtension f = MultilinearExtension.of(table);
        assertEquals(v, f.numVariables());
        for (int b = 0; b < 1 << v; b++) assertEquals(table.get(b), f.evaluate(bits(b, v)), "f̃(b) = f(b) for b = " + b);
        assertEquals(table.stream().reduce(Fr.ZERO, Fr::add), f.sumOverHypercube());
    }

    @Test
    void fixingTheFirstVariableIsPartialEvaluation() {
        SplittableRandom rnd = new SplittableRandom(22);
        MultilinearExtension f = MultilinearExtension.of(random(32, rnd));
        List<Fr> point = random(5, rnd);
        MultilinearExtension g = f.fixFirstVariable(point.get(0));
        assertEquals(4, g.numVariables());
        assertEquals(f.evaluate(point), g.evaluate(point.subList(1, 5)));
        // affine in x₁: f̃(r, …) = (1 − r)·f̃(0, …) + r·f̃(1, …)
        Fr r = point.get(0);
        List<Fr> at0 = new ArrayList<>(point), at1 = new ArrayList<>(point);
        at0.set(0, Fr.ZERO);
        at1.set(0, Fr.ONE);
        assertEquals(Fr.ONE.sub(r).mul(f.evaluate(at0)).add(r.mul(f.evaluate(at1))), f.evaluate(point));
    }

    @Test
    void matchesTheLagrangeFormula() {
        SplittableRandom rnd = new SplittableRandom(23);
        List<Fr> table = random(8, rnd);
        List<Fr> r = random(3, rnd);
        MultilinearExtension eq = MultilinearExtension.eq(r);
        Fr sum = Fr.ZERO;
        for (int b = 0; b < 8; b++) {
            Fr term = Fr.ONE;
            List<Fr> bb = bits(b, 3);
            for (int j = 0; j < 3; j++) {
                Fr bj = bb.get(j), xj = r.get(j);
                term = term.mul(bj.mul(xj).add(Fr.ONE.sub(bj).mul(Fr.ONE.sub(xj))));
            }
            assertEquals(term, eq.evaluations().get(b), "eq table entry " + b);
            sum = sum.add(table.get(b).mul(term));
        }
        assertEquals(sum, MultilinearExtension.of(table).evaluate(r), "f̃(r) = Σ f(b)·eq(b, r)");
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> MultilinearExtension.of(List.of(Fr.ONE, Fr.ONE, Fr.ONE)));
        assertThrows(IllegalArgumentException.class, () -> MultilinearExtension.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> MultilinearExtension.of(List.of(Fr.ONE, Fr.ONE)).evaluate(List.of()));
        assertThrows(IllegalArgumentException.class, () -> MultilinearExtension.of(List.of(Fr.ONE)).fixFirstVariable(Fr.ONE));
    }
}
