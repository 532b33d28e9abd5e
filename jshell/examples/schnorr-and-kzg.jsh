// A Schnorr proof of knowledge on secp256k1 and a KZG opening on BN254, in a few lines.
// Run: ./kit jshell jshell/examples/schnorr-and-kzg.jsh

// Schnorr, non-interactive (Fiat–Shamir with the statement in the hash)
Witness x = Witness.random(NamedCurveGroup.SECP256K1, new Random(1));
var statement = Statement.of(NamedCurveGroup.SECP256K1, x);
var proof = FiatShamirSchnorr.STRONG.prove(statement, x, new Random(2));
Verdict<Void> schnorr = FiatShamirSchnorr.STRONG.verify(statement, proof);
System.out.println("Schnorr on secp256k1: " + schnorr);
check(schnorr.accepted(), "the Schnorr proof verifies");

// KZG over an INSECURE seeded setup: commit to p, open at z, verify with two pairings
KzgSetup setup = KzgSetup.insecure(15, 7);
Polynomial p = Polynomial.ofLongs(5, 0, 3, 1); // 5 + 3X² + X³
KzgOpening opening = Kzg.open(setup, p, Fr.of(2));
Verdict<Void> kzg = Kzg.verify(setup.verifierKey(), Kzg.commit(setup, p), opening);
System.out.println("p(2) = " + opening.y() + ", KZG: " + kzg);
check(opening.y().equals(Fr.of(5 + 12 + 8)) && kzg.accepted(), "p(2) = 25 and its KZG opening verifies");

// A Merkle proof a Solidity contract could check with keccak256(abi.encodePacked(left, right))
MerkleTree tree = MerkleTree.of(List.of(MerkleTree.leafOf("a".getBytes()), MerkleTree.leafOf("b".getBytes()), MerkleTree.leafOf("c".getBytes())));
check(tree.proof(2).check(tree.root(), tree.depth()).accepted(), "the Merkle proof of leaf 2 verifies");
