package org.zkopml.model;

/**
 * A visitor that reads a model's layer at a position where a proof expects one kind: it returns the layer as
 * that kind, and rejects any other with a one-line message naming the position, the layer found, what the proof
 * expects there and the shapes it supports. The sumcheck proofs use it to check a model's layout before proving.
 *
 * @param kind      the expected kind of layer
 * @param index     the layer's position in the model
 * @param what      what the proof expects there, in words ("a dense layer")
 * @param proof     the proof that expects it ("the sumcheck proof")
 * @param supported the layer sequences the proof supports, in words
 */
public record ExpectedLayer<T extends Layer>(Class<T> kind, int index, String what, String proof, String supported)
        implements Layer.Visitor<T> {
    private T pick(Layer l) {
        if (!kind.isInstance(l)) {
            throw new IllegalArgumentException("layer " + index + " is " + l.kind() + ", " + proof + " expects " + what
                    + " there (" + supported + ")");
        }
        return kind.cast(l);
    }

    @Override public T visitDense(Dense dense) { return pick(dense); }
    @Override public T visitRelu(Relu relu) { return pick(relu); }
    @Override public T visitRequantize(Requantize requantize) { return pick(requantize); }
    @Override public T visitDecisionTree(DecisionTree tree) { return pick(tree); }
    @Override public T visitArgmax(Argmax argmax) { return pick(argmax); }
    @Override public T visitEmbedding(Embedding embedding) { return pick(embedding); }
    @Override public T visitTransformerBlock(TransformerBlock block) { return pick(block); }
    @Override public T visitLmHead(LmHead head) { return pick(head); }
}
