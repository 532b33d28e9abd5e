package org.zkopml.cli;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden outputs ({@link GoldenOutputs}) of the commands that run a local node — {@code chain op}, {@code chain zk},
 * {@code tour} — and of {@code exercise}, which starts a JShell per stage. Tagged {@code chain} (their own nodes),
 * {@code peers} ({@code chain zk} and the tour export snarkjs's verifier) and {@code slow}.
 */
@Tag("chain")
@Tag("peers")
@Tag("slow")
class CommandOutputGoldenChainTest {
    static Stream<GoldenOutputs.Case> cases() {
        return GoldenOutputs.cases(true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void outputKeepsItsGoldenFields(GoldenOutputs.Case c, @TempDir Path dir) {
        GoldenOutputs.check(c, dir);
    }
}
