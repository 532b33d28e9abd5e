// circomlib's Poseidon circuit, compiled by circom (circom2, the WebAssembly build) and run by its own witness
// calculator, on inputs given as JSON on stdin: [[x_1, …, x_n], …] (decimal strings, n = 1..16). For each
// width it compiles `component main = Poseidon(n)` once in a temporary folder; prints a JSON array with, per
// input vector, {"n", "hash" (the output signal, wire 1), "nonLinear" (circom's non-linear constraint count)}.
// The kit's PoseidonTest runs it to check org.zkopml.commit.Poseidon against the circuit itself.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const chunks = [];
for await (const c of process.stdin) chunks.push(c);
const inputs = JSON.parse(Buffer.concat(chunks).toString("utf8"));

const compiled = new Map();
const work = mkdtempSync(join(tmpdir(), "zkopml-circom-"));
try {
  // circom2 runs under WASI and sees only its working folder: copy circomlib's circuits there
  cpSync(join(here, "node_modules", "circomlib", "circuits"), join(work, "circomlib"), { recursive: true });
  const out = [];
  for (const xs of inputs) {
    const n = xs.length;
    if (!compiled.has(n)) {
      const name = `poseidon${n}`;
      writeFileSync(join(work, `${name}.circom`),
        `pragma circom 2.0.0;\ninclude "circomlib/poseidon.circom";\ncomponent main = Poseidon(${n});\n`);
      const r = spawnSync(join(here, "node_modules", ".bin", "circom2"), [`${name}.circom`, "--r1cs", "--wasm", "-o", "."],
        { cwd: work, encoding: "utf8" });
      if (r.status !== 0) throw new Error(`circom2 failed for Poseidon(${n}): ${r.stderr || r.stdout}`);
      const plain = r.stdout.replace(/\u001b\[[0-9;]*m/g, "");
      const nonLinear = Number(/non-linear constraints: (\d+)/.exec(plain)[1]);
      const builder = require(join(work, `${name}_js`, "witness_calculator.js"));
      const calculator = await builder(readFileSync(join(work, `${name}_js`, `${name}.wasm`)));
      compiled.set(n, { calculator, nonLinear });
    }
    const { calculator, nonLinear } = compiled.get(n);
    const w = await calculator.calculateWitness({ inputs: xs }, true);
    out.push({ n, hash: w[1].toString(), nonLinear });
  }
  process.stdout.write(JSON.stringify(out) + "\n");
} finally {
  rmSync(work, { recursive: true, force: true });
}
