package org.zkopml.planted.curve;

import org.zkopml.planted.pairing.Pairing;

/** Planted violation: curve calls pairing, to its right (the precompiles' old place). */
public final class UsesPairing {
    private UsesPairing() {}

    /** Calls the pairing. */
    public static boolean call() {
        return Pairing.check();
    }
}
