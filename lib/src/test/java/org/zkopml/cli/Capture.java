package org.zkopml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the CLI in-process as {@code ./kit ARGS} would and captures what it printed: the harness of the CLI tests. */
final class Capture {
    private Capture() {}

    /**
     * What one run printed.
     *
     * @param code its exit code
     * @param out  its stdout
     * @param err  its stderr
     */
    record Ran(int code, String out, String err) {
        /** The one JSON object on stdout (a {@code --json} run that exited 0), parsed by Gson. */
        JsonObject json() {
            assertEquals(0, code, err);
            String text = out.strip();
            assertEquals(1, text.lines().count(), "one line of JSON: " + text);
            return JsonParser.parseString(text).getAsJsonObject();
        }

        /** The last line on stderr. */
        String lastError() {
            return err.strip().lines().reduce((a, b) -> b).orElse("");
        }
    }

    /** Runs {@link Main#execute} on {@code args}. */
    static Ran run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.execute(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Ran(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** {@link #run} and its JSON object ({@code --json} is added). */
    static JsonObject json(String... args) {
        String[] withJson = java.util.Arrays.copyOf(args, args.length + 1);
        withJson[args.length] = "--json";
        return run(withJson).json();
    }
}
