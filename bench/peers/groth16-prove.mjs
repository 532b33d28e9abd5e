// Proves the same R1CS and witness with the kit (`./kit zk prove-r1cs --zkey`, the whole command, JVM start
// included) and with snarkjs (`snarkjs groth16 prove`, the whole command) in one run, for 2^12 … 2^16
// constraints, and prints constraints per second and the ratio snarkjs time / kit time (above 1: the kit is
// faster). Both provers use the same .zkey; it comes from the kit's own setup (`./kit zk setup`), because
// snarkjs's universal setup for 2^16 ("powersoftau prepare phase2") takes the better part of an hour on a
// 2-core machine; both proofs are checked with `snarkjs groth16 verify`. The circuit is a circom chain
// t_0 = x·x, t_i = t_{i−1}·t_{i−1} + x with 2^k − 2 constraints (so the QAP domain is exactly 2^k).
// Usage, from the repository root after `mvn -q -B -DskipTests package` and `npm ci` in bench/peers:
//   node bench/peers/groth16-prove.mjs [--min 12] [--max 16] [--runs 1]
import { execFileSync } from "node:child_process";
import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir, loadavg } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const kitJar = join(root, "lib", "target", "zkopml-kit.jar");
const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i < 0 ? dflt : Number(process.argv[i + 1]); };
const min = arg("--min", 12), max = arg("--max", 16), runs = arg("--runs", 1);
const snarkjs = join(here, "node_modules", "snarkjs", "build", "cli.cjs");
const circom = join(here, "node_modules", "circom2", "cli.js");

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 26 });
const timed = (cmd, args, cwd) => { const t = process.hrtime.bigint(); run(cmd, args, cwd); return Number(process.hrtime.bigint() - t) / 1e6; };
const kit = (args, cwd) => ["java", ["-cp", kitJar, "org.zkopml.cli.Main", ...args], cwd];

const loadBefore = loadavg()[0].toFixed(2);
const machine = run("java", ["-cp", kitJar, "org.zkopml.cli.Main", "machine"]).trim();
const work = mkdtempSync(join(tmpdir(), "zkopml-groth16-"));
const rows = [];
try {
    for (let k = min; k <= max; k++) {
        const n = 2 ** k - 2;
        const dir = join(work, `k${k}`);
        run("mkdir", ["-p", dir]);
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
        run(...kit(["zk", "setup", "--r1cs", "chain.r1cs", "--zkey", "chain.zkey", "--vkey", "vk.json"], dir));
        let kitMs = Infinity, sjMs = Infinity;
        for (let r = 0; r < runs; r++) {
            console.error(`2^${k}: kit prove-r1cs --zkey (run ${r + 1})`);
            kitMs = Math.min(kitMs, timed(...kit(["zk", "prove-r1cs", "--r1cs", "chain.r1cs", "--wtns", "chain.wtns",
                "--zkey", "chain.zkey", "--out", "kit"], dir)));
            console.error(`2^${k}: snarkjs groth16 prove (run ${r + 1})`);
            sjMs = Math.min(sjMs, timed("node", [snarkjs, "groth16", "prove", "chain.zkey", "chain.wtns", "sj-proof.json", "sj-public.json"], dir));
        }
        for (const [pub, proof] of [["kit/public.json", "kit/proof.json"], ["sj-public.json", "sj-proof.json"]]) {
            const v = run("node", [snarkjs, "groth16", "verify", "vk.json", pub, proof], dir);
            if (!v.includes("OK")) throw new Error(`2^${k}: snarkjs did not verify ${proof}: ${v}`);
        }
        rows.push({ k, n, kitMs, sjMs });
        rmSync(dir, { recursive: true, force: true });
    }
} finally {
    rmSync(work, { recursive: true, force: true });
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`Machine: ${machine}`);
console.log(`Load average (1 min) before / after the run: ${loadBefore} / ${loadavg()[0].toFixed(2)} (other jobs share the cores)\n`);
console.log("| constraints | kit `zk prove-r1cs --zkey` | constraints/s | snarkjs `groth16 prove` | constraints/s | snarkjs / kit |");
console.log("|---:|---:|---:|---:|---:|---:|");
for (const r of rows) {
    console.log(`| ${r.n} (2^${r.k}) | ${s(r.kitMs)} | ${Math.round(r.n / r.kitMs * 1000)} | ${s(r.sjMs)} | ${Math.round(r.n / r.sjMs * 1000)} | ${(r.sjMs / r.kitMs).toFixed(2)} |`);
}
