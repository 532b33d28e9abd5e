package org.zkopml.circuit;

/**
 * The three statements of zkML: what the verifier sees, what stays hidden.
 * <ul>
 *   <li>{@link #A}: public model, private input — "this (hidden) input, committed to as C_x, makes the public
 *       model M output y"; public wires: y and C_x;</li>
 *   <li>{@link #B}: private committed model, public input — "the model committed to as C_M outputs y on x";
 *       public wires: y, x and C_M;</li>
 *   <li>{@link #C}: public model, public input — "M outputs y on x" (a proof of correct computation only);
 *       public wires: y and x.</li>
 * </ul>
 */
public enum Statement {
    /** Public model, private input. */
    A,
    /** Private committed model, public input. */
    B,
    /** Public model, public input. */
    C;

    /** "a", "b" or "c" (any case); anything else is an {@link IllegalArgumentException} naming the choices. */
    public static Statement parse(String s) {
        if (s != null) {
            switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "a": return A;
                case "b": return B;
                case "c": return C;
                default: break;
            }
        }
        throw new IllegalArgumentException("statement must be a (public model, private input), b (private committed model, "
                + "public input) or c (public model, public input), got \"" + s + "\"");
    }

    /** Whether the model's parameters are private (statement b). */
    public boolean privateModel() {
        return this == B;
    }

    /** Whether the input is private (statement a). */
    public boolean privateInput() {
        return this == A;
    }
}
