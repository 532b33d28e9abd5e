package org.zkopml.r1cs;

import java.nio.file.Path;
import org.zkopml.field.Fr;

/**
 * The witness file {@code .wtns} of circom and snarkjs (iden3 binary container, magic {@code wtns},
 * version 2): section 1 the header (n8, prime, number of values), section 2 the wire values w_0 = 1, w_1, …
 * as n8-byte little-endian canonical integers, in iden3 wire order.
 */
public final class WitnessFile {
    private static final int HEADER = 1, VALUES = 2;

    private WitnessFile() {
    }

    /** Reads a {@code .wtns} file; malformed input throws IllegalArgumentException naming the file. */
    public static Fr[] read(Path file) {
        return decode(IdenBinaryFile.read(file, "wtns"));
    }

    /** Parses {@code .wtns} bytes; {@code name} names the source in errors. */
    public static Fr[] parse(byte[] bytes, String name) {
        return decode(IdenBinaryFile.parse(bytes, name, "wtns"));
    }

    private static Fr[] decode(IdenBinaryFile f) {
        if (f.version() != 2) throw new IllegalArgumentException(f.name() + ": .wtns version " + f.version() + ", expected 2");
        IdenBinaryFile.Reader h = f.section(HEADER, "header");
        h.expectScalarPrime();
        int n = h.u32("number of values");
        h.expectEnd();
        IdenBinaryFile.Reader v = f.section(VALUES, "values");
        if ((long) n * 32 != v.remaining()) {
            throw new IllegalArgumentException(v.where() + ": the header declares " + n + " values (" + (long) n * 32
                    + " bytes), the section has " + v.remaining() + " bytes");
        }
        Fr[] w = new Fr[n];
        for (int i = 0; i < n; i++) {
            w[i] = v.frOrNull();                    // the length was checked once for all n values above
            if (w[i] == null) throw v.lastNotBelowR("value " + i);
        }
        return w;
    }

    /** The bytes of the {@code .wtns} file of these wire values. */
    public static byte[] toBytes(Fr[] witness) {
        IdenBinaryFile.Section header = new IdenBinaryFile.Section().scalarPrime().u32(witness.length);
        IdenBinaryFile.Section values = new IdenBinaryFile.Section();
        for (Fr x : witness) values.fr(x);
        return new IdenBinaryFile.Writer("wtns", 2).section(HEADER, header).section(VALUES, values).toBytes();
    }

    /** Writes the {@code .wtns} file of these wire values. */
    public static void write(Fr[] witness, Path file) {
        try {
            java.nio.file.Files.write(file, toBytes(witness));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }
}
