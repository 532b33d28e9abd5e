package org.zkopml.evm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads go-ethereum's precompile test vectors (lib/src/test/resources/vectors/ethereum-precompiles/, see the
 * README and PROVENANCE there): a JSON array of flat objects with string fields Input, Expected, Name.
 */
record PrecompileVectors(String name, byte[] input, byte[] expected) {

    private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*}");

    static List<PrecompileVectors> load(String file) {
        String path = "/vectors/ethereum-precompiles/" + file;
        try (InputStream in = PrecompileVectors.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + path);
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<PrecompileVectors> out = new ArrayList<>();
            Matcher m = OBJECT.matcher(json);
            while (m.find()) {
                String obj = m.group();
                out.add(new PrecompileVectors(field(obj, "Name", path), HexFormat.of().parseHex(field(obj, "Input", path)),
                        HexFormat.of().parseHex(field(obj, "Expected", path))));
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException(path + ": no vectors found");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String field(String obj, String key, String path) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\"([^\"]*)\"").matcher(obj);
        if (!m.find()) {
            throw new IllegalArgumentException(path + ": vector without " + key + ": " + obj);
        }
        return m.group(1);
    }

    @Override
    public String toString() {
        return name;
    }
}
