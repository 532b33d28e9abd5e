package org.zkopml.cli;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zkopml.circuit.Statement;
import org.zkopml.compare.Models;
import org.zkopml.compare.ProvenCircuit;
import org.zkopml.compare.ProvenInference;
import org.zkopml.field.Fr;
import org.zkopml.groth16.Ceremony;
import org.zkopml.groth16.Phase2;
import org.zkopml.groth16.Proof;
import org.zkopml.groth16.PtauFile;
import org.zkopml.groth16.Setup;
import org.zkopml.groth16.SnarkjsJson;
import org.zkopml.groth16.Verifier;
import org.zkopml.groth16.VerifyingKey;
import org.zkopml.groth16.Zkey;
import org.zkopml.lab.Stopwatch;
import org.zkopml.r1cs.ConstraintSystem;
import org.zkopml.r1cs.R1csFile;
import org.zkopml.values.Verdict;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./kit zk prove|setup|prove-r1cs|verify|sumcheck}: Groth16 proofs of a built-in model's inference
 * ({@code prove}, {@link ProvenInference}) and of imported circuits (circom's {@code .r1cs} and {@code .wtns}, with the
 * kit's own setup or a snarkjs {@code .zkey}; {@link ProvenCircuit}) and their verification, in snarkjs's file layout so
 * that {@code snarkjs groth16 verify} checks the same files; sumcheck proofs ({@code sumcheck}, {@link ZkSumcheckCommand}).
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

    /** Milliseconds, rounded to two decimals (the zk commands' JSON). */
    static double ms(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }

    /** The options every prover command shares: which proving key and where the snarkjs files go. */
    static final class ProofFiles {
        @Option(names = "--zkey", paramLabel = "FILE", description = "A snarkjs Groth16 proving key for this circuit (default: the kit's own setup).")
        Path zkey;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write circuit.r1cs, witness.wtns, proof.json, public.json, verification_key.json.")
        Path out;
    }

    /** A command on a circom circuit file ({@code --r1cs}). */
    abstract static class OnCircuit extends ResultCommand {
        @Option(names = "--r1cs", required = true, paramLabel = "FILE", description = "The circuit (.r1cs).")
        Path r1cs;
    }

    /** {@code zk prove-r1cs}. */
    @Command(name = "prove-r1cs", mixinStandardHelpOptions = true,
            description = "Prove a circom .r1cs with its .wtns (own setup, or a snarkjs .zkey); write the snarkjs files to --out.")
    static final class ProveR1cs extends OnCircuit {
        @Option(names = "--wtns", required = true, paramLabel = "FILE", description = "The witness (.wtns).")
        Path wtns;

        @CommandLine.Mixin
        ProofFiles files;

        @Override
        CommandResult result() {
            return new Proved(ProvenCircuit.proveFiles(r1cs, wtns, files.zkey, files.out, progress()), files.out, null);
        }
    }

    /**
     * {@code zk prove}: one inference of a built-in model proven with Groth16 ({@link ProvenInference}).
     */
    @Command(name = "prove", mixinStandardHelpOptions = true,
            description = "Prove one inference of a built-in model with Groth16 (statement a, b or c); write the snarkjs files to --out.")
    static final class ProveModel extends ResultCommand.OnModelRow {
        @Option(names = "--statement", paramLabel = "a|b|c", description = "a: public model, private input; b: private committed model, public input; c: both public (default: ${DEFAULT-VALUE}).")
        String statement = "a";

        @CommandLine.Mixin
        ProofFiles files;

        @Override
        CommandResult result() {
            Statement st = Statement.parse(statement);
            int r = row();
            ProvenInference p = ProvenInference.prove(Models.train(model.name(), progress()), st, r, files.out, files.zkey, progress());
            return new Proved(p.proven(), files.out, p);
        }
    }

    /**
     * What {@code zk prove} and {@code zk prove-r1cs} print.
     *
     * @param proven    setup, proof, verification
     * @param dir       where the snarkjs files went
     * @param inference the model's inference proven ({@code zk prove}), or null ({@code zk prove-r1cs})
     */
    record Proved(ProvenCircuit proven, Path dir, ProvenInference inference) implements CommandResult {
        @Override
        public Map<String, Object> json() {
            Map<String, Object> m = Json.object("constraints", proven.constraints(), "wires", proven.wires(),
                    "publicInputs", proven.publicInputs().size(), "public", proven.publicInputs().stream().map(x -> x.toBigInteger().toString()).toList(),
                    "setup", proven.setup(), "setupMs", ms(proven.setupNanos()), "proveMs", ms(proven.proveNanos()), "verifyMs", ms(proven.verifyNanos()),
                    "proofBytes", Proof.BYTES, "verified", proven.verdict().accepted(), "out", dir.toString());
            if (inference != null) {
                m.putAll(Json.object("model", inference.model(), "statement", inference.statement().name().toLowerCase(Locale.ROOT),
                        "input", inference.row(), "output", inference.circuit().output(), "compileMs", ms(inference.compileNanos())));
            }
            return m;
        }

        @Override
        public String text() {
            StringBuilder s = new StringBuilder();
            if (inference != null) {
                s.append("model: ").append(inference.model()).append(", statement ").append(inference.statement().name().toLowerCase(Locale.ROOT))
                        .append(", test row ").append(inference.row()).append(": output ").append(Arrays.toString(inference.circuit().output()))
                        .append(" (compiled in ").append(Stopwatch.format(inference.compileNanos())).append(")\n");
            }
            s.append("circuit: ").append(proven.constraints()).append(" constraints, ").append(proven.wires()).append(" wires, ")
                    .append(proven.publicInputs().size()).append(" public inputs\n");
            s.append("setup ").append(Stopwatch.format(proven.setupNanos())).append(", prove ").append(Stopwatch.format(proven.proveNanos()))
                    .append(", verify ").append(Stopwatch.format(proven.verifyNanos())).append("; proof ").append(Proof.BYTES).append(" bytes\n");
            s.append(proven.verdict().accepted() ? "OK: " : "REJECTED: ").append(proven.verdict().reason()).append('\n');
            s.append("wrote ").append(String.join(", ", ProvenCircuit.FILES)).append(" to ").append(dir).append('\n');
            return s.toString();
        }

        @Override
        public int exitCode() {
            return proven.verdict().accepted() ? 0 : 1;
        }
    }

    /**
     * {@code zk setup}: a circuit's proving key, written as a snarkjs {@code .zkey} — by the kit's own one-party
     * setup (fresh secrets, dropped at once), or with {@code --ptau} derived from a phase-1 ceremony's powers of
     * tau with {@code --contributions} phase-2 contributions on top, as {@code snarkjs groth16 setup} and
     * {@code zkey contribute} would make it.
     */
    @Command(name = "setup", mixinStandardHelpOptions = true,
            description = {"A Groth16 proving key for a .r1cs, written as a snarkjs .zkey (and verification_key.json).",
                "Without --ptau: the kit's one-party setup (fresh secrets, dropped at once).",
                "With --ptau: derived from a powers-of-tau ceremony file (snarkjs .ptau, prepared or not), with --contributions "
                        + "phase-2 contributions to δ; snarkjs zkey verify CIRCUIT.r1cs FILE.ptau OUT.zkey accepts it."})
    static final class SetupCommand extends OnCircuit {
        @Option(names = "--zkey", required = true, paramLabel = "FILE", description = "Where to write the proving key (.zkey).")
        Path zkey;

        @Option(names = "--vkey", paramLabel = "FILE", description = "Where to write verification_key.json (optional).")
        Path vkey;

        @Option(names = "--ptau", paramLabel = "FILE", description = "Derive the key from this phase-1 ceremony file (.ptau).")
        Path ptau;

        @Option(names = "--contributions", paramLabel = "N", description = "With --ptau: phase-2 contributions to add, each with "
                + "fresh secrets dropped at once (default 1; 0 writes the key before phase 2, with δ = 1: not secure until someone contributes).")
        Integer contributions;

        @Override
        CommandResult result() {
            if (contributions != null && ptau == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--contributions goes with --ptau");
            }
            if (contributions != null && (contributions < 0 || contributions > 100)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--contributions must be 0..100, got " + contributions);
            }
            ConstraintSystem system = R1csFile.read(r1cs);
            if (ptau != null) return derive(system, contributions == null ? 1 : contributions);
            Stopwatch.Timed<Setup.Result> setup = Stopwatch.time(() -> Setup.generate(system, new SecureRandom()));
            Zkey.write(setup.value().provingKey(), zkey);
            if (vkey != null) SnarkjsJson.writeVerifyingKey(setup.value().verifyingKey(), vkey);
            return new SetUp(system, setup.value().provingKey().qap().domain().size(), setup.nanos(), zkey, vkey);
        }

        private CommandResult derive(ConstraintSystem system, int phase2) {
            long start = System.nanoTime();
            PtauFile file = PtauFile.read(ptau);
            Phase2 key = Setup.fromPowersOfTau(system, file);
            SecureRandom random = new SecureRandom();
            for (int i = 1; i <= phase2; i++) {
                Fr d;
                do {
                    d = Fr.random(random);
                } while (d.isZero());
                key = Ceremony.contribute(key, d, "zkopml kit zk setup, contribution " + i, random);
            }
            Zkey.write(key, zkey);
            if (vkey != null) SnarkjsJson.writeVerifyingKey(key.key().vk(), vkey);
            return new Derived(system, key.key().qap().domain().size(), file, phase2, HexFormat.of().formatHex(key.circuitHash()),
                    System.nanoTime() - start, r1cs, ptau, zkey, vkey);
        }
    }

    /**
     * What {@code zk setup --ptau} prints.
     *
     * @param system        the circuit
     * @param domainSize    the QAP's evaluation domain
     * @param ptau          the phase-1 file read
     * @param phase2        the phase-2 contributions added
     * @param circuitHash   snarkjs's circuit hash of the key (hex)
     * @param nanos         the derivation's time
     * @param r1csPath      the circuit file
     * @param ptauPath      the ceremony file
     * @param zkey          where the proving key went
     * @param vkey          where the verifying key went, or null
     */
    record Derived(ConstraintSystem system, int domainSize, PtauFile ptau, int phase2, String circuitHash, long nanos, Path r1csPath,
                   Path ptauPath, Path zkey, Path vkey) implements CommandResult {
        @Override
        public Map<String, Object> json() {
            return Json.object("constraints", system.size(), "wires", system.wires(), "publicInputs", system.publicWires(),
                    "domainSize", domainSize, "ptau", ptauPath.toString(), "ptauPower", ptau.power(),
                    "phase1Contributions", ptau.contributions().size(), "phase2Contributions", phase2, "circuitHash", circuitHash,
                    "setupMs", ms(nanos), "zkey", zkey.toString());
        }

        @Override
        public String text() {
            StringBuilder s = new StringBuilder();
            s.append("key for ").append(system.size()).append(" constraints (a domain of ").append(domainSize).append(" rows) from ")
                    .append(ptauPath).append(": powers up to 2^").append(ptau.power()).append(", ").append(ptau.contributions().size())
                    .append(" phase-1 contribution(s)\n");
            s.append(phase2 == 0 ? "no phase-2 contribution: δ = 1, anyone can forge until someone contributes (snarkjs zkey contribute)\n"
                    : phase2 + " phase-2 contribution(s) with fresh secrets, dropped at once\n");
            s.append("derived in ").append(Stopwatch.format(nanos)).append("; wrote ").append(zkey).append(vkey == null ? "" : " and " + vkey)
                    .append('\n');
            s.append("check it with: snarkjs zkey verify ").append(r1csPath).append(' ').append(ptauPath).append(' ').append(zkey).append('\n');
            return s.toString();
        }
    }

    /**
     * What {@code zk setup} prints.
     *
     * @param system     the circuit
     * @param domainSize the QAP's evaluation domain
     * @param nanos      the setup's time
     * @param zkey       where the proving key went
     * @param vkey       where the verifying key went, or null
     */
    record SetUp(ConstraintSystem system, int domainSize, long nanos, Path zkey, Path vkey) implements CommandResult {
        @Override
        public Map<String, Object> json() {
            return Json.object("constraints", system.size(), "wires", system.wires(), "publicInputs", system.publicWires(),
                    "domainSize", domainSize, "setupMs", ms(nanos), "zkey", zkey.toString());
        }

        @Override
        public String text() {
            return "setup for " + system.size() + " constraints in " + Stopwatch.format(nanos) + " (toxic waste dropped); wrote " + zkey
                    + (vkey == null ? "" : " and " + vkey) + "\n";
        }
    }

    /** {@code zk verify}. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Verify a Groth16 proof: zk verify DIR (with verification_key.json, public.json, proof.json) or zk verify --vkey F --public F --proof F.")
    static final class Verify extends ResultCommand {
        @Parameters(arity = "0..1", paramLabel = "DIR", description = "A directory written by zk prove-r1cs.")
        Path dir;

        @Option(names = "--vkey", paramLabel = "FILE", description = "verification_key.json")
        Path vkey;

        @Option(names = "--public", paramLabel = "FILE", description = "public.json")
        Path publicJson;

        @Option(names = "--proof", paramLabel = "FILE", description = "proof.json")
        Path proof;

        @Override
        CommandResult result() {
            boolean files = vkey != null || publicJson != null || proof != null;
            if (dir != null && files) throw new CommandLine.ParameterException(spec.commandLine(), "give either DIR or --vkey/--public/--proof, not both");
            if (dir == null && !(vkey != null && publicJson != null && proof != null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give DIR, or all three of --vkey, --public, --proof");
            }
            VerifyingKey key = SnarkjsJson.readVerifyingKey(dir != null ? dir.resolve("verification_key.json") : vkey);
            List<BigInteger> publics = SnarkjsJson.readPublic(dir != null ? dir.resolve("public.json") : publicJson);
            Proof p = SnarkjsJson.readProof(dir != null ? dir.resolve("proof.json") : proof);
            Stopwatch.Timed<Verdict<Void>> v = Stopwatch.time(() -> Verifier.verify(key, publics, p));
            return new Checked(v.value(), publics.size(), v.nanos());
        }
    }

    /**
     * What {@code zk verify} prints.
     *
     * @param verdict      the verifier's verdict
     * @param publicInputs the number of public inputs
     * @param nanos        the verifier's time
     */
    record Checked(Verdict<Void> verdict, int publicInputs, long nanos) implements CommandResult {
        @Override
        public Map<String, Object> json() {
            return Json.object("verified", verdict.accepted(), "reason", verdict.reason(), "publicInputs", publicInputs, "verifyMs", ms(nanos));
        }

        @Override
        public String text() {
            return (verdict.accepted() ? "OK (" + Stopwatch.format(nanos) + ")" : "REJECTED: " + verdict.reason()) + "\n";
        }

        @Override
        public int exitCode() {
            return verdict.accepted() ? 0 : 1;
        }
    }
}
