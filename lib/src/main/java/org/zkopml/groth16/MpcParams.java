package org.zkopml.groth16;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.r1cs.IdenBinaryFile;

/**
 * Section 10 of a {@code .zkey}, snarkjs's "MPC parameters": the 64-byte circuit hash, u32 count, then per
 * contribution δ₁ after, s, s·d (G₁), sp·d (G₂), all LEM, the 64-byte transcript, u32 type (1 = random beacon),
 * u32 length and sorted parameters (1: name; 2, 3: a beacon's iterations and hash).
 */
final class MpcParams {
    private MpcParams() {
    }

    /** The circuit hash and contributions of a section 10. */
    record Content(byte[] circuitHash, List<Phase2.Contribution> contributions) {
    }

    static Content read(IdenBinaryFile.Reader r) {
        byte[] hash = r.bytes(Blake2b.OUT, "circuit hash");
        int count = r.u32("contribution count");
        List<Phase2.Contribution> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String c = "contribution " + (i + 1);
            G1 delta = PointEncoding.readG1(r, c + " deltaAfter");
            G1 s = PointEncoding.readG1(r, c + " g1_s"), sx = PointEncoding.readG1(r, c + " g1_sx");
            G2 spx = PointEncoding.readG2(r, c + " g2_spx");
            byte[] transcript = r.bytes(Blake2b.OUT, c + " transcript");
            int type = r.u32(c + " type");
            if (type > 1) throw new IllegalArgumentException(r.where() + ": " + c + " has type " + type + ", expected 0 or 1 (beacon)");
            byte[] params = r.bytes(r.u32(c + " parameter length"), c + " parameters");
            String name = "";
            int last = 0;
            for (int p = 0; p < params.length; ) {
                int kind = params[p++] & 0xff;
                if (kind <= last || kind > 3 || p >= params.length) {
                    throw new IllegalArgumentException(r.where() + ": " + c + "'s parameters are malformed (kind " + kind + ")");
                }
                last = kind;
                if (kind == 2) {
                    p++;
                    continue;
                }
                int len = params[p++] & 0xff;
                if (p + len > params.length) throw new IllegalArgumentException(r.where() + ": " + c + "'s parameter " + kind + " is truncated");
                if (kind == 1) name = new String(params, p, len, StandardCharsets.UTF_8);
                p += len;
            }
            out.add(new Phase2.Contribution(name, delta, s, sx, spx, transcript));
        }
        r.expectEnd();
        return new Content(hash, out);
    }

    static IdenBinaryFile.Section section(byte[] circuitHash, List<Phase2.Contribution> contributions) {
        IdenBinaryFile.Section s = new IdenBinaryFile.Section().raw(circuitHash).u32(contributions.size());
        for (Phase2.Contribution c : contributions) {
            PointEncoding.putLem(s, c.deltaAfter());
            PointEncoding.putLem(s, c.s());
            PointEncoding.putLem(s, c.sx());
            PointEncoding.putLem(s, c.spx());
            s.raw(c.transcript()).u32(0);
            ByteArrayOutputStream params = new ByteArrayOutputStream();
            if (!c.name().isEmpty()) {
                String cut = c.name().codePointCount(0, c.name().length()) > 64 ? c.name().substring(0, c.name().offsetByCodePoints(0, 64)) : c.name();
                byte[] name = cut.getBytes(StandardCharsets.UTF_8);
                params.write(1);
                params.write(Math.min(255, name.length));
                params.write(name, 0, Math.min(255, name.length));
            }
            byte[] p = params.toByteArray();
            s.u32(p.length).raw(p);
        }
        return s;
    }
}
