package org.zkopml.commit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zkopml.hash.Keccak256;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class MerkleTreeTest {
    private static final HexFormat HEX = HexFormat.of();

    private static byte[] word(int i) {
        byte[] w = new byte[32];
        w[28] = (byte) (i >>> 24); w[29] = (byte) (i >>> 16); w[30] = (byte) (i >>> 8); w[31] = (byte) i;
        return w;
    }

    @Test
    void nodeIsKeccakOfThePackedPair() {
        // keccak256(abi.encodePacked(bytes32(0), bytes32(0))), the well-known first zero-subtree hash
        assertEquals("ad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
                HEX.formatHex(MerkleTree.node(new byte[32], new byte[32])));
        byte[] packed = new byte[64];
        System.arraycopy(word(1), 0, packed, 0, 32);
        System.arraycopy(word(2), 0, packed, 32, 32);
        assertArrayEquals(Keccak256.hash(packed), MerkleTree.node(word(1), word(2)));
        assertFalse(Arrays.equals(MerkleTree.node(word(1), word(2)), MerkleTree.node(word(2), word(1))), "order matters");
    }

    @Test
    void rootComputedByHandWithKeccak() {
        byte[] a = word(7), b = word(8), c = word(9), zero = new byte[32];
        byte[] expected = Keccak256.hash(Keccak256.hash(a, b), Keccak256.hash(c, zero));
        MerkleTree tree = MerkleTree.of(List.of(a, b, c));
        assertEquals(2, tree.depth());
        assertArrayEquals(expected, tree.root());
        MerkleProof proof = tree.proof(2);
        assertArrayEquals(zero, proof.siblings().get(0));
        assertArrayEquals(Keccak256.hash(a, b), proof.siblings().get(1));
        assertTrue(proof.verify(expected, 2));
    }

    @Test
    void leafOfIsTaggedHashOfHash() {
        byte[] data = "hello".getBytes(StandardCharsets.US_ASCII);
        byte[] expected = Keccak256.hash(new byte[] {0x00}, Keccak256.hash(data));
        assertArrayEquals(expected, MerkleTree.leafOf(data));
        assertFalse(Arrays.equals(Keccak256.hash(data), MerkleTree.leafOf(data)));
        // a 64-byte datum that is two words is not hashed like the node over those words
        byte[] twoWords = new byte[64];
        System.arraycopy(word(1), 0, twoWords, 0, 32);
        System.arraycopy(word(2), 0, twoWords, 32, 32);
        assertFalse(Arrays.equals(MerkleTree.node(word(1), word(2)), MerkleTree.leafOf(twoWords)));
    }

    record Vector(String description, int depth, List<byte[]> leaves, int index, List<byte[]> siblings, byte[] root) {
        @Override public String toString() { return description; }
    }

    static List<Map<String, String>> blocks() throws IOException {
        try (InputStream in = MerkleTreeTest.class.getResourceAsStream("/commit/merkle-vectors.txt")) {
            assertNotNull(in, "merkle-vectors.txt on the test class path");
            List<Map<String, String>> blocks = new ArrayList<>();
            Map<String, String> current = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#")) continue;
                if (line.isBlank()) {
                    if (!current.isEmpty()) blocks.add(current);
                    current = new LinkedHashMap<>();
                    continue;
                }
                int colon = line.indexOf(':');
                current.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
            if (!current.isEmpty()) blocks.add(current);
            return blocks;
        }
    }

    static List<byte[]> words(String csv) {
        List<byte[]> out = new ArrayList<>();
        for (String h : csv.split(",")) out.add(HEX.parseHex(h));
        return out;
    }

    static Stream<Vector> vectors() throws IOException {
        return blocks().stream().filter(b -> b.containsKey("description")).map(b -> new Vector(b.get("description"),
                Integer.parseInt(b.get("depth")), words(b.get("leaves")), Integer.parseInt(b.get("index")),
                words(b.get("siblings")), HEX.parseHex(b.get("root"))));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void agreesWithIndependentVectors(Vector v) {
        MerkleTree tree = MerkleTree.of(v.leaves(), v.depth());
        assertEquals(v.root().length, 32);
        assertArrayEquals(v.root(), tree.root(), "root");
        MerkleProof proof = tree.proof(v.index());
        assertEquals(v.siblings().size(), proof.siblings().size());
        for (int k = 0; k < v.siblings().size(); k++) assertArrayEquals(v.siblings().get(k), proof.siblings().get(k), "sibling " + k);
        assertTrue(new MerkleProof(v.index(), v.leaves().size() > v.index() ? v.leaves().get(v.index()) : new byte[32], v.siblings())
                .verify(v.root(), v.depth()));
    }

    @Test
    void zeroRootAgreesWithIndependentVector() throws IOException {
        String expected = blocks().stream().filter(b -> b.containsKey("zeroRoot27")).findFirst().orElseThrow().get("zeroRoot27");
        assertEquals(expected, HEX.formatHex(MerkleTree.zeroRoot(27)));
        assertArrayEquals(MerkleTree.zeroRoot(27), MerkleTree.of(List.of(new byte[32]), 27).root());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8, 13, 32, 33})
    void everyLeafHasAProofAndOnlyItVerifies(int n) {
        SplittableRandom random = new SplittableRandom(n);
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] leaf = new byte[32];
            random.nextBytes(leaf);
            leaves.add(leaf);
        }
        MerkleTree tree = MerkleTree.of(leaves);
        assertTrue(1L << tree.depth() >= n && (tree.depth() == 0 || 1L << (tree.depth() - 1) < n), "smallest depth");
        byte[] root = tree.root();
        for (int i = 0; i < tree.capacity(); i++) {
            MerkleProof proof = tree.proof(i);
            assertArrayEquals(i < n ? leaves.get(i) : new byte[32], proof.leaf());
            assertTrue(proof.verify(root, tree.depth()), "leaf " + i);
            byte[] other = proof.leaf();
            other[random.nextInt(32)] ^= (byte) (1 << random.nextInt(8));
            assertFalse(new MerkleProof(i, other, proof.siblings()).verify(root), "flipped leaf bit " + i);
            if (tree.depth() > 0 && i < n) {
                // a real leaf's path node never equals its sibling, so moving the proof to another index breaks it
                int wrongIndex = i ^ (1 << random.nextInt(tree.depth()));
                assertFalse(new MerkleProof(wrongIndex, proof.leaf(), proof.siblings()).verify(root),
                        "proof moved from index " + i + " to " + wrongIndex);
            }
        }
    }

    @Test
    void fixedDepthRejectsInteriorNodeAsLeaf() {
        List<byte[]> leaves = List.of(word(1), word(2), word(3), word(4));
        MerkleTree tree = MerkleTree.of(leaves);
        // the node over leaves 0,1 with its sibling forms a valid depth-1 "proof" of the same root
        MerkleProof forged = new MerkleProof(0, MerkleTree.node(word(1), word(2)), List.of(MerkleTree.node(word(3), word(4))));
        assertTrue(forged.verify(tree.root()), "without a fixed depth the interior node passes as a leaf");
        assertFalse(forged.verify(tree.root(), tree.depth()), "with the tree's depth it is rejected");
    }

    @Test
    void checkExplainsEveryRejection() {
        MerkleTree tree = MerkleTree.of(List.of(word(1), word(2), word(3), word(4)));
        MerkleProof proof = tree.proof(2);
        Verdict ok = proof.check(tree.root(), 2);
        assertTrue(ok.accepted(), ok.reason());
        Verdict depth = proof.check(tree.root(), 3);
        assertFalse(depth.accepted());
        assertEquals("the proof has 2 siblings, the tree has depth 3", depth.reason());
        byte[] other = tree.root();
        other[31] ^= 1;
        Verdict root = proof.check(other, 2);
        assertFalse(root.accepted());
        assertTrue(root.reason().startsWith("the path from leaf 2 leads to 0x") && root.reason().endsWith(java.util.HexFormat.of().formatHex(other)), root.reason());
        assertFalse(proof.check(new byte[31], 2).accepted());
        assertFalse(proof.check(null, 2).accepted());
    }

    @Test
    void immutable() {
        byte[] leaf = word(5);
        List<byte[]> leaves = new ArrayList<>(List.of(leaf, word(6)));
        MerkleTree tree = MerkleTree.of(leaves);
        byte[] root = tree.root();
        leaf[0] = 1;
        leaves.set(1, word(99));
        tree.root()[0] ^= 1;
        assertArrayEquals(root, tree.root());
        MerkleProof proof = tree.proof(0);
        proof.leaf()[0] = 9;
        proof.siblings().get(0)[0] = 9;
        assertTrue(proof.verify(root, 1));
        assertEquals(proof, tree.proof(0));
    }

    @Test
    void badInputIsRejectedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> MerkleTree.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> MerkleTree.of(List.of(new byte[31])));
        assertThrows(IllegalArgumentException.class, () -> MerkleTree.of(List.of(word(1), word(2), word(3)), 1));
        assertThrows(IllegalArgumentException.class, () -> MerkleTree.of(List.of(word(1)), 32));
        assertThrows(IllegalArgumentException.class, () -> MerkleTree.node(new byte[32], new byte[33]));
        assertThrows(IllegalArgumentException.class, () -> MerkleTree.of(List.of(word(1), word(2))).proof(2));
        assertThrows(IllegalArgumentException.class, () -> new MerkleProof(2, word(1), List.of(word(2))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MerkleTree.of(List.of(word(1), new byte[3])));
        assertTrue(e.getMessage().contains("leaf 1"), e.getMessage());
    }
}
