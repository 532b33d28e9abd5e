package org.zkopml.planted.values;

import org.zkopml.planted.curve.UsesPairing;

/** Planted violation: values, below everything, uses curve. */
public final class Value {
    private Value() {}

    /** Calls into curve. */
    public static boolean call() {
        return UsesPairing.call();
    }
}
