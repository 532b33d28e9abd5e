package org.zkopml.r1cs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zkopml.field.Fr;

/**
 * The {@code .r1cs} and {@code .wtns} readers, which decode coefficients straight from their limbs: what they read back
 * is what was written, terms a file lists out of order or twice are summed, and a coefficient not below r or a wire
 * past the last is refused with the constraint named.
 */
class R1csFileTest {
    @TempDir
    Path dir;

    /** One constraint (Σ terms)·w_0 = 0 over 4 wires, its A side written term by term as the file would. */
    private Path r1csWithTerms(Consumer<IdenBinaryFile.Section> aTerms, int aCount) throws IOException {
        IdenBinaryFile.Section header = new IdenBinaryFile.Section().scalarPrime().u32(4).u32(1).u32(0).u32(2).u64(4).u32(1);
        IdenBinaryFile.Section body = new IdenBinaryFile.Section().u32(aCount);
        aTerms.accept(body);
        body.u32(1).u32(0).fr(Fr.ONE).u32(0);
        byte[] bytes = new IdenBinaryFile.Writer("r1cs", 1).section(1, header).section(2, body).toBytes();
        Path file = dir.resolve("c.r1cs");
        Files.write(file, bytes);
        return file;
    }

    @Test
    void whatIsWrittenIsReadBack() {
        LinearCombination a = LinearCombination.of(java.util.Map.of(1, Fr.of(3), 3, Fr.of(-1)));
        LinearCombination b = LinearCombination.term(2, Fr.of(BigInteger.ONE.shiftLeft(200)));
        ConstraintSystem system = new ConstraintSystem(4, 1, 0, 2, List.of(new Constraint(a, b, LinearCombination.wire(0), "")));
        Path file = dir.resolve("s.r1cs");
        R1csFile.write(system, file);
        Constraint k = R1csFile.read(file).constraints().get(0);
        assertEquals(a, k.a());
        assertEquals(b, k.b());
        assertEquals(LinearCombination.wire(0), k.c());

        Fr[] w = {Fr.ONE, Fr.of(-7), Fr.of(BigInteger.ONE.shiftLeft(250)), Fr.ZERO};
        Path wtns = dir.resolve("w.wtns");
        WitnessFile.write(w, wtns);
        assertEquals(List.of(w), List.of(WitnessFile.read(wtns)));
    }

    @Test
    void termsOutOfOrderOrRepeatedAreSummed() throws IOException {
        Path file = r1csWithTerms(s -> s.u32(2).fr(Fr.of(3)).u32(1).fr(Fr.of(5)).u32(2).fr(Fr.of(4)).u32(3).fr(Fr.ZERO), 4);
        LinearCombination a = R1csFile.read(file).constraints().get(0).a();
        assertEquals(LinearCombination.of(java.util.Map.of(1, Fr.of(5), 2, Fr.of(7))), a);
    }

    @Test
    void aCoefficientNotBelowRIsRefusedWithItsPlace() throws IOException {
        Path file = r1csWithTerms(s -> s.u32(1).fr(Fr.ONE).u32(2).bigInt(Fr.MODULUS, 32), 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> R1csFile.read(file));
        assertTrue(e.getMessage().contains("constraint 0 A coefficient = " + Fr.MODULUS + " is not below the prime r"), e.getMessage());
    }

    @Test
    void aWirePastTheLastIsRefusedWithItsPlace() throws IOException {
        Path file = r1csWithTerms(s -> s.u32(1).fr(Fr.ONE).u32(-1).fr(Fr.ONE), 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> R1csFile.read(file));
        assertTrue(e.getMessage().contains("constraint 0 A uses wire 4294967295, nWires = 4"), e.getMessage());
    }

    @Test
    void limbsAreReadAsTheCanonicalValueBelowTheModulusOnly() {
        BigInteger rMinus1 = Fr.MODULUS.subtract(BigInteger.ONE);
        long[] l = limbs(rMinus1);
        assertEquals(Fr.of(rMinus1), Fr.ZERO.fromCanonicalLimbs(l[0], l[1], l[2], l[3]));
        long[] r = limbs(Fr.MODULUS);
        assertNull(Fr.ZERO.fromCanonicalLimbs(r[0], r[1], r[2], r[3]));
        assertNull(Fr.ZERO.fromCanonicalLimbs(-1, -1, -1, -1));
        assertEquals(Fr.of(12345), Fr.ZERO.fromCanonicalLimbs(12345, 0, 0, 0));
    }

    private static long[] limbs(BigInteger v) {
        long[] out = new long[4];
        for (int i = 0; i < 4; i++) out[i] = v.shiftRight(64 * i).longValue();
        return out;
    }
}
