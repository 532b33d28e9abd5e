package org.zkopml.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The output option every command shares: {@code --json} for one JSON object on stdout, readable text otherwise.
 * Progress bars and durations go to stderr either way ({@link BarProgress}).
 */
final class Output {
    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    /** Prints {@code result} as JSON or text on the command's stdout; its exit code. */
    int print(CommandLine.Model.CommandSpec spec, CommandResult result) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(result.json()));
        } else {
            out.print(result.text());
        }
        out.flush();
        return result.exitCode();
    }
}
