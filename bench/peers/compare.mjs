// Runs the kit's JMH benchmarks and the ffjavascript benchmark in the same run, on the same machine, and
// prints a Markdown table: time per operation and the ratio ffjavascript / kit (above 1: the kit is faster),
// with the machine, the JVM, the date and the load average before and after. Usage, from the repository root
// after `mvn -q -DskipTests package` and `npm ci` in bench/peers (./kit setup does both):
//   node bench/peers/compare.mjs [--quick] [--java /usr/lib/jvm/temurin-25-jdk-amd64/bin/java] [--forks 2]
import { execFileSync } from "node:child_process";
import { readFileSync, mkdtempSync } from "node:fs";
import { tmpdir, loadavg } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const quick = process.argv.includes("--quick");
const opt = (name, dflt) => { const i = process.argv.indexOf(name); return i < 0 ? dflt : process.argv[i + 1]; };
const java = opt("--java", "java");
const forks = opt("--forks", "1");
const jar = join(root, "bench", "target", "benchmarks.jar");
const kitJar = join(root, "lib", "target", "zkopml-kit.jar");

const load = () => loadavg().map((x) => x.toFixed(2)).join(" ");
const loadBefore = load();
const machine = execFileSync(java, ["-cp", kitJar, "org.zkopml.cli.Main", "machine"], { encoding: "utf8" }).trim();
const date = new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC";

const out = join(mkdtempSync(join(tmpdir(), "zkopml-bench-")), "jmh.json");
const jmhArgs = ["-jar", jar, "org.zkopml.bench.(Field|Curve|Pairing|Msm|G2Msm)Benchmark",
    "-rf", "json", "-rff", out, "-f", forks].concat(quick ? ["-wi", "1", "-i", "2", "-w", "1", "-r", "1"] : ["-wi", "2", "-i", "3"]);
console.error(`running JMH: ${java} ` + jmhArgs.join(" "));
execFileSync(java, jmhArgs, { stdio: ["ignore", 2, 2] });       // JMH's log to stderr, the table to stdout

const toMs = { "ns/op": 1e-6, "us/op": 1e-3, "ms/op": 1, "s/op": 1e3 };
const names = {
    fpMul: "Fp mul", frMul: "Fr mul", fpSquare: "Fp square", g1ScalarMul: "G1 scalar mul", g2ScalarMul: "G2 scalar mul",
    pairing: "pairing", pairingCheck2: "pairing check, 2 pairs", pairingCheck4: "pairing check, 4 pairs",
};
const kit = {};
for (const r of JSON.parse(readFileSync(out, "utf8"))) {
    const method = r.benchmark.substring(r.benchmark.lastIndexOf(".") + 1);
    const g2 = r.benchmark.includes("G2MsmBenchmark");
    const row = method === "msm" ? `${g2 ? "G2" : "G1"} MSM 2^${r.params.log2n}` : names[method];
    if (row) kit[row] = r.primaryMetric.score * toMs[r.primaryMetric.scoreUnit];
}

console.error("running ffjavascript");
const ff = JSON.parse(execFileSync("node", [join(here, "ffjavascript-bench.mjs")].concat(quick ? ["--quick"] : []),
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }));

const fmt = (ms) => ms < 0.001 ? `${(ms * 1e6).toFixed(0)} ns` : ms < 1 ? `${(ms * 1e3).toFixed(1)} µs`
    : ms < 1000 ? `${ms.toFixed(2)} ms` : `${(ms / 1000).toFixed(2)} s`;
console.log(`Machine: ${machine}`);
console.log(`Date: ${date}; JMH ${forks} fork(s), ${quick ? "1 warm-up and 2 measured iterations" : "2 warm-up and 3 measured iterations"}`);
console.log(`Load average (1, 5, 15 min) before: ${loadBefore}; after: ${load()} (other jobs share the cores)\n`);
console.log("| operation | zkopml (Java) | ffjavascript (wasm) | ffjavascript / zkopml |");
console.log("|---|---:|---:|---:|");
for (const row of Object.keys(ff)) {
    if (!(row in kit)) continue;
    console.log(`| ${row} | ${fmt(kit[row])} | ${fmt(ff[row])} | ${(ff[row] / kit[row]).toFixed(2)} |`);
}
