package org.zkopml.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zkopml.field.Fr;
import org.zkopml.r1cs.CircuitBuilder;
import org.zkopml.groth16.Snarkjs;

/**
 * Gas from receipts, compared as numbers: the kit's generated verifier costs no more than snarkjs's exported one on
 * the same proof for 1, 2, 4 and 8 public inputs; every verification costs at least the transaction and the
 * precompiles it must call (EIP-1108's prices); a batch costs at least its n + 3 pairings and less per proof as n grows.
 * Tagged {@code chain} and {@code peers} (snarkjs exports its verifier).
 */
@Tag("chain")
@Tag("peers")
@ExtendWith(SharedChain.class)
class ZkGasStudyTest {
    @Test
    void theKitsVerifierCostsNoMoreThanSnarkjsAndBatchesCostLessPerProof(LocalChain chain) {
        SplittableRandom rng = new SplittableRandom(5);
        List<ZkGasStudy.VerifierRow> rows = ZkGasStudy.byPublicInputs(chain, Snarkjs.locate(), new int[] {1, 2, 4, 8}, rng);
        assertEquals(4, rows.size());
        for (ZkGasStudy.VerifierRow r : rows) {
            assertTrue(r.verifyGas() <= r.snarkjsVerifyGas(), "ℓ = " + r.publicInputs() + ": kit " + r.verifyGas() + " vs snarkjs " + r.snarkjsVerifyGas());
            assertTrue(r.verifyGas() > 21_000 + r.precompileGas(), "ℓ = " + r.publicInputs() + ": " + r);
            assertTrue(r.verifyGas() < 21_000 + r.precompileGas() + 16 * 32 * (9 + r.publicInputs()) + 5_000, "calldata and a little code on top: " + r);
        }
        for (int i = 1; i < rows.size(); i++) {
            long step = rows.get(i).verifyGas() - rows.get(i - 1).verifyGas();
            int more = rows.get(i).publicInputs() - rows.get(i - 1).publicInputs();
            assertTrue(step >= more * (ZkGasStudy.EC_MUL_GAS + ZkGasStudy.EC_ADD_GAS), "each input costs an ecMul and an ecAdd at least: " + step);
        }
        CircuitBuilder.Built built = ZkGasStudy.circuitWithInputs(2, rng);
        ZkGasStudy.Proven p = ZkGasStudy.prove(built, rng);
        List<ZkGasStudy.BatchRow> batches = ZkGasStudy.batches(chain, p.pk(), List.<Fr[]>of(built.witness()), new int[] {1, 2, 4, 8}, rng);
        for (int i = 0; i < batches.size(); i++) {
            ZkGasStudy.BatchRow b = batches.get(i);
            assertTrue(b.gas() > 21_000 + b.pairingGas(), "n = " + b.n() + ": " + b);
            if (i > 0) assertTrue(b.gasPerProof() < batches.get(i - 1).gasPerProof(), "per proof falls with n: " + batches);
        }
        assertTrue(batches.get(3).gasPerProof() < batches.get(0).singleGas() / 2, "8 proofs in a batch cost less than half as much each: " + batches);
    }
}
