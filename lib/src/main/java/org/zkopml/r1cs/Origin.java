package org.zkopml.r1cs;

import java.util.Objects;

/**
 * Where a constraint comes from: the part of the circuit (a layer such as {@code "layer 1 relu"}, or
 * {@code "input"}, {@code "commitment"}), the element inside it ({@code "neuron 3"}, or "" for none) and the
 * gadget that wrote it ({@code "relu: sign bits"}). Its {@link #toString()} is the label stored in
 * {@link Constraint#origin()}: {@code part · element · gadget}; {@link #parse(String)} reads it back.
 *
 * @param part    the layer or section of the circuit
 * @param element the neuron, node or index inside it ("" when not applicable)
 * @param gadget  the gadget and its step
 */
public record Origin(String part, String element, String gadget) {
    private static final String SEPARATOR = " · ";

    /** Rejects null parts and the separator inside a part. */
    public Origin {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(gadget, "gadget");
        if (part.contains(SEPARATOR) || element.contains(SEPARATOR)) {
            throw new IllegalArgumentException("an origin's part and element may not contain '" + SEPARATOR + "'");
        }
    }

    /** Reads a label written by {@link #toString()}; a label without separators is taken as a part alone. */
    public static Origin parse(String label) {
        String[] f = label.split(SEPARATOR, 3);
        if (f.length == 3) return new Origin(f[0], f[1], f[2]);
        if (f.length == 2) return new Origin(f[0], "", f[1]);
        return new Origin(label, "", "");
    }

    /** The gadget name without its step: the text before the first ':'. */
    public String gadgetName() {
        int colon = gadget.indexOf(':');
        return colon < 0 ? gadget : gadget.substring(0, colon);
    }

    @Override
    public String toString() {
        return element.isEmpty() ? part + SEPARATOR + gadget : part + SEPARATOR + element + SEPARATOR + gadget;
    }
}
