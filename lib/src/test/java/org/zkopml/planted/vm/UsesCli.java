package org.zkopml.planted.vm;

import org.zkopml.planted.cli.Command;

/** Planted violation: vm calls cli, which sits above it. */
public final class UsesCli {
    private UsesCli() {}

    /** Calls the CLI. */
    public static int call() {
        return Command.run();
    }
}
