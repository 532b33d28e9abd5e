package org.zkopml.model;

/**
 * The short name each kind of layer goes by in model JSON ({@code "kind": ...}) and in error messages (the canonical
 * encoding tags layers with bytes instead, {@link ModelEncoding}): one visitor, so the names stand in one place and
 * a new kind of layer cannot be left without one.
 */
final class LayerKind implements Layer.Visitor<String> {
    /** The one instance; it has no state. */
    static final LayerKind NAMES = new LayerKind();

    private LayerKind() {
    }

    @Override
    public String visitDense(Dense dense) {
        return "dense";
    }

    @Override
    public String visitRelu(Relu relu) {
        return "relu";
    }

    @Override
    public String visitRequantize(Requantize requantize) {
        return "requantize";
    }

    @Override
    public String visitDecisionTree(DecisionTree tree) {
        return "tree";
    }

    @Override
    public String visitArgmax(Argmax argmax) {
        return "argmax";
    }

    @Override
    public String visitEmbedding(Embedding embedding) {
        return "embedding";
    }

    @Override
    public String visitTransformerBlock(TransformerBlock block) {
        return "transformer";
    }

    @Override
    public String visitLmHead(LmHead head) {
        return "lmhead";
    }
}
