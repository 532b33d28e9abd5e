package org.zkopml.planted.cli;

/** A planted top-layer class: nothing may use it. */
public final class Command {
    /** A value to read. */
    public static final int EXIT = 2;

    private Command() {}

    /** Something to call. */
    public static int run() {
        return EXIT;
    }
}
