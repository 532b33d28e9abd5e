package org.zkopml.cli;

import java.util.Map;

/**
 * What a command found, in its two views: {@link #json()}, the object {@code --json} prints (one line, by {@link Json}),
 * and {@link #text()}, the readable lines printed otherwise. Each command builds one record of this kind from the
 * library's result and hands it to {@link Output#print}.
 */
interface CommandResult {
    /** The fields of the {@code --json} object, in their printed order. */
    Map<String, Object> json();

    /** The readable text, each line ending in a line break. */
    String text();

    /** The exit code: 0, or 1 when the result is a rejection (a proof that does not verify). */
    default int exitCode() {
        return 0;
    }
}
