package org.zkopml.commit;

import org.zkopml.values.Bytes32;
import org.zkopml.values.Verdict;
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

    private static Bytes32 word(int i) {
        return Bytes32.fromBigInteger(java.math.BigInteger.valueOf(i));
    }

    private static final Bytes32 ZERO = Bytes32.ZERO;

    @Test
    void nodeIsKeccakOfThePackedPair() {
        // keccak256(abi.encodePacked(bytes32(0), bytes32(0))), the well-known first zero-subtree hash
        assertEquals("ad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
                HEX.formatHex(MerkleTree.node(ZERO, ZERO).bytes()));
        byte[] packed = new byte[64];
        word(1).copyTo(packed, 0);
        word(2).copyTo(packed, 32);
        assertEquals(Bytes32.of(Keccak256.hash(packed)), MerkleTree.node(word(1), word(2)));
        assertNotEquals(MerkleTree.node(word(1), word(2)), MerkleTree.node(word(2), word(1)), "order matters");
    }

    @Test
    void rootComputedByHandWithKeccak() {
        byte[] a = word(7).bytes(), b = word(8).bytes(), c = word(9).bytes(), zero = new byte[32];
        Bytes32 expected = Bytes32.of(Keccak256.hash(Keccak256.hash(a, b), Keccak256.hash(c, zero)));
        MerkleTree tree = MerkleTree.of(List.of(word(7), word(8), word(9)));
        assertEquals(2, tree.depth());
        assertEquals(expected, tree.root());
        MerkleProof proof = tree.proof(2);
        assertEquals(ZERO, proof.siblings().get(0));
        assertEquals(Bytes32.of(Keccak256.hash(a, b)), proof.siblings().get(1));
        assertTrue(proof.check(expected, 2).accepted());
    }

    @Test
    void leafOfIsTaggedHashOfHash() {
        byte[] data = "hello".getBytes(StandardCharsets.US_ASCII);
        byte[] expected = Keccak256.hash(new byte[] {0x00}, Keccak256.hash(data));
        assertArrayEquals(expected, MerkleTree.leafOf(data).bytes());
        assertFalse(Arrays.equals(Keccak256.hash(data), MerkleTree.leafOf(data).bytes()));
        // a 64-byte datum that is two words is not hashed like the node over those words
        byte[] twoWords = new byte[64];
        word(1).copyTo(twoWords, 0);
        word(2).copyTo(twoWords, 32);
        assertNotEquals(MerkleTree.node(word(1), word(2)), MerkleTree.leafOf(twoWords));
    }

    record Vector(String description, int depth, List<Bytes32> leaves, int index, List<Bytes32> siblings, Bytes32 root) {
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

    static List<Bytes32> words(String csv) {
        List<Bytes32> out = new ArrayList<>();
        for (String h : csv.split(",")) out.add(Bytes32.fromHex(h));
        return out;
    }

    static Stream<Vector> vectors() throws IOException {
        return blocks().stream().filter(b -> b.containsKey("description")).map(b -> new Vector(b.get("description"),
                Integer.parseInt(b.get("depth")), words(b.get("leaves")), Integer.parseInt(b.get("index")),
                words(b.get("siblings")), Bytes32.fromHex(b.get("root"))));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void agreesWithIndependentVectors(Vector v) {
        MerkleTree tree = MerkleTree.of(v.leaves(), v.depth());
        assertEquals(v.root(), tree.root(), "root");
        MerkleProof proof = tree.proof(v.index());
        assertEquals(v.siblings().size(), proof.siblings().size());
        for (int k = 0; k < v.siblings().size(); k++) assertEquals(v.siblings().get(k), proof.siblings().get(k), "sibling " + k);
        assertTrue(new MerkleProof(v.index(), v.leaves().size() > v.index() ? v.leaves().get(v.index()) : ZERO, v.siblings())
                .check(v.root(), v.depth()).accepted());
    }

    @Test
    void zeroRootAgreesWithIndependentVector() throws IOException {
        String expected = blocks().stream().filter(b -> b.containsKey("zeroRoot27")).findFirst().orElseThrow().get("zeroRoot27");
        assertEquals(expected, HEX.formatHex(MerkleTree.zeroRoot(27).bytes()));
        assertEquals(MerkleTree.zeroRoot(27), MerkleTree.of(List.of(ZERO), 27).root());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8, 13, 32, 33})
    void everyLeafHasAProofAndOnlyItVerifies(int n) {
        SplittableRandom random = new SplittableRandom(n);
        List<Bytes32> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] leaf = new byte[32];
            random.nextBytes(leaf);
            leaves.add(Bytes32.of(leaf));
        }
        MerkleTree tree = MerkleTree.of(leaves);
        assertTrue(1L << tree.depth() >= n && (tree.depth() == 0 || 1L << (tree.depth() - 1) < n), "smallest depth");
        Bytes32 root = tree.root();
        int depth = tree.depth();
        for (int i = 0; i < tree.capacity(); i++) {
            MerkleProof proof = tree.proof(i);
            assertEquals(i < n ? leaves.get(i) : ZERO, proof.leaf());
            assertTrue(proof.check(root, depth).accepted(), "leaf " + i);
            byte[] other = proof.leaf().bytes();
            other[random.nextInt(32)] ^= (byte) (1 << random.nextInt(8));
            assertFalse(new MerkleProof(i, Bytes32.of(other), proof.siblings()).check(root, depth).accepted(), "flipped leaf bit " + i);
            if (tree.depth() > 0 && i < n) {
                // a real leaf's path node never equals its sibling, so moving the proof to another index breaks it
                int wrongIndex = i ^ (1 << random.nextInt(tree.depth()));
                assertFalse(new MerkleProof(wrongIndex, proof.leaf(), proof.siblings()).check(root, depth).accepted(),
                        "proof moved from index " + i + " to " + wrongIndex);
            }
        }
    }

    @Test
    void fixedDepthRejectsInteriorNodeAsLeaf() {
        List<Bytes32> leaves = List.of(word(1), word(2), word(3), word(4));
        MerkleTree tree = MerkleTree.of(leaves);
        // the node over leaves 0,1 with its sibling forms a valid depth-1 "proof" of the same root
        MerkleProof forged = new MerkleProof(0, MerkleTree.node(word(1), word(2)), List.of(MerkleTree.node(word(3), word(4))));
        assertEquals(tree.root(), forged.computeRoot(), "without a fixed depth the interior node passes as a leaf");
        Verdict<Void> v = forged.check(tree.root(), tree.depth());
        assertFalse(v.accepted(), "with the tree's depth it is rejected");
        assertEquals("the proof has 1 siblings, the tree has depth 2", v.reason());
    }

    @Test
    void checkExplainsEveryRejection() {
        MerkleTree tree = MerkleTree.of(List.of(word(1), word(2), word(3), word(4)));
        MerkleProof proof = tree.proof(2);
        Verdict<Void> ok = proof.check(tree.root(), 2);
        assertTrue(ok.accepted(), ok.reason());
        Verdict<Void> depth = proof.check(tree.root(), 3);
        assertFalse(depth.accepted());
        assertEquals("the proof has 2 siblings, the tree has depth 3", depth.reason());
        byte[] otherBytes = tree.root().bytes();
        otherBytes[31] ^= 1;
        Bytes32 other = Bytes32.of(otherBytes);
        Verdict<Void> root = proof.check(other, 2);
        assertFalse(root.accepted());
        assertTrue(root.reason().startsWith("the path from leaf 2 leads to 0x") && root.reason().endsWith(other.hex()), root.reason());
        assertFalse(proof.check(null, 2).accepted());
    }

    @Test
    void immutableWithValueEquality() {
        List<Bytes32> leaves = new ArrayList<>(List.of(word(5), word(6)));
        MerkleTree tree = MerkleTree.of(leaves);
        Bytes32 root = tree.root();
        leaves.set(1, word(99));
        assertEquals(root, tree.root());
        MerkleProof proof = tree.proof(0);
        assertThrows(UnsupportedOperationException.class, () -> proof.siblings().set(0, ZERO));
        assertTrue(proof.check(root, 1).accepted());
        assertEquals(proof, tree.proof(0), "two proofs of the same leaf are equal");
        assertEquals(proof.hashCode(), tree.proof(0).hashCode());
    }

    @Test
    void badInputIsRejectedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> MerkleTree.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> MerkleTree.of(List.of(word(1), word(2), word(3)), 1));
        assertThrows(IllegalArgumentException.class, () -> MerkleTree.of(List.of(word(1)), 32));
        assertThrows(IllegalArgumentException.class, () -> MerkleTree.of(List.of(word(1), word(2))).proof(2));
        assertThrows(IllegalArgumentException.class, () -> new MerkleProof(2, word(1), List.of(word(2))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MerkleTree.of(java.util.Arrays.asList(word(1), null)));
        assertTrue(e.getMessage().contains("leaf 1"), e.getMessage());
    }
}
