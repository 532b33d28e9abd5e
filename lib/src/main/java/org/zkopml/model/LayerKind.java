package org.zkopml.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The kinds of layer, each with the short name it goes by in model JSON ({@code "kind": ...}) and in error messages
 * (the canonical encoding tags layers with bytes instead, {@link ModelEncoding}). Writing and reading JSON both go
 * through this one list, and {@link #of} is a visitor, so a new kind of layer cannot be left without a name.
 */
public enum LayerKind {
    /** {@link Dense}. */
    DENSE("dense"),
    /** {@link Relu}. */
    RELU("relu"),
    /** {@link Requantize}. */
    REQUANTIZE("requantize"),
    /** {@link DecisionTree}. */
    TREE("tree"),
    /** {@link Argmax}. */
    ARGMAX("argmax"),
    /** {@link Embedding}. */
    EMBEDDING("embedding"),
    /** {@link TransformerBlock}. */
    TRANSFORMER("transformer"),
    /** {@link LmHead}. */
    LM_HEAD("lmhead");

    private final String jsonName;

    LayerKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The kind of {@code layer}. */
    public static LayerKind of(Layer layer) {
        return layer.accept(new Layer.Visitor<>() {
            @Override
            public LayerKind visitDense(Dense dense) {
                return DENSE;
            }

            @Override
            public LayerKind visitRelu(Relu relu) {
                return RELU;
            }

            @Override
            public LayerKind visitRequantize(Requantize requantize) {
                return REQUANTIZE;
            }

            @Override
            public LayerKind visitDecisionTree(DecisionTree tree) {
                return TREE;
            }

            @Override
            public LayerKind visitArgmax(Argmax argmax) {
                return ARGMAX;
            }

            @Override
            public LayerKind visitEmbedding(Embedding embedding) {
                return EMBEDDING;
            }

            @Override
            public LayerKind visitTransformerBlock(TransformerBlock block) {
                return TRANSFORMER;
            }

            @Override
            public LayerKind visitLmHead(LmHead head) {
                return LM_HEAD;
            }
        });
    }

    /** The kind called {@code name} in model JSON; IllegalArgumentException naming the known ones otherwise. */
    public static LayerKind named(String name) {
        for (LayerKind k : values()) if (k.jsonName.equals(name)) return k;
        throw new IllegalArgumentException("unknown kind \"" + name + "\", expected one of "
                + Arrays.stream(values()).map(LayerKind::toString).collect(Collectors.joining(", ")));
    }

    /** The JSON name, e.g. {@code dense}. */
    @Override
    public String toString() {
        return jsonName;
    }
}
