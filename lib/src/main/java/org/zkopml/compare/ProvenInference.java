package org.zkopml.compare;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import org.zkopml.circuit.CompiledCircuit;
import org.zkopml.circuit.ModelCircuits;
import org.zkopml.circuit.Statement;
import org.zkopml.field.Fr;
import org.zkopml.model.IntegerInference;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.TrainedModel;

/**
 * One inference of a trained model proven with Groth16: the quantized model compiled to R1CS for a statement (a: public
 * model, private input committed with Poseidon; b: private model committed with Poseidon, public input; c: both
 * public) on one test row, its output checked against the reference integer inference, then {@link ProvenCircuit#prove}.
 * What {@code ./kit zk prove} runs, and the zkML step of the {@link Tour}.
 *
 * @param model        the recipe's name
 * @param statement    which statement
 * @param row          the test row
 * @param circuit      the compiled circuit with its witness and output
 * @param compileNanos time to compile the model and its witness
 * @param proven       setup, proof and verification, and the files written
 */
public record ProvenInference(String model, Statement statement, int row, CompiledCircuit circuit, long compileNanos, ProvenCircuit proven) {
    /**
     * Compiles {@code trained}'s quantized model for {@code statement} on test row {@code row} with a random Poseidon
     * blinding (so that a commitment hides a small private value), checks the circuit's output, proves and verifies it,
     * and writes the snarkjs files to {@code outDir} (with the kit's own setup, or with {@code zkey} if not null).
     */
    public static ProvenInference prove(TrainedModel trained, Statement statement, int row, Path outDir, Path zkey, Progress progress) {
        QuantizedModel q = trained.quantized();
        long[] x = trained.testInput(row, q.scaleBits());
        CompiledCircuit c;
        long t0 = System.nanoTime();
        try (Progress.Task task = progress.task("compile circuit", 1)) {
            c = compile(q, statement, x, Fr.random(new SecureRandom()));
            task.step();
        }
        long compileNanos = System.nanoTime() - t0;
        ProvenCircuit proven = ProvenCircuit.prove(c.system(), c.witness(), outDir, zkey, progress);
        return new ProvenInference(trained.name(), statement, row, c, compileNanos, proven);
    }

    /**
     * The model compiled for {@code statement} on input {@code x} with the Poseidon {@code blinding}; IllegalStateException
     * if the circuit's output differs from the reference integer inference (a bug of the compiler, never of the input).
     */
    public static CompiledCircuit compile(QuantizedModel q, Statement statement, long[] x, Fr blinding) {
        CompiledCircuit c = ModelCircuits.compile(q, statement, x, blinding);
        long[] reference = {IntegerInference.predict(q, x)};
        if (!Arrays.equals(c.output(), reference)) {
            throw new IllegalStateException("the circuit's output " + Arrays.toString(c.output()) + " differs from the reference inference "
                    + Arrays.toString(reference));
        }
        return c;
    }
}
