package org.zkopml.groth16;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zkopml.curve.CurvePoint;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.field.Fp;
import org.zkopml.field.Fp12;
import org.zkopml.field.Fp2;
import org.zkopml.field.Fp6;
import org.zkopml.field.Fr;
import org.zkopml.pairing.Bn254Pairing;

/**
 * snarkjs's JSON files for Groth16 over BN254 ("bn128"): {@code proof.json} ({@code pi_a}, {@code pi_b},
 * {@code pi_c}, {@code protocol}, {@code curve}), {@code public.json} (an array of public inputs) and
 * {@code verification_key.json} ({@code protocol, curve, nPublic, vk_alpha_1, vk_beta_2, vk_gamma_2,
 * vk_delta_2, vk_alphabeta_12, IC}). Numbers are decimal strings; a G1 point is {@code [x, y, "1"]}, a G2 point
 * {@code [[x.c0, x.c1], [y.c0, y.c1], ["1", "0"]]}; the point at infinity has z = 0. Reading checks the shape
 * and that coordinates are below p and fails with one line naming the file and the field; whether the points
 * are on the curve and in the subgroup is left to the {@link Verifier}, which explains it.
 */
public final class SnarkjsJson {
    private SnarkjsJson() {
    }

    // ------------------------------------------------------------------ writing

    /** The JSON object of a proof in snarkjs's layout. */
    public static JsonObject proofJson(Proof proof) {
        JsonObject o = new JsonObject();
        o.add("pi_a", g1(proof.a()));
        o.add("pi_b", g2(proof.b()));
        o.add("pi_c", g1(proof.c()));
        o.addProperty("protocol", "groth16");
        o.addProperty("curve", "bn128");
        return o;
    }

    /** The JSON array of public inputs. */
    public static JsonArray publicJson(List<Fr> publicInputs) {
        JsonArray a = new JsonArray();
        for (Fr x : publicInputs) a.add(x.toBigInteger().toString());
        return a;
    }

    /**
     * snarkjs's pairing is the kit's raised to λ = 2z(6z² + 3z + 1), z the BN parameter: ffjavascript's final
     * exponentiation uses the hard part of Fuentes-Castañeda, Knapp and Rodríguez-Henríquez ("Faster hashing to
     * G2", SAC 2011), which computes f^(λ·(p⁴ − p² + 1)/r). λ is coprime to r, so e^λ is an equally good pairing
     * and every pairing check (a product = 1) agrees; only a written value such as {@code vk_alphabeta_12} shows it.
     */
    public static final BigInteger SNARKJS_PAIRING_POWER;

    static {
        BigInteger z = new BigInteger("4965661367192848881");
        SNARKJS_PAIRING_POWER = z.shiftLeft(1).multiply(z.multiply(z).multiply(BigInteger.valueOf(6)).add(z.multiply(BigInteger.valueOf(3))).add(BigInteger.ONE));
    }

    /**
     * The JSON object of a verifying key in snarkjs's layout, with vk_alphabeta_12 = e(α, β)^λ as snarkjs computes
     * it ({@link #SNARKJS_PAIRING_POWER}).
     */
    public static JsonObject verifyingKeyJson(VerifyingKey vk) {
        JsonObject o = new JsonObject();
        o.addProperty("protocol", "groth16");
        o.addProperty("curve", "bn128");
        o.addProperty("nPublic", vk.publicInputs());
        o.add("vk_alpha_1", g1(vk.alpha1()));
        o.add("vk_beta_2", g2(vk.beta2()));
        o.add("vk_gamma_2", g2(vk.gamma2()));
        o.add("vk_delta_2", g2(vk.delta2()));
        o.add("vk_alphabeta_12", gt(Bn254Pairing.pair(vk.alpha1(), vk.beta2()).pow(SNARKJS_PAIRING_POWER)));
        JsonArray ic = new JsonArray();
        for (G1 p : vk.ic()) ic.add(g1(p));
        o.add("IC", ic);
        return o;
    }

    /**
     * The arguments of a Solidity verifier's {@code verifyProof(a, b, c, input)} as snarkjs's
     * {@code zkey export soliditycalldata} prints them: 32-byte hex words, each G2 coordinate as (c1, c0) — the
     * EVM's (imaginary, real) order of EIP-197, swapped relative to the JSON.
     */
    public static String solidityCalldata(Proof proof, List<Fr> publicInputs) {
        StringBuilder inputs = new StringBuilder();
        for (Fr x : publicInputs) {
            if (inputs.length() > 0) inputs.append(',');
            inputs.append(word(x.toBigInteger()));
        }
        G1 a = proof.a().toAffine(), c = proof.c().toAffine();
        Fp2 bx = proof.b().x(), by = proof.b().y();
        return "[" + word(a.x()) + ", " + word(a.y()) + "],"
                + "[[" + word(bx.c1()) + ", " + word(bx.c0()) + "],[" + word(by.c1()) + ", " + word(by.c0()) + "]],"
                + "[" + word(c.x()) + ", " + word(c.y()) + "],"
                + "[" + inputs + "]";
    }

    private static String word(Fp v) {
        return word(v.toBigInteger());
    }

    private static String word(BigInteger v) {
        return "\"0x" + String.format("%64s", v.toString(16)).replace(' ', '0') + "\"";
    }

    /** Writes proof.json. */
    public static void writeProof(Proof proof, Path file) {
        write(proofJson(proof), file);
    }

    /** Writes public.json. */
    public static void writePublic(List<Fr> publicInputs, Path file) {
        write(publicJson(publicInputs), file);
    }

    /** Writes verification_key.json. */
    public static void writeVerifyingKey(VerifyingKey vk, Path file) {
        write(verifyingKeyJson(vk), file);
    }

    /** Pretty-printed JSON text, as snarkjs writes it. */
    public static String text(JsonElement e) {
        return new GsonBuilder().setPrettyPrinting().create().toJson(e);
    }

    private static void write(JsonElement e, Path file) {
        try {
            Files.writeString(file, text(e) + "\n", StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(file + ": cannot write (" + ex.getMessage() + ")", ex);
        }
    }

    private static JsonArray g1(G1 p) {
        JsonArray a = new JsonArray();
        if (p.isInfinity()) {
            a.add("0");
            a.add("1");
            a.add("0");
            return a;
        }
        a.add(p.x().toBigInteger().toString());
        a.add(p.y().toBigInteger().toString());
        a.add("1");
        return a;
    }

    private static JsonArray fp2(Fp2 x) {
        JsonArray a = new JsonArray();
        a.add(x.c0().toBigInteger().toString());
        a.add(x.c1().toBigInteger().toString());
        return a;
    }

    private static JsonArray g2(G2 p) {
        JsonArray a = new JsonArray();
        if (p.isInfinity()) {
            a.add(fp2(Fp2.ZERO));
            a.add(fp2(Fp2.ONE));
            a.add(fp2(Fp2.ZERO));
            return a;
        }
        a.add(fp2(p.x()));
        a.add(fp2(p.y()));
        a.add(fp2(Fp2.ONE));
        return a;
    }

    private static JsonArray gt(Fp12 f) {
        JsonArray a = new JsonArray();
        for (Fp6 six : List.of(f.c0(), f.c1())) {
            JsonArray b = new JsonArray();
            for (Fp2 two : List.of(six.c0(), six.c1(), six.c2())) b.add(fp2(two));
            a.add(b);
        }
        return a;
    }

    // ------------------------------------------------------------------ reading

    /** Reads proof.json. */
    public static Proof readProof(Path file) {
        return parseProof(read(file), file.toString());
    }

    /** Parses a proof.json text; {@code name} names it in errors. */
    public static Proof parseProof(String json, String name) {
        JsonObject o = object(parse(json, name), name);
        expectString(o, "protocol", "groth16", name);
        expectString(o, "curve", "bn128", name);
        return new Proof(g1(field(o, "pi_a", name), name + ": pi_a"), g2(field(o, "pi_b", name), name + ": pi_b"),
                g1(field(o, "pi_c", name), name + ": pi_c"));
    }

    /** Reads public.json: the public inputs as integers (the verifier checks that each is below r). */
    public static List<BigInteger> readPublic(Path file) {
        return parsePublic(read(file), file.toString());
    }

    /** Parses a public.json text. */
    public static List<BigInteger> parsePublic(String json, String name) {
        JsonElement e = parse(json, name);
        if (!e.isJsonArray()) throw new IllegalArgumentException(name + ": expected an array of decimal strings");
        List<BigInteger> out = new ArrayList<>();
        JsonArray a = e.getAsJsonArray();
        for (int i = 0; i < a.size(); i++) out.add(decimal(a.get(i), name + ": [" + i + "]"));
        return out;
    }

    /** Reads verification_key.json. */
    public static VerifyingKey readVerifyingKey(Path file) {
        return parseVerifyingKey(read(file), file.toString());
    }

    /** Parses a verification_key.json text; its points must be on the curve and G2 points in G2. */
    public static VerifyingKey parseVerifyingKey(String json, String name) {
        JsonObject o = object(parse(json, name), name);
        expectString(o, "protocol", "groth16", name);
        expectString(o, "curve", "bn128", name);
        JsonArray icJson = array(field(o, "IC", name), name + ": IC");
        List<G1> ic = new ArrayList<>();
        for (int i = 0; i < icJson.size(); i++) ic.add(checked(g1(icJson.get(i), name + ": IC[" + i + "]"), name + ": IC[" + i + "]"));
        if (o.has("nPublic")) {
            BigInteger n = decimal(o.get("nPublic"), name + ": nPublic");
            if (!n.equals(BigInteger.valueOf(ic.size() - 1L))) {
                throw new IllegalArgumentException(name + ": nPublic = " + n + " but IC has " + ic.size() + " points (expected nPublic + 1)");
            }
        }
        if (ic.isEmpty()) throw new IllegalArgumentException(name + ": IC is empty, expected nPublic + 1 points");
        return new VerifyingKey(checked(g1(field(o, "vk_alpha_1", name), name + ": vk_alpha_1"), name + ": vk_alpha_1"),
                checked(g2(field(o, "vk_beta_2", name), name + ": vk_beta_2"), name + ": vk_beta_2"),
                checked(g2(field(o, "vk_gamma_2", name), name + ": vk_gamma_2"), name + ": vk_gamma_2"),
                checked(g2(field(o, "vk_delta_2", name), name + ": vk_delta_2"), name + ": vk_delta_2"), ic);
    }

    private static G1 checked(G1 p, String where) {
        if (!p.isOnCurve()) throw new IllegalArgumentException(where + ": point is not on the curve y^2 = x^3 + 3");
        return p;
    }

    private static G2 checked(G2 p, String where) {
        if (!p.isOnCurve()) throw new IllegalArgumentException(where + ": point is not on the twist");
        if (!p.isInSubgroup()) throw new IllegalArgumentException(where + ": point is not in the subgroup G2");
        return p;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static JsonElement parse(String json, String name) {
        try {
            return JsonParser.parseString(json);
        } catch (JsonParseException e) {
            String m = e.getMessage() == null ? "syntax error" : e.getMessage().split("\n")[0];
            throw new IllegalArgumentException(name + ": not valid JSON (" + m + ")");
        }
    }

    private static JsonObject object(JsonElement e, String name) {
        if (!e.isJsonObject()) throw new IllegalArgumentException(name + ": expected a JSON object");
        return e.getAsJsonObject();
    }

    private static JsonElement field(JsonObject o, String key, String name) {
        JsonElement e = o.get(key);
        if (e == null) throw new IllegalArgumentException(name + ": field '" + key + "' is missing");
        return e;
    }

    private static void expectString(JsonObject o, String key, String value, String name) {
        JsonElement e = o.get(key);
        if (e != null && !(e.isJsonPrimitive() && e.getAsString().equals(value))) {
            throw new IllegalArgumentException(name + ": " + key + " is " + e + ", expected \"" + value + "\"");
        }
    }

    private static JsonArray array(JsonElement e, String where) {
        if (!e.isJsonArray()) throw new IllegalArgumentException(where + ": expected an array");
        return e.getAsJsonArray();
    }

    private static JsonArray array(JsonElement e, int size, String where) {
        JsonArray a = array(e, where);
        if (a.size() != size) throw new IllegalArgumentException(where + ": expected an array of " + size + " elements, got " + a.size());
        return a;
    }

    private static BigInteger decimal(JsonElement e, String where) {
        if (!e.isJsonPrimitive()) throw new IllegalArgumentException(where + ": expected a decimal string");
        JsonPrimitive p = e.getAsJsonPrimitive();
        String s = p.getAsString();
        if (!s.matches("[0-9]{1,100}")) throw new IllegalArgumentException(where + ": '" + s + "' is not a non-negative decimal integer");
        return new BigInteger(s);
    }

    private static Fp coordinate(JsonElement e, String where) {
        BigInteger v = decimal(e, where);
        if (v.compareTo(Fp.MODULUS) >= 0) throw new IllegalArgumentException(where + ": coordinate " + v + " is not below p");
        return Fp.of(v);
    }

    private static G1 g1(JsonElement e, String where) {
        JsonArray a = array(e, 3, where);
        Fp x = coordinate(a.get(0), where + "[0]"), y = coordinate(a.get(1), where + "[1]"), z = coordinate(a.get(2), where + "[2]");
        if (z.isZero()) return G1.INFINITY;
        if (!z.isOne()) throw new IllegalArgumentException(where + ": z must be \"1\" (or \"0\" for infinity)");
        try {
            return G1.of(x, y);
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException(where + ": " + bad.getMessage());
        }
    }

    private static Fp2 fp2(JsonElement e, String where) {
        JsonArray a = array(e, 2, where);
        return new Fp2(coordinate(a.get(0), where + "[0]"), coordinate(a.get(1), where + "[1]"));
    }

    private static G2 g2(JsonElement e, String where) {
        JsonArray a = array(e, 3, where);
        Fp2 x = fp2(a.get(0), where + "[0]"), y = fp2(a.get(1), where + "[1]"), z = fp2(a.get(2), where + "[2]");
        if (z.isZero()) return G2.INFINITY;
        if (!z.isOne()) throw new IllegalArgumentException(where + ": z must be [\"1\", \"0\"] (or zero for infinity)");
        try {
            return G2.of(x, y);
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException(where + ": " + bad.getMessage());
        }
    }
}
