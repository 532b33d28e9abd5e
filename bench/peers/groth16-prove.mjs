// Proves the same R1CS and witness with the kit (`./kit zk prove-r1cs --zkey`, the whole command as a user runs it:
// the launcher, the JVM's start, reading the circuit, witness and key, the witness check, proving, verifying and
// writing the five files) and with snarkjs (`snarkjs groth16 prove`, the whole command) in one run, for circuits of
// 2^k constraints, and prints per size: both whole-command times, the kit's key-reading and proving times apart (the
// command's --json fields setupMs and proveMs), constraints per second and the ratio snarkjs time / kit time (above
// 1: the kit is faster). Runs alternate kit, snarkjs, kit, …; the best of --runs is kept for each. Both provers use
// the same .zkey, made by `./kit zk setup` (snarkjs's own universal setup for 2^16, "powersoftau prepare phase2",
// takes the better part of an hour on a 2-core machine; the file is snarkjs's format either way), and both proofs
// are checked with `snarkjs groth16 verify`. The circuit is a circom chain t_0 = x·x, t_i = t_{i−1}·t_{i−1} + x
// with 2^k − 2 constraints (so the QAP domain is exactly 2^k). The machine, date and load average (before and
// after) are printed with the table; --json FILE also writes the rows.
// Usage, from the repository root after `./kit setup`:
//   node bench/peers/groth16-prove.mjs [--sizes 12,14,16] [--runs 2] [--json FILE]
import { execFileSync } from "node:child_process";
import { writeFileSync, mkdtempSync, rmSync, mkdirSync } from "node:fs";
import { tmpdir, loadavg } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const kitLauncher = join(root, "kit");
const opt = (name, dflt) => { const i = process.argv.indexOf(name); return i < 0 ? dflt : process.argv[i + 1]; };
const sizes = opt("--sizes", "12,14,16").split(",").map(Number);
const runs = Number(opt("--runs", "2"));
const jsonOut = opt("--json", null);
const snarkjs = join(here, "node_modules", "snarkjs", "build", "cli.cjs");
const circom = join(here, "node_modules", "circom2", "cli.js");

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 26 });
const timed = (cmd, args, cwd) => {
    const t = process.hrtime.bigint();
    const out = run(cmd, args, cwd);
    return { ms: Number(process.hrtime.bigint() - t) / 1e6, out };
};
const load = () => loadavg().map((x) => x.toFixed(2)).join(" ");

const loadBefore = load();
const machine = run(kitLauncher, ["machine"]).trim();
const date = new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC";
const work = mkdtempSync(join(tmpdir(), "zkopml-groth16-"));
const rows = [];
try {
    for (const k of sizes) {
        const n = 2 ** k - 2;
        const dir = join(work, `k${k}`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, "chain.circom"), `pragma circom 2.0.0;
template Chain(N) {
    signal input x;
    signal output y;
    signal t[N];
    t[0] <== x * x;
    for (var i = 1; i < N; i++) { t[i] <== t[i - 1] * t[i - 1] + x; }
    y <== t[N - 1];
}
component main = Chain(${n});
`);
        writeFileSync(join(dir, "input.json"), JSON.stringify({ x: "3" }));
        console.error(`2^${k}: compiling ${n} constraints with circom2, witness, kit setup`);
        run("node", [circom, "chain.circom", "--r1cs", "--wasm", "-o", "."], dir);
        run("node", [snarkjs, "wtns", "calculate", "chain_js/chain.wasm", "input.json", "chain.wtns"], dir);
        run(kitLauncher, ["zk", "setup", "--r1cs", "chain.r1cs", "--zkey", "chain.zkey", "--vkey", "vk.json"], dir);
        let kit = { ms: Infinity }, sj = { ms: Infinity };
        for (let r = 0; r < runs; r++) {
            console.error(`2^${k}: kit zk prove-r1cs --zkey (run ${r + 1}), load ${load()}`);
            const t = timed(kitLauncher, ["zk", "prove-r1cs", "--r1cs", "chain.r1cs", "--wtns", "chain.wtns", "--zkey", "chain.zkey",
                "--out", "kit", "--json"], dir);
            const j = JSON.parse(t.out.trim().split("\n").pop());
            if (!j.verified) throw new Error(`2^${k}: the kit's own verifier rejected its proof`);
            if (t.ms < kit.ms) kit = { ms: t.ms, readMs: j.setupMs, proveMs: j.proveMs };
            console.error(`2^${k}: snarkjs groth16 prove (run ${r + 1}), load ${load()}`);
            const s = timed("node", [snarkjs, "groth16", "prove", "chain.zkey", "chain.wtns", "sj-proof.json", "sj-public.json"], dir);
            if (s.ms < sj.ms) sj = { ms: s.ms };
        }
        for (const [pub, proof] of [["kit/public.json", "kit/proof.json"], ["sj-public.json", "sj-proof.json"]]) {
            const v = run("node", [snarkjs, "groth16", "verify", "vk.json", pub, proof], dir);
            if (!v.includes("OK")) throw new Error(`2^${k}: snarkjs did not verify ${proof}: ${v}`);
        }
        rows.push({ k, constraints: n, kitMs: Math.round(kit.ms), kitReadMs: kit.readMs, kitProveMs: kit.proveMs,
            snarkjsMs: Math.round(sj.ms), ratio: +(sj.ms / kit.ms).toFixed(2), verified: "both proofs: snarkjs groth16 verify OK" });
        rmSync(dir, { recursive: true, force: true });
    }
} finally {
    rmSync(work, { recursive: true, force: true });
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const loadAfter = load();
console.log(`Machine: ${machine}`);
console.log(`Date: ${date}; best of ${runs} runs per size, kit and snarkjs alternating`);
console.log(`Load average (1, 5, 15 min) before: ${loadBefore}; after: ${loadAfter} (other jobs share the cores)\n`);
console.log("| constraints | kit `zk prove-r1cs --zkey` | of which: read key | prove | constraints/s | snarkjs `groth16 prove` | constraints/s | snarkjs / kit |");
console.log("|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows) {
    console.log(`| ${r.constraints} (2^${r.k}) | ${s(r.kitMs)} | ${s(r.kitReadMs)} | ${s(r.kitProveMs)} | ${Math.round(r.constraints / r.kitMs * 1000)} `
        + `| ${s(r.snarkjsMs)} | ${Math.round(r.constraints / r.snarkjsMs * 1000)} | ${r.ratio.toFixed(2)} |`);
}
console.log("\nBoth proofs of every size verified with `snarkjs groth16 verify`.");
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ machine, date, runs, loadBefore, loadAfter, rows }, null, 2) + "\n");
