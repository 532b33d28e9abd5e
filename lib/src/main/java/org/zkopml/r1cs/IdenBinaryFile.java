package org.zkopml.r1cs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zkopml.field.Fr;

/**
 * iden3's binary container, shared by circom's {@code .r1cs}, the witness {@code .wtns}, snarkjs's
 * {@code .zkey} and {@code .ptau}: a 4-byte magic, a u32 version, a u32 section count, then sections, each
 * a u32 type, a u64 byte size and its payload; all integers little-endian, field elements as n8 bytes
 * little-endian. Reading checks every length, so a truncated or inconsistent file fails with a one-line
 * {@link IllegalArgumentException} naming the file and what was expected. Immutable once read.
 */
public final class IdenBinaryFile {
    private final String name;
    private final String magic;
    private final int version;
    private final Map<Integer, ByteBuffer> sections;

    private IdenBinaryFile(String name, String magic, int version, Map<Integer, ByteBuffer> sections) {
        this.name = name;
        this.magic = magic;
        this.version = version;
        this.sections = sections;
    }

    /** Reads and checks the container of a file; {@code expectedMagic} is e.g. {@code "r1cs"}. */
    public static IdenBinaryFile read(Path file, String expectedMagic) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return parse(bytes, file.toString(), expectedMagic);
    }

    /** Parses the container from bytes; {@code name} names the source in error messages. */
    public static IdenBinaryFile parse(byte[] bytes, String name, String expectedMagic) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12) {
            throw new IllegalArgumentException(name + ": truncated: " + bytes.length + " bytes, a ." + expectedMagic
                    + " file starts with a 12-byte header");
        }
        String magic = new String(bytes, 0, 4, StandardCharsets.ISO_8859_1);
        if (!magic.equals(expectedMagic)) {
            throw new IllegalArgumentException(name + ": wrong magic '" + printable(magic) + "', expected '" + expectedMagic + "'");
        }
        b.position(4);
        int version = b.getInt();
        int count = b.getInt();
        if (count < 0 || count > 64) {
            throw new IllegalArgumentException(name + ": " + Integer.toUnsignedString(count) + " sections, expected at most 64");
        }
        Map<Integer, ByteBuffer> sections = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            if (b.remaining() < 12) {
                throw new IllegalArgumentException(name + ": truncated in the header of section " + (i + 1) + " of " + count);
            }
            int type = b.getInt();
            long size = b.getLong();
            if (size < 0 || size > b.remaining()) {
                throw new IllegalArgumentException(name + ": truncated: section type " + type + " declares " + Long.toUnsignedString(size)
                        + " bytes, " + b.remaining() + " remain");
            }
            if (sections.containsKey(type)) {
                throw new IllegalArgumentException(name + ": section type " + type + " appears twice");
            }
            ByteBuffer payload = b.slice(b.position(), (int) size).order(ByteOrder.LITTLE_ENDIAN);
            sections.put(type, payload);
            b.position(b.position() + (int) size);
        }
        return new IdenBinaryFile(name, magic, version, sections);
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\x%02x", (int) c));
        return sb.toString();
    }

    /** The name used in error messages (the file's path). */
    public String name() {
        return name;
    }

    /** The container's version field. */
    public int version() {
        return version;
    }

    /** Whether a section of this type is present. */
    public boolean has(int type) {
        return sections.containsKey(type);
    }

    /** A reader positioned at the start of the section; throws if the section is missing. */
    public Reader section(int type, String what) {
        ByteBuffer s = sections.get(type);
        if (s == null) {
            throw new IllegalArgumentException(name + ": section " + type + " (" + what + ") is missing");
        }
        return new Reader(s.duplicate().order(ByteOrder.LITTLE_ENDIAN), name + " section " + type + " (" + what + ")");
    }

    /** A bounds-checked little-endian reader over one section, whose errors name the file and section. */
    public static final class Reader {
        private final ByteBuffer b;
        private final String where;

        Reader(ByteBuffer b, String where) {
            this.b = b;
            this.where = where;
        }

        private void need(int n, String what) {
            if (b.remaining() < n) {
                throw new IllegalArgumentException(where + ": truncated reading " + what + " (" + n + " bytes needed, "
                        + b.remaining() + " remain)");
            }
        }

        /** An unsigned 32-bit integer that must fit in an int (≥ 0). */
        public int u32(String what) {
            need(4, what);
            int v = b.getInt();
            if (v < 0) throw new IllegalArgumentException(where + ": " + what + " = " + Integer.toUnsignedString(v) + " is too large");
            return v;
        }

        /** An unsigned 64-bit integer that must fit in a long (≥ 0). */
        public long u64(String what) {
            need(8, what);
            long v = b.getLong();
            if (v < 0) throw new IllegalArgumentException(where + ": " + what + " = " + Long.toUnsignedString(v) + " is too large");
            return v;
        }

        /** An n8-byte little-endian unsigned integer. */
        public BigInteger bigInt(int n8, String what) {
            need(n8, what);
            byte[] le = new byte[n8];
            b.get(le);
            byte[] be = new byte[n8 + 1];
            for (int i = 0; i < n8; i++) be[n8 - i] = le[i];
            return new BigInteger(be);
        }

        /** A 32-byte little-endian canonical element of F_r; a value ≥ r is an error. */
        public Fr fr(String what) {
            need(32, what);
            Fr v = frOrNull();
            if (v == null) throw lastNotBelowR(what);
            return v;
        }

        /** The error for the 32 bytes just read by {@link #frOrNull} being a number not below r (the number named). */
        IllegalArgumentException lastNotBelowR(String what) {
            b.position(b.position() - 32);
            return new IllegalArgumentException(where + ": " + what + " = " + bigInt(32, what) + " is not below the prime r");
        }

        /**
         * The next 32 bytes as a canonical element of F_r (four little-endian limbs, no BigInteger), or null when the
         * number is not below r; for loops that checked the length once for many values and name a bad one themselves.
         */
        Fr frOrNull() {
            return Fr.ZERO.fromCanonicalLimbs(b.getLong(), b.getLong(), b.getLong(), b.getLong());
        }

        /** The next four bytes as an unsigned 32-bit number (in a long); for loops that checked the length once. */
        long u32Unchecked() {
            return Integer.toUnsignedLong(b.getInt());
        }

        /** Checks the field-size and prime header fields: n8 = 32 and the prime r of BN254. */
        public void expectScalarPrime() {
            int n8 = u32("field size n8");
            if (n8 != 32) throw new IllegalArgumentException(where + ": field size " + n8 + " bytes, expected 32 (BN254's r)");
            BigInteger q = bigInt(n8, "prime");
            if (!q.equals(Fr.MODULUS)) {
                throw new IllegalArgumentException(where + ": prime " + q + " is not BN254's scalar field r = " + Fr.MODULUS);
            }
        }

        /** Bytes left in the section. */
        public int remaining() {
            return b.remaining();
        }

        /** Fails unless the section is fully consumed. */
        public void expectEnd() {
            if (b.remaining() != 0) {
                throw new IllegalArgumentException(where + ": " + b.remaining() + " unexpected bytes at the end of the section");
            }
        }

        /** Reads raw bytes. */
        public byte[] bytes(int n, String what) {
            need(n, what);
            byte[] out = new byte[n];
            b.get(out);
            return out;
        }

        /** Skips n bytes (for reading one part of a large section). */
        public void skip(long n, String what) {
            if (n < 0 || n > b.remaining()) {
                throw new IllegalArgumentException(where + ": truncated before " + what + " (" + n + " bytes to skip, " + b.remaining() + " remain)");
            }
            b.position(b.position() + (int) n);
        }

        /** Describes where this reader reads (file and section), for error messages. */
        public String where() {
            return where;
        }
    }

    /** Builds a container: sections in the order added. */
    public static final class Writer {
        private final String magic;
        private final int version;
        private final List<int[]> types = new ArrayList<>();
        private final List<byte[]> payloads = new ArrayList<>();

        /** A container with this 4-character magic and version. */
        public Writer(String magic, int version) {
            if (magic.length() != 4) throw new IllegalArgumentException("a magic has 4 characters");
            this.magic = magic;
            this.version = version;
        }

        /** Adds a section. */
        public Writer section(int type, Section payload) {
            types.add(new int[] {type});
            payloads.add(payload.bytes());
            return this;
        }

        /** The container's bytes. */
        public byte[] toBytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Section h = new Section();
            out.writeBytes(magic.getBytes(StandardCharsets.ISO_8859_1));
            h.u32(version).u32(types.size());
            out.writeBytes(h.bytes());
            for (int i = 0; i < types.size(); i++) {
                Section s = new Section().u32(types.get(i)[0]).u64(payloads.get(i).length);
                out.writeBytes(s.bytes());
                out.writeBytes(payloads.get(i));
            }
            return out.toByteArray();
        }

        /** Writes the container to a file. */
        public void write(Path file) {
            try {
                Files.write(file, toBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot write (" + e.getMessage() + ")", e);
            }
        }
    }

    /** A growing little-endian section payload. */
    public static final class Section {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteBuffer scratch = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);

        /** Appends a u32. */
        public Section u32(int v) {
            scratch.clear();
            scratch.putInt(v);
            out.write(scratch.array(), 0, 4);
            return this;
        }

        /** Appends a u64. */
        public Section u64(long v) {
            scratch.clear();
            scratch.putLong(v);
            out.write(scratch.array(), 0, 8);
            return this;
        }

        /** Appends a non-negative integer as n8 little-endian bytes. */
        public Section bigInt(BigInteger v, int n8) {
            byte[] be = v.toByteArray();
            byte[] le = new byte[n8];
            for (int i = 0; i < be.length && i < n8; i++) le[i] = be[be.length - 1 - i];
            out.writeBytes(le);
            return this;
        }

        /** Appends an element of F_r as 32 little-endian bytes of its canonical value. */
        public Section fr(Fr v) {
            byte[] be = v.toBytes();
            byte[] le = new byte[32];
            for (int i = 0; i < 32; i++) le[i] = be[31 - i];
            out.writeBytes(le);
            return this;
        }

        /** Appends n8 = 32 and BN254's prime r (the field header of .r1cs and .wtns). */
        public Section scalarPrime() {
            return u32(32).bigInt(Fr.MODULUS, 32);
        }

        /** Appends raw bytes. */
        public Section raw(byte[] bytes) {
            out.writeBytes(bytes);
            return this;
        }

        /** Appends another section's bytes. */
        public Section append(Section other) {
            out.writeBytes(other.bytes());
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
