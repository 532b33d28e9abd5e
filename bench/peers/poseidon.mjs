// circomlibjs's Poseidon on inputs given as JSON on stdin: [[x_1, …, x_n], …] (decimal strings, n = 1..16);
// prints the hashes as a JSON array of decimal strings. The kit's PoseidonTest and notebook 04 run it to check
// org.zkopml.commit.Poseidon against circomlib's own JavaScript.
import { buildPoseidon } from "circomlibjs";

const chunks = [];
for await (const c of process.stdin) chunks.push(c);
const inputs = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const poseidon = await buildPoseidon();
const out = inputs.map((xs) => poseidon.F.toString(poseidon(xs.map((x) => BigInt(x))), 10));
process.stdout.write(JSON.stringify(out) + "\n");
