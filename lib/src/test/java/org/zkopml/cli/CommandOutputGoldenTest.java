package org.zkopml.cli;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command's {@code --json} output keeps, field by field, what it printed before issue 20 reshaped the CLI
 * ({@link GoldenOutputs}); the commands that need no chain and no JShell. {@link CommandOutputGoldenChainTest} checks the others.
 */
class CommandOutputGoldenTest {
    static Stream<GoldenOutputs.Case> cases() {
        return GoldenOutputs.cases(false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void outputKeepsItsGoldenFields(GoldenOutputs.Case c, @TempDir Path dir) {
        GoldenOutputs.check(c, dir);
    }
}
