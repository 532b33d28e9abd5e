package org.zkopml.chain;

import java.util.List;

/**
 * How an on-chain game ended and what it cost, every gas figure from a receipt.
 *
 * @param winner          "submitter" or "challenger"
 * @param honest          which side held the true trace ("submitter", "challenger", or "both" when nobody lied)
 * @param ruling          the contract's ruling
 * @param challenged      whether the claim was challenged
 * @param steps           N, the claimed trace length
 * @param paddedLength    (k+1)^R
 * @param k               hashes per round
 * @param rounds          selections made (R when played to the leaf)
 * @param leaf            the disputed step proved on-chain (-1 when none was)
 * @param requestGas      gas of the task request
 * @param submitGas       gas of the submission
 * @param challengeGas    gas of the challenge (0 when unchallenged)
 * @param moveGas         gas of each bisect and select, in order
 * @param oneStepGas      gas of the one-step proof transaction (0 when the game ended otherwise)
 * @param endGas          gas of the transaction that ended the game otherwise (finalize or timeout; 0 after a proof)
 * @param claimGas        gas of the winner's bond claim
 * @param totalDisputeGas challenge + moves + one-step proof or timeout + bond claim (finalize + claim when unchallenged)
 * @param bondsConserved  the winner gained exactly the loser's bond, the loser lost it, fees aside, and the contract holds nothing
 * @param chainId         the chain the game ran on
 */
public record GameOutcome(String winner, String honest, String ruling, boolean challenged, long steps, long paddedLength, int k,
                          int rounds, long leaf, long requestGas, long submitGas, long challengeGas, List<Long> moveGas, long oneStepGas,
                          long endGas, long claimGas, long totalDisputeGas, boolean bondsConserved, long chainId) {
    public GameOutcome {
        moveGas = List.copyOf(moveGas);
    }

    /** Whether the side with the true trace won (always, when the contracts are right). */
    public boolean honestWon() {
        return honest.equals("both") || honest.equals(winner);
    }
}
