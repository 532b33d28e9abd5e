// Measures BN254 operations with ffjavascript (snarkjs's WebAssembly library), the same rows as the kit's
// JMH benchmarks, and prints one JSON object {row: milliseconds per operation} on stdout.
// Usage: node ffjavascript-bench.mjs [--quick]
import { buildBn128 } from "ffjavascript";

const quick = process.argv.includes("--quick");

// xorshift64*: seeded bytes, so every run measures the same inputs
let state = 0x9E3779B97F4A7C15n;
function nextU64() {
    state ^= state >> 12n; state ^= (state << 25n) & 0xFFFFFFFFFFFFFFFFn; state ^= state >> 27n;
    return (state * 0x2545F4914F6CDD1Dn) & 0xFFFFFFFFFFFFFFFFn;
}
function scalarLE() {            // a 253-bit scalar, little-endian 32 bytes (below r)
    const b = new Uint8Array(32);
    for (let i = 0; i < 4; i++) {
        let w = nextU64();
        for (let j = 0; j < 8; j++) { b[8 * i + j] = Number(w & 0xFFn); w >>= 8n; }
    }
    b[31] &= 0x1F;
    return b;
}

/** Milliseconds per call of fn (sync or async), after warm-up, over at least minMs. */
async function time(fn, minMs) {
    for (let i = 0; i < 3; i++) await fn();
    let n = 0;
    const t0 = performance.now();
    let t = t0;
    while (t - t0 < minMs) { await fn(); n++; t = performance.now(); }
    return (t - t0) / n;
}

const single = await buildBn128(true);      // one thread: per-operation latency
const multi = await buildBn128(false);      // worker threads (one per core): as snarkjs runs pairingEq and MSM
const out = {};
const minMs = quick ? 300 : 2000;

{   // field multiplication, calling the WebAssembly export directly (no buffer copies)
    const ex = single.tm.instance.exports;
    const pa = single.tm.alloc(32), pb = single.tm.alloc(32), pc = single.tm.alloc(32);
    single.tm.setBuff(pa, single.F1.random()); single.tm.setBuff(pb, single.F1.random());
    const N = 1_000_000;
    out["Fp mul"] = (await time(() => { for (let i = 0; i < N; i++) ex.f1m_mul(pa, pb, pc); }, minMs)) / N;
    out["Fp square"] = (await time(() => { for (let i = 0; i < N; i++) ex.f1m_square(pa, pc); }, minMs)) / N;
    single.tm.setBuff(pa, single.Fr.random()); single.tm.setBuff(pb, single.Fr.random());
    out["Fr mul"] = (await time(() => { for (let i = 0; i < N; i++) ex.frm_mul(pa, pb, pc); }, minMs)) / N;
}

const G1 = single.G1, G2 = single.G2, Fr = single.Fr;
const p = G1.timesFr(G1.g, Fr.random()), q = G2.timesFr(G2.g, Fr.random()), k = Fr.random();
out["G1 scalar mul"] = await time(() => G1.timesFr(p, k), minMs);
out["G2 scalar mul"] = await time(() => G2.timesFr(q, k), minMs);
out["pairing"] = await time(() => single.pairing(p, q), minMs);

{   // product checks that hold: e(aG, bH) · e(−abG, H) = 1 (twice for 4 pairs); single-threaded, which is
    // faster than handing 2 or 4 Miller loops to worker threads
    const a = Fr.random(), b = Fr.random();
    const M = single;
    const pa = M.G1.timesFr(M.G1.g, a), qb = M.G2.timesFr(M.G2.g, b);
    const pab = M.G1.neg(M.G1.timesFr(M.G1.g, Fr.mul(a, b)));
    if (!(await M.pairingEq(pa, qb, pab, M.G2.g))) throw new Error("pairingEq self-check failed");
    out["pairing check, 2 pairs"] = await time(() => M.pairingEq(pa, qb, pab, M.G2.g), minMs);
    out["pairing check, 4 pairs"] = await time(() => M.pairingEq(pa, qb, pab, M.G2.g, pa, qb, pab, M.G2.g), minMs);
}

for (const log2n of [10, 12, 14, 16]) {
    const n = 1 << log2n;
    const M = multi;
    const bases = new Uint8Array(64 * n), scalars = new Uint8Array(32 * n);
    let acc = M.G1.timesFr(M.G1.g, Fr.random());
    const step = M.G1.timesFr(M.G1.g, Fr.random());
    for (let i = 0; i < n; i++) {
        bases.set(M.G1.toAffine(acc), 64 * i);
        acc = M.G1.add(acc, step);
        scalars.set(scalarLE(), 32 * i);
    }
    out[`G1 MSM 2^${log2n}`] = await time(() => M.G1.multiExpAffine(bases, scalars), quick ? 300 : 3000);
}

for (const log2n of [10, 12, 14]) {           // G2 (the B₂ query of a Groth16 proof), all cores
    const n = 1 << log2n;
    const M = multi;
    const bases = new Uint8Array(128 * n), scalars = new Uint8Array(32 * n);
    let acc = M.G2.timesFr(M.G2.g, Fr.random());
    const step = M.G2.timesFr(M.G2.g, Fr.random());
    for (let i = 0; i < n; i++) {
        bases.set(M.G2.toAffine(acc), 128 * i);
        acc = M.G2.add(acc, step);
        scalars.set(scalarLE(), 32 * i);
    }
    out[`G2 MSM 2^${log2n}`] = await time(() => M.G2.multiExpAffine(bases, scalars), quick ? 300 : 3000);
}

await multi.terminate();
await single.terminate();
console.log(JSON.stringify(out));
