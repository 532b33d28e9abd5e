package org.zkopml.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Keccak256Test {
    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    @Test
    void emptyInputGivesEthereumsConstant() {
        assertEquals("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", hex(Keccak256.hash(new byte[0])));
    }

    @Test
    void differsFromNistSha3() {
        // keccak256("abc") as Ethereum computes it; SHA3-256("abc") is 3a985da7...
        assertEquals("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45",
                hex(Keccak256.hash("abc".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void partsAreConcatenated() {
        byte[] ab = "ab".getBytes(StandardCharsets.US_ASCII);
        byte[] c = "c".getBytes(StandardCharsets.US_ASCII);
        assertEquals(hex(Keccak256.hash("abc".getBytes(StandardCharsets.US_ASCII))), hex(Keccak256.hash(ab, c)));
    }
}
