package org.zkopml.chain;

import org.zkopml.vm.Instruction;
import org.zkopml.vm.Isa;
import org.zkopml.vm.Memory;
import org.zkopml.vm.Program;

import java.util.ArrayList;
import java.util.List;

/**
 * Gas of the optimistic path, measured from receipts on a chain: what one dispute costs as the claimed
 * trace length N and the arity k grow. A dispute of N steps takes R = ⌈log_{k+1} N⌉ rounds of a bisection
 * (k hashes posted, calldata and storage growing with k) and a selection, then one one-step proof whose
 * cost does not depend on N; the rows show where the balance between rounds and hashes per round lies.
 */
public final class GasStudy {
    private GasStudy() {}

    /** Address of the countdown's output word (its input n is the first word of the input region). */
    public static final int COUNTDOWN_OUT = 100;

    /**
     * A counting loop whose trace length grows linearly with its input n ≥ 1: N = 3n + 3 steps
     * (load n; n times: acc += 3, n −= 1, branch; store acc; halt). Output: 3n.
     */
    public static Program countdown() {
        long[] image = new long[6];
        image[0] = new Instruction(Isa.LD, 1, 0, 0, (int) Memory.INPUT_BASE).encode();
        image[1] = new Instruction(Isa.ADDI, 2, 2, 0, 3).encode();
        image[2] = new Instruction(Isa.ADDI, 1, 1, 0, -1).encode();
        image[3] = new Instruction(Isa.BLT, 0, 0, 1, 1).encode();
        image[4] = new Instruction(Isa.ST, 2, 0, 0, COUNTDOWN_OUT).encode();
        image[5] = new Instruction(Isa.HALT, 0, 0, 0, 0).encode();
        return new Program("countdown", image, Memory.INPUT_BASE, 1, COUNTDOWN_OUT, 1);
    }

    /**
     * One measured dispute.
     *
     * @param steps           N
     * @param k               hashes per round
     * @param rounds          R
     * @param submitGas       the claim's submission
     * @param meanBisectGas   mean gas of the submitter's bisections
     * @param meanSelectGas   mean gas of the challenger's selections
     * @param oneStepGas      the one-step proof transaction
     * @param totalDisputeGas everything after the submission (challenge, moves, proof, bond claim)
     */
    public record Row(long steps, int k, int rounds, long submitGas, long meanBisectGas, long meanSelectGas, long oneStepGas, long totalDisputeGas) {}

    /**
     * Plays, for each k and each loop count n, a cheating submitter (wrong from the middle of the trace)
     * against an honest challenger on {@link #countdown()}, on fresh game contracts deployed with the verifier
     * at {@code oneStep}; one row per game.
     */
    public static List<Row> disputes(LocalChain chain, String oneStep, int[] ks, long[] loopCounts) {
        List<Row> rows = new ArrayList<>();
        Program p = countdown();
        for (int k : ks) {
            DisputeGameContract game = DisputeGameContract.deploy(chain, chain.account(0), oneStep, DisputeGameContract.Params.of(k));
            for (long n : loopCounts) {
                VmTrace truth = VmTrace.honest(p, new long[] {n});
                VmTrace lie = VmTrace.cheating(p, new long[] {n}, Math.max(1, truth.length() / 2));
                GameOutcome o = new OnChainGame(chain, game).play(lie, truth);
                if (!o.honestWon() || !o.bondsConserved()) throw new IllegalStateException("a measured game went wrong: " + o);
                long bisect = 0, select = 0;
                List<Long> m = o.moveGas();
                for (int i = 0; i < m.size(); i++) {
                    if (i % 2 == 0) bisect += m.get(i);
                    else select += m.get(i);
                }
                int b = (m.size() + 1) / 2, s = m.size() / 2;
                rows.add(new Row(o.steps(), k, o.rounds(), o.submitGas(), b == 0 ? 0 : bisect / b, s == 0 ? 0 : select / s, o.oneStepGas(), o.totalDisputeGas()));
            }
        }
        return rows;
    }
}
