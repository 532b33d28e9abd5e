package org.zkopml.r1cs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zkopml.field.Fr;

/**
 * circom's {@code .r1cs} file (iden3 binary container, magic {@code r1cs}, version 1): section 1 the header
 * (n8, prime, nWires, nPubOut, nPubIn, nPrvIn, nLabels as u64, nConstraints), section 2 the constraints
 * (for each of A, B, C: a u32 term count, then u32 wire and an n8-byte coefficient per term), section 3 the
 * wire → label map (one u64 per wire). Reads what circom writes and writes what {@code snarkjs r1cs info}
 * accepts. The wire order is iden3's, the one {@link ConstraintSystem} uses.
 */
public final class R1csFile {
    private static final int HEADER = 1, CONSTRAINTS = 2, WIRE_TO_LABEL = 3;

    private R1csFile() {
    }

    /** Reads a {@code .r1cs} file; malformed input throws IllegalArgumentException naming the file. */
    public static ConstraintSystem read(Path file) {
        return decode(IdenBinaryFile.read(file, "r1cs"));
    }

    /** Parses {@code .r1cs} bytes; {@code name} names the source in errors. */
    public static ConstraintSystem parse(byte[] bytes, String name) {
        return decode(IdenBinaryFile.parse(bytes, name, "r1cs"));
    }

    private static ConstraintSystem decode(IdenBinaryFile f) {
        if (f.version() != 1) throw new IllegalArgumentException(f.name() + ": .r1cs version " + f.version() + ", expected 1");
        IdenBinaryFile.Reader h = f.section(HEADER, "header");
        h.expectScalarPrime();
        int nWires = h.u32("nWires");
        int nPubOut = h.u32("nPubOut");
        int nPubIn = h.u32("nPubIn");
        int nPrvIn = h.u32("nPrvIn");
        h.u64("nLabels");
        int nConstraints = h.u32("nConstraints");
        h.expectEnd();
        if (nWires < 1 + (long) nPubOut + nPubIn + nPrvIn) {
            throw new IllegalArgumentException(f.name() + ": nWires = " + nWires + " but 1 + nPubOut + nPubIn + nPrvIn = "
                    + (1 + (long) nPubOut + nPubIn + nPrvIn));
        }
        IdenBinaryFile.Reader c = f.section(CONSTRAINTS, "constraints");
        if (nConstraints > c.remaining() / 12) {
            throw new IllegalArgumentException(c.where() + ": " + nConstraints + " constraints declared, the section has only "
                    + c.remaining() + " bytes");
        }
        List<Constraint> constraints = new ArrayList<>(nConstraints);
        for (int i = 0; i < nConstraints; i++) {
            LinearCombination a = readCombination(c, nWires, i, "A");
            LinearCombination b = readCombination(c, nWires, i, "B");
            LinearCombination cc = readCombination(c, nWires, i, "C");
            constraints.add(new Constraint(a, b, cc, ""));
        }
        c.expectEnd();
        return new ConstraintSystem(nWires, nPubOut, nPubIn, nPrvIn, constraints);
    }

    /**
     * One linear combination: a term count, then (wire, coefficient) pairs. The length is checked once for all the
     * terms, and an error's words ("constraint i A ...") are only put together for an error: a circuit has millions of
     * terms and the common case should cost no strings.
     */
    private static LinearCombination readCombination(IdenBinaryFile.Reader c, int nWires, int i, String side) {
        if (c.remaining() < 4) c.u32("constraint " + i + " " + side + " term count");   // throws: truncated, named
        long terms = c.u32Unchecked();
        if (terms > c.remaining() / 36) {
            throw new IllegalArgumentException(c.where() + ": constraint " + i + " " + side + " declares " + terms
                    + " terms, only " + c.remaining() + " bytes remain");
        }
        int[] wires = new int[(int) terms];
        Fr[] coefficients = new Fr[(int) terms];
        for (int t = 0; t < terms; t++) {
            long wire = c.u32Unchecked();
            if (wire >= nWires) {
                throw new IllegalArgumentException(c.where() + ": constraint " + i + " " + side + " uses wire " + wire
                        + ", nWires = " + nWires);
            }
            wires[t] = (int) wire;
            coefficients[t] = c.frOrNull();
            if (coefficients[t] == null) throw c.lastNotBelowR("constraint " + i + " " + side + " coefficient");
        }
        return LinearCombination.ofTerms(wires, coefficients);
    }

    /** The bytes of the {@code .r1cs} file of a system (labels: wire i has label i). */
    public static byte[] toBytes(ConstraintSystem system) {
        IdenBinaryFile.Section header = new IdenBinaryFile.Section().scalarPrime()
                .u32(system.wires()).u32(system.publicOutputs()).u32(system.publicInputs()).u32(system.privateInputs())
                .u64(system.wires()).u32(system.size());
        IdenBinaryFile.Section body = new IdenBinaryFile.Section();
        for (Constraint k : system.constraints()) {
            for (LinearCombination lc : List.of(k.a(), k.b(), k.c())) {
                body.u32(lc.size());
                for (int t = 0; t < lc.size(); t++) body.u32(lc.wireAt(t)).fr(lc.coefficientAt(t));
            }
        }
        IdenBinaryFile.Section labels = new IdenBinaryFile.Section();
        for (int w = 0; w < system.wires(); w++) labels.u64(w);
        return new IdenBinaryFile.Writer("r1cs", 1).section(HEADER, header).section(CONSTRAINTS, body)
                .section(WIRE_TO_LABEL, labels).toBytes();
    }

    /** Writes the {@code .r1cs} file of a system. */
    public static void write(ConstraintSystem system, Path file) {
        try {
            java.nio.file.Files.write(file, toBytes(system));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }
}
