package org.zkopml.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.zkopml.field.Fr;
import org.zkopml.groth16.Proof;
import org.zkopml.groth16.Prover;
import org.zkopml.groth16.Setup;
import org.zkopml.r1cs.CircuitBuilder;
import org.zkopml.r1cs.LinearCombination;

/**
 * Gas of the zkML path, measured from receipts on a chain: deploying the kit's generated Groth16 verifier and
 * verifying one proof as the number ℓ of public inputs grows (each input costs an ecMul of 6,000 gas and an ecAdd
 * of 150 on top of the 4-pair check's 45,000 + 4·34,000, EIP-1108), the same proof on snarkjs's exported verifier,
 * and batches of n proofs in one product of n + 3 pairings.
 */
public final class ZkGasStudy {
    private ZkGasStudy() {}

    /**
     * A small circuit with exactly {@code publicInputs} public inputs x_1..x_ℓ (random field elements) and one
     * private w: w·x_j = t_j for each j and w·w = t_0, so every input is bound by a constraint.
     */
    public static CircuitBuilder.Built circuitWithInputs(int publicInputs, RandomGenerator rng) {
        if (publicInputs < 0) throw new IllegalArgumentException("publicInputs must be ≥ 0, got " + publicInputs);
        CircuitBuilder cb = new CircuitBuilder();
        List<LinearCombination> xs = new ArrayList<>();
        for (int j = 0; j < publicInputs; j++) xs.add(cb.publicInput(Fr.random(rng)));
        LinearCombination w = cb.privateInput(Fr.random(rng));
        cb.at("gas", "w·w");
        cb.mul(w, w, "w·w");
        for (int j = 0; j < publicInputs; j++) {
            cb.at("gas", "x_" + (j + 1));
            cb.mul(w, xs.get(j), "w·x_j");
        }
        return cb.build();
    }

    /** A proof of a circuit together with its verifying key and public inputs. */
    public record Proven(org.zkopml.groth16.VerifyingKey vk, org.zkopml.groth16.ProvingKey pk, Proof proof, List<Fr> publicInputs) {}

    /** Sets up and proves a circuit (fresh setup from {@code rng}). */
    public static Proven prove(CircuitBuilder.Built built, RandomGenerator rng) {
        Setup.Result s = Setup.generate(built.system(), rng);
        Fr[] w = built.witness();
        Proof p = Prover.prove(s.provingKey(), w, rng);
        return new Proven(s.verifyingKey(), s.provingKey(), p, List.of(w).subList(1, 1 + built.system().publicWires()));
    }
}
