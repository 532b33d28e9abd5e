# Run from this directory: python3 transcript_vectors.py. Generates transcript-vectors.txt from the
# encoding documented in org.zkopml.transcript.Transcript, with a Keccak-256 written from the reference.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'commit'))
from keccak_reference import keccak256  # ../commit/keccak_reference.py
def u32(n): return n.to_bytes(4, 'big')
class T:
    def __init__(self, protocol):
        p = protocol.encode()
        self.s = keccak256(b"zkopml/transcript/v1" + u32(len(p)) + p)
    def absorb(self, label, m):
        l = label.encode()
        self.s = keccak256(self.s + b'\x01' + u32(len(l)) + l + u32(len(m)) + m)
    def squeeze(self, label, n):
        l = label.encode(); out = b''; i = 0
        while len(out) < n:
            out += keccak256(self.s + b'\x02' + u32(len(l)) + l + u32(i)); i += 1
        out = out[:n]
        self.s = keccak256(self.s + b'\x03' + u32(len(l)) + l + u32(n) + out)
        return out
R = 21888242871839275222246405745257275088548364400416034343698204186575808495617  # BN254 scalar field
N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141           # secp256k1 group order
t = T("vector-test")
lines = ["# Fiat-Shamir transcript vector. Steps: start(\"vector-test\"); absorb(\"a\", 0x0102);",
         "# absorb(\"empty\", <no bytes>); absorb(\"word\", uint256 7); squeeze(\"c1\", 40 bytes);",
         "# challenge(\"c2\", BN254 r) = 64 squeezed bytes mod r; challenge(\"c2\", secp256k1 n) likewise.", ""]
lines.append("state0: " + t.s.hex())
t.absorb("a", bytes([1, 2])); t.absorb("empty", b''); t.absorb("word", (7).to_bytes(32, 'big'))
lines.append("stateAfterAbsorb: " + t.s.hex())
lines.append("c1: " + t.squeeze("c1", 40).hex())
lines.append("c2modR: %d" % (int.from_bytes(t.squeeze("c2", 64), 'big') % R))
lines.append("c2modN: %d" % (int.from_bytes(t.squeeze("c2", 64), 'big') % N))
lines.append("finalState: " + t.s.hex())
open("transcript-vectors.txt", "w").write("\n".join(lines) + "\n")
