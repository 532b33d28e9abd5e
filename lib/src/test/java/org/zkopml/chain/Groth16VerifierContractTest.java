package org.zkopml.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zkopml.groth16.Verifier;
import org.zkopml.values.Verdict;

@Tag("chain")
@ExtendWith(SharedChain.class)
class Groth16VerifierContractTest {
    @Test
    void smoke(LocalChain chain) {
        for (int l : new int[] {1, 3}) {
            ZkGasStudy.Proven p = ZkGasStudy.prove(ZkGasStudy.circuitWithInputs(l, new SplittableRandom(l)), new SplittableRandom(7 + l));
            assertTrue(Verifier.verifyFr(p.vk(), p.publicInputs(), p.proof()).accepted());
            Groth16VerifierContract c = Groth16VerifierContract.deploy(chain, p.vk());
            Verdict<Void> v = c.verify(p.proof(), p.publicInputs());
            System.out.println(l + " deploy " + c.deployGas() + " verify " + v + " gas " + c.verifyGas(p.proof(), p.publicInputs()));
            assertTrue(v.accepted(), v.reason());
            Verdict<Void> b = c.verifyBatch(List.of(p.proof(), p.proof()), List.of(p.publicInputs(), p.publicInputs()));
            System.out.println("batch " + b);
            Groth16VerifierContract sj = SnarkjsVerifier.deploy(chain, org.zkopml.groth16.Snarkjs.locate(), p.pk());
            System.out.println("snarkjs deploy " + sj.deployGas() + " verify " + sj.verify(p.proof(), p.publicInputs()) + " gas " + sj.verifyGas(p.proof(), p.publicInputs()));
        }
    }
}
