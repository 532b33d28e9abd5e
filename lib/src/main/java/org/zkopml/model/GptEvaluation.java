package org.zkopml.model;

/**
 * Float versus fixed point on a GPT's test prompts: next-token accuracy of each and how often they agree.
 *
 * @param model          the model's name
 * @param parameters     number of parameters
 * @param macs           multiply–accumulates of one forward pass
 * @param prompts        number of test prompts
 * @param floatAccuracy  share of prompts whose next token the float model predicts
 * @param fixedAccuracy  share of prompts whose next token the integer model predicts
 * @param agreement      share of prompts where the two predict the same token
 * @param meanAbsLogitError mean |float logit − integer logit (as a real)| over every logit of every prompt
 */
public record GptEvaluation(String model, long parameters, long macs, int prompts, double floatAccuracy, double fixedAccuracy,
                            double agreement, double meanAbsLogitError) {
    @Override
    public String toString() {
        return String.format("%s: next-token accuracy float %.4f, fixed %.4f, agreement %.4f (%d test prompts, %d parameters, %d MACs)",
                model, floatAccuracy, fixedAccuracy, agreement, prompts, parameters, macs);
    }
}
