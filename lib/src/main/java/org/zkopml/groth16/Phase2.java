package org.zkopml.groth16;

import java.util.List;
import java.util.Objects;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;

/**
 * Phase 2 of a setup, as a {@code .zkey} records it: a circuit's proving key, the circuit hash that starts the
 * phase-2 transcript, and every δ contribution so far (section 10 of snarkjs's {@code .zkey}, its "MPC
 * parameters"). {@link Setup#fromPowersOfTau} makes the first one (δ = γ = 1, no contribution: usable by
 * nobody yet); {@link Ceremony#contribute} adds contributions; {@link Zkey#write(Phase2, java.nio.file.Path)}
 * writes it for snarkjs.
 *
 * @param key           the proving key after the contributions
 * @param circuitHash   BLAKE2b-512 of the initial key, as snarkjs computes it ({@code csHash}, 64 bytes)
 * @param contributions the δ contributions, in order
 */
public record Phase2(ProvingKey key, byte[] circuitHash, List<Phase2.Contribution> contributions) {
    public Phase2 {
        Objects.requireNonNull(key, "key");
        if (circuitHash.length != Blake2b.OUT) throw new IllegalArgumentException("a circuit hash has 64 bytes, got " + circuitHash.length);
        circuitHash = circuitHash.clone();
        contributions = List.copyOf(contributions);
    }

    @Override
    public byte[] circuitHash() {
        return circuitHash.clone();
    }

    /**
     * The phase 2 of a key made without powers of tau ({@link Setup#generate}), before any contribution. Its
     * circuit hash is BLAKE2b-512 of the key's points (α₁, β₁, β₂, γ₂, δ₁, δ₂, then IC, H, L, A, B₁, B₂, each with a
     * big-endian u32 count, uncompressed) — snarkjs's own hash needs the {@code .ptau}, so such a key is
     * contributed to and checked by the kit, not by {@code snarkjs zkey verify}.
     */
    public static Phase2 of(ProvingKey key) {
        VerifyingKey vk = key.vk();
        Blake2b h = new Blake2b();
        h.update(PointEncoding.uncompressed(vk.alpha1())).update(PointEncoding.uncompressed(key.beta1())).update(PointEncoding.uncompressed(vk.beta2()));
        h.update(PointEncoding.uncompressed(vk.gamma2())).update(PointEncoding.uncompressed(key.delta1())).update(PointEncoding.uncompressed(vk.delta2()));
        for (List<G1> points : List.of(vk.ic(), key.h(), key.l(), key.a(), key.b1())) {
            h.updateU32BigEndian(points.size()).update(PointEncoding.uncompressedG1s(points));
        }
        h.updateU32BigEndian(key.b2().size()).update(PointEncoding.uncompressedG2s(key.b2()));
        return new Phase2(key, h.digest(), List.of());
    }

    /** This phase 2 with one more contribution and the key after it. */
    Phase2 with(ProvingKey after, Contribution c) {
        List<Contribution> all = new java.util.ArrayList<>(contributions);
        all.add(c);
        return new Phase2(after, circuitHash, all);
    }

    /**
     * One participant's δ contribution, in snarkjs's layout: δ after it, and a proof of knowledge of the secret d
     * — a random s ∈ G₁, s·d, and sp·d where sp = hashToG2(transcript), the transcript being BLAKE2b of the
     * circuit hash, every earlier contribution's public key, s and s·d.
     *
     * @param name       a name (or empty)
     * @param deltaAfter [δ]₁ after the contribution
     * @param s          a random point of G₁
     * @param sx         s·d
     * @param spx        sp·d
     * @param transcript the 64-byte transcript hash sp is derived from
     */
    public record Contribution(String name, G1 deltaAfter, G1 s, G1 sx, G2 spx, byte[] transcript) {
        public Contribution {
            name = name == null ? "" : name;
            Objects.requireNonNull(deltaAfter, "deltaAfter");
            Objects.requireNonNull(s, "s");
            Objects.requireNonNull(sx, "sx");
            Objects.requireNonNull(spx, "spx");
            if (transcript.length != Blake2b.OUT) throw new IllegalArgumentException("a transcript hash has 64 bytes");
            transcript = transcript.clone();
        }

        @Override
        public byte[] transcript() {
            return transcript.clone();
        }

        /** The public key as the next transcripts absorb it: δ after, s, s·d, sp·d (uncompressed), the transcript. */
        byte[] publicKeyBytes() {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            out.writeBytes(PointEncoding.uncompressed(deltaAfter));
            out.writeBytes(PointEncoding.uncompressed(s));
            out.writeBytes(PointEncoding.uncompressed(sx));
            out.writeBytes(PointEncoding.uncompressed(spx));
            out.writeBytes(transcript);
            return out.toByteArray();
        }

        @Override
        public String toString() {
            return "Contribution[" + (name.isEmpty() ? "unnamed" : name) + "]";
        }
    }
}
