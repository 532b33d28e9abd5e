package org.zkopml.planted.pairing;

/** A planted pairing class. */
public final class Pairing {
    private Pairing() {}

    /** Something to call. */
    public static boolean check() {
        return true;
    }
}
