package org.zkopml.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.zkopml.circuit.CompiledCircuit;
import org.zkopml.circuit.ModelCircuits;
import org.zkopml.circuit.Statement;
import org.zkopml.field.Fr;
import org.zkopml.groth16.Proof;
import org.zkopml.groth16.ProvingKey;
import org.zkopml.groth16.Prover;
import org.zkopml.groth16.Qap;
import org.zkopml.groth16.Setup;
import org.zkopml.groth16.SnarkjsJson;
import org.zkopml.groth16.Verifier;
import org.zkopml.groth16.VerifyingKey;
import org.zkopml.groth16.Zkey;
import org.zkopml.lab.Stopwatch;
import org.zkopml.model.IntegerInference;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.TrainedModel;
import org.zkopml.r1cs.ConstraintSystem;
import org.zkopml.r1cs.R1csFile;
import org.zkopml.r1cs.WitnessFile;
import org.zkopml.values.Verdict;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./kit zk prove|setup|prove-r1cs|verify|sumcheck}: Groth16 proofs of a built-in model's inference
 * ({@code prove}) and of imported circuits (circom's {@code .r1cs} and {@code .wtns}, with the kit's own setup or a
 * snarkjs {@code .zkey}) and their verification, in snarkjs's file layout so that {@code snarkjs groth16 verify}
 * checks the same files; sumcheck proofs ({@code sumcheck}, {@link ZkSumcheckCommand}). Every prover command goes through
 * {@link #proveAndWrite}, which needs only a constraint system and a witness.
 */
@Command(name = "zk", mixinStandardHelpOptions = true,
        description = "zkML: Groth16 proofs of a model's inference or of an R1CS (snarkjs file formats), their verification, and sumcheck proofs.",
        subcommands = {ZkCommand.ProveModel.class, ZkCommand.SetupCommand.class, ZkCommand.ProveR1cs.class, ZkCommand.Verify.class,
                ZkSumcheckCommand.class})
final class ZkCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: prove, prove-r1cs, setup, verify or sumcheck");
    }

    /**
     * What {@link #proveAndWrite} did.
     *
     * @param constraints  the number of constraints
     * @param wires        the number of wires
     * @param publicInputs the public inputs (outputs then inputs)
     * @param setup        "kit" (a fresh setup) or the zkey's path
     * @param setupNanos   time of the setup, or of reading the zkey
     * @param proveNanos   time of the prover
     * @param verifyNanos  time of the verifier
     * @param verdict      the verifier's verdict on the written proof
     * @param proof        the proof
     * @param vk           its verifying key
     */
    record Outcome(int constraints, int wires, List<Fr> publicInputs, String setup, long setupNanos, long proveNanos,
                   long verifyNanos, Verdict<Void> verdict, Proof proof, VerifyingKey vk) {
    }

    /**
     * Proves that the witness satisfies the system and writes {@code circuit.r1cs}, {@code witness.wtns},
     * {@code proof.json}, {@code public.json} and {@code verification_key.json} to outDir: with a fresh setup
     * (whose toxic waste is dropped here) or, if zkey is given, with that snarkjs proving key (which must
     * belong to the system). A witness that does not satisfy the system is rejected before proving.
     */
    static Outcome proveAndWrite(ConstraintSystem system, Fr[] witness, Path outDir, Path zkey, PrintWriter err) {
        Verdict<Void> sat = system.check(witness);
        if (!sat.accepted()) throw new IllegalArgumentException("the witness does not satisfy the circuit: " + sat.reason());
        long t0 = System.nanoTime();
        ProvingKey pk;
        String setup;
        if (zkey == null) {
            pk = Setup.generate(system, new java.security.SecureRandom()).provingKey();   // the toxic waste is dropped here
            setup = "kit";
        } else {
            pk = Zkey.read(zkey);
            setup = zkey.toString();
            Qap q = pk.qap();
            int n = Qap.domainSize(system.size(), system.publicWires());
            if (q.wires() != system.wires() || q.publicWires() != system.publicWires() || q.domain().size() != n) {
                throw new IllegalArgumentException(zkey + ": the key is for " + q.wires() + " wires, " + q.publicWires()
                        + " public, domain " + q.domain().size() + "; the circuit has " + system.wires() + " wires, "
                        + system.publicWires() + " public, domain " + n);
            }
        }
        long t1 = System.nanoTime();
        err.println("setup: " + (zkey == null ? "the kit's own (toxic waste dropped)" : "read " + zkey) + " in " + Stopwatch.format(t1 - t0));
        err.flush();
        Proof proof = Prover.prove(pk, witness, new java.security.SecureRandom());
        long t2 = System.nanoTime();
        err.println("proved " + system.size() + " constraints in " + Stopwatch.format(t2 - t1));
        err.flush();
        List<Fr> publics = List.copyOf(Arrays.asList(witness).subList(1, 1 + system.publicWires()));
        Verdict<Void> verdict = Verifier.verifyFr(pk.vk(), publics, proof);
        long t3 = System.nanoTime();
        try {
            Files.createDirectories(outDir);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(outDir + ": cannot create the directory (" + e.getMessage() + ")", e);
        }
        R1csFile.write(system, outDir.resolve("circuit.r1cs"));
        WitnessFile.write(witness, outDir.resolve("witness.wtns"));
        SnarkjsJson.writeProof(proof, outDir.resolve("proof.json"));
        SnarkjsJson.writePublic(publics, outDir.resolve("public.json"));
        SnarkjsJson.writeVerifyingKey(pk.vk(), outDir.resolve("verification_key.json"));
        return new Outcome(system.size(), system.wires(), publics, setup, t1 - t0, t2 - t1, t3 - t2, verdict, proof, pk.vk());
    }

    static double ms(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }

    /** The options every prover command shares: which proving key, where the snarkjs files go, JSON or text. */
    static final class ProofOutput {
        @Option(names = "--zkey", paramLabel = "FILE", description = "A snarkjs Groth16 proving key for this circuit (default: the kit's own setup).")
        Path zkey;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write circuit.r1cs, witness.wtns, proof.json, public.json, verification_key.json.")
        Path out;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;
    }

    /** {@code zk prove-r1cs}. */
    @Command(name = "prove-r1cs", mixinStandardHelpOptions = true,
            description = "Prove a circom .r1cs with its .wtns (own setup, or a snarkjs .zkey); write the snarkjs files to --out.")
    static final class ProveR1cs implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--r1cs", required = true, paramLabel = "FILE", description = "The circuit (.r1cs).")
        Path r1cs;

        @Option(names = "--wtns", required = true, paramLabel = "FILE", description = "The witness (.wtns).")
        Path wtns;

        @CommandLine.Mixin
        ProofOutput output;

        @Override
        public Integer call() {
            return Guarded.run(spec, () -> {
                PrintWriter err = spec.commandLine().getErr();
                ConstraintSystem system;
                Fr[] witness;
                try (ProgressBar bar = ProgressBars.of("read circuit", 2)) {
                    system = R1csFile.read(r1cs);
                    bar.step();
                    witness = WitnessFile.read(wtns);
                    bar.step();
                }
                if (witness.length != system.wires()) {
                    throw new IllegalArgumentException(wtns + ": " + witness.length + " values, the circuit " + r1cs + " has " + system.wires() + " wires");
                }
                Outcome o = proveAndWrite(system, witness, output.out, output.zkey, err);
                report(spec.commandLine().getOut(), o, output.out, output.json);
                return o.verdict().accepted() ? 0 : 1;
            });
        }
    }

    /**
     * {@code zk prove}: one inference of a built-in model proven with Groth16 — the model compiled to R1CS
     * for statement a (public model, private input, committed with Poseidon), b (private model committed
     * with Poseidon, public input) or c (both public), the witness checked, proven and verified.
     */
    @Command(name = "prove", mixinStandardHelpOptions = true,
            description = "Prove one inference of a built-in model with Groth16 (statement a, b or c); write the snarkjs files to --out.")
    static final class ProveModel implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--model", required = true, paramLabel = "NAME", description = "A recipe (see: model list).")
        String model;

        @Option(names = "--statement", paramLabel = "a|b|c", description = "a: public model, private input; b: private committed model, public input; c: both public (default: ${DEFAULT-VALUE}).")
        String statement = "a";

        @Option(names = "--input", paramLabel = "ROW", description = "Test row to prove (default: ${DEFAULT-VALUE}).")
        int row = 0;

        @CommandLine.Mixin
        ProofOutput output;

        @Override
        public Integer call() {
            return Guarded.run(spec, () -> {
                PrintWriter err = spec.commandLine().getErr();
                Statement st = Statement.parse(statement);
                ModelProof p = proveModel(ModelCommand.train(model, err), model, st, row, output.out, output.zkey, err);
                report(spec.commandLine().getOut(), p.outcome(), output.out, output.json, p.extra());
                return p.outcome().verdict().accepted() ? 0 : 1;
            });
        }
    }

    /**
     * A model's inference proven by {@link #proveModel}.
     *
     * @param outcome      what {@link #proveAndWrite} did
     * @param circuit      the compiled circuit (statement, output)
     * @param compileNanos time to compile the model and its witness
     * @param extra        model, statement, input, output, compileMs: the fields {@code zk prove --json} adds
     */
    record ModelProof(Outcome outcome, CompiledCircuit circuit, long compileNanos, Map<String, Object> extra) {
    }

    /**
     * {@code zk prove}'s work, shared with {@code tour}: compiles the trained recipe for the statement
     * on test row {@code row} with a random Poseidon blinding, checks the circuit's output against the reference
     * inference, then {@link #proveAndWrite}.
     */
    static ModelProof proveModel(TrainedModel trained, String model, Statement st, int row, Path out, Path zkey, PrintWriter err) {
        QuantizedModel q = trained.quantized();
        if (row < 0 || row >= trained.testRows()) {
            throw new IllegalArgumentException("--input " + row + " is not a test row of " + model + " (0.." + (trained.testRows() - 1) + ")");
        }
        long[] x = trained.testInput(row, q.scaleBits());
        CompiledCircuit c;
        long t0 = System.nanoTime();
        try (ProgressBar bar = ProgressBars.of("compile circuit", 1)) {
            // a random blinding, so that the Poseidon commitment hides a (small) private input
            c = ModelCircuits.compile(q, st, x, Fr.random(new java.security.SecureRandom()));
            bar.step();
        }
        long compileNanos = System.nanoTime() - t0;
        long[] reference = {IntegerInference.predict(q, x)};
        if (!Arrays.equals(c.output(), reference)) {
            throw new IllegalStateException("the circuit's output " + Arrays.toString(c.output()) + " differs from the reference inference "
                    + Arrays.toString(reference));
        }
        Outcome o = proveAndWrite(c.system(), c.witness(), out, zkey, err);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("model", model);
        extra.put("statement", st.name().toLowerCase(java.util.Locale.ROOT));
        extra.put("input", row);
        extra.put("output", c.output());
        extra.put("compileMs", ms(compileNanos));
        return new ModelProof(o, c, compileNanos, extra);
    }

    static void report(PrintWriter out, Outcome o, Path dir, boolean json) {
        report(out, o, dir, json, Map.of());
    }

    /**
     * Prints an outcome: one JSON object with {@code --json} (the fields of {@link Outcome}, then {@code extra},
     * e.g. a model's {@code output}), readable lines otherwise.
     */
    static void report(PrintWriter out, Outcome o, Path dir, boolean json, Map<String, Object> extra) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("constraints", o.constraints());
            m.put("wires", o.wires());
            m.put("publicInputs", o.publicInputs().size());
            m.put("public", o.publicInputs().stream().map(x -> x.toBigInteger().toString()).toList());
            m.put("setup", o.setup());
            m.put("setupMs", ms(o.setupNanos()));
            m.put("proveMs", ms(o.proveNanos()));
            m.put("verifyMs", ms(o.verifyNanos()));
            m.put("proofBytes", Proof.BYTES);
            m.put("verified", o.verdict().accepted());
            m.put("out", dir.toString());
            m.putAll(extra);
            out.println(Json.write(m));
        } else {
            extra.forEach((k, v) -> out.println(k + ": " + v));
            out.println("circuit: " + o.constraints() + " constraints, " + o.wires() + " wires, " + o.publicInputs().size() + " public inputs");
            out.println("setup " + Stopwatch.format(o.setupNanos()) + ", prove " + Stopwatch.format(o.proveNanos()) + ", verify "
                    + Stopwatch.format(o.verifyNanos()) + "; proof " + Proof.BYTES + " bytes");
            out.println((o.verdict().accepted() ? "OK: " : "REJECTED: ") + o.verdict().reason());
            out.println("wrote circuit.r1cs, witness.wtns, proof.json, public.json, verification_key.json to " + dir);
        }
        out.flush();
    }

    /** {@code zk setup}: the kit's own circuit-specific setup, written as a snarkjs {@code .zkey}. */
    @Command(name = "setup", mixinStandardHelpOptions = true,
            description = "A Groth16 setup for a .r1cs (fresh secrets, dropped at once), written as a snarkjs .zkey and verification_key.json.")
    static final class SetupCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--r1cs", required = true, paramLabel = "FILE", description = "The circuit (.r1cs).")
        Path r1cs;

        @Option(names = "--zkey", required = true, paramLabel = "FILE", description = "Where to write the proving key (.zkey).")
        Path zkey;

        @Option(names = "--vkey", paramLabel = "FILE", description = "Where to write verification_key.json (optional).")
        Path vkey;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            return Guarded.run(spec, () -> {
                ConstraintSystem system = R1csFile.read(r1cs);
                long t0 = System.nanoTime();
                Setup.Result setup = Setup.generate(system, new java.security.SecureRandom());
                long t1 = System.nanoTime();
                Zkey.write(setup.provingKey(), zkey);
                if (vkey != null) SnarkjsJson.writeVerifyingKey(setup.verifyingKey(), vkey);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("constraints", system.size());
                    m.put("wires", system.wires());
                    m.put("publicInputs", system.publicWires());
                    m.put("domainSize", setup.provingKey().qap().domain().size());
                    m.put("setupMs", ms(t1 - t0));
                    m.put("zkey", zkey.toString());
                    out.println(Json.write(m));
                } else {
                    out.println("setup for " + system.size() + " constraints in " + Stopwatch.format(t1 - t0)
                            + " (toxic waste dropped); wrote " + zkey + (vkey == null ? "" : " and " + vkey));
                }
                out.flush();
                return 0;
            });
        }
    }

    /** {@code zk verify}. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Verify a Groth16 proof: zk verify DIR (with verification_key.json, public.json, proof.json) or zk verify --vkey F --public F --proof F.")
    static final class Verify implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "DIR", description = "A directory written by zk prove-r1cs.")
        Path dir;

        @Option(names = "--vkey", paramLabel = "FILE", description = "verification_key.json")
        Path vkey;

        @Option(names = "--public", paramLabel = "FILE", description = "public.json")
        Path publicJson;

        @Option(names = "--proof", paramLabel = "FILE", description = "proof.json")
        Path proof;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            boolean files = vkey != null || publicJson != null || proof != null;
            if (dir != null && files) throw new CommandLine.ParameterException(spec.commandLine(), "give either DIR or --vkey/--public/--proof, not both");
            if (dir == null && !(vkey != null && publicJson != null && proof != null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give DIR, or all three of --vkey, --public, --proof");
            }
            Path vk = dir != null ? dir.resolve("verification_key.json") : vkey;
            Path pub = dir != null ? dir.resolve("public.json") : publicJson;
            Path pf = dir != null ? dir.resolve("proof.json") : proof;
            return Guarded.run(spec, () -> {
                VerifyingKey key = SnarkjsJson.readVerifyingKey(vk);
                List<BigInteger> publics = SnarkjsJson.readPublic(pub);
                Proof p = SnarkjsJson.readProof(pf);
                long t0 = System.nanoTime();
                Verdict<Void> v = Verifier.verify(key, publics, p);
                long t1 = System.nanoTime();
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("verified", v.accepted());
                    m.put("reason", v.reason());
                    m.put("publicInputs", publics.size());
                    m.put("verifyMs", ms(t1 - t0));
                    out.println(Json.write(m));
                } else {
                    out.println(v.accepted() ? "OK (" + Stopwatch.format(t1 - t0) + ")" : "REJECTED: " + v.reason());
                }
                out.flush();
                return v.accepted() ? 0 : 1;
            });
        }
    }
}
