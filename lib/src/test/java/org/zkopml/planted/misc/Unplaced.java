package org.zkopml.planted.misc;

/** Planted violation: a package that is in no layer of the table. */
public final class Unplaced {
    private Unplaced() {}
}
