package org.zkopml.cli;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command's {@code --json} output keeps, field by field, what it printed before issue 20 reshaped the CLI
 * ({@link GoldenOutputs}).
 */
class CommandOutputGoldenTest {
    static Stream<GoldenOutputs.Case> plain() {
        return GoldenOutputs.cases(false);
    }

    static Stream<GoldenOutputs.Case> tagged() {
        return GoldenOutputs.cases(true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plain")
    void outputKeepsItsGoldenFields(GoldenOutputs.Case c, @TempDir Path dir) {
        GoldenOutputs.check(c, dir);
    }

    /**
     * The commands that run a local node ({@code chain op}, {@code chain zk}, {@code tour}: tags {@code chain}, and
     * {@code peers} for snarkjs's verifier beside the kit's) or a JShell per stage ({@code exercise}: tag {@code jshell}).
     */
    @Tag("chain")
    @Tag("peers")
    @Tag("jshell")
    @ParameterizedTest(name = "{0}")
    @MethodSource("tagged")
    void outputOfACommandOnAChainOrJShellKeepsItsGoldenFields(GoldenOutputs.Case c, @TempDir Path dir) {
        GoldenOutputs.check(c, dir);
    }
}
