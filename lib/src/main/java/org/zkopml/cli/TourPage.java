package org.zkopml.cli;

import java.util.List;
import java.util.Map;
import org.zkopml.chain.GameOutcome;
import org.zkopml.lab.Machine;
import org.zkopml.lab.Stopwatch;

/**
 * What a tour prints and what its HTML report ({@link TourReport}) shows: the side-by-side table, the gas and the
 * times of each path, the figures as JSON. A recipe's tour ({@link TourResult}) and a transformer's
 * ({@link GptTourResult}) fill it in.
 */
interface TourPage extends CommandResult {
    /** Where it ran. */
    Machine machine();

    /** The model, the input and the output, in one line ("model: …, test row …, output …"). */
    String subject();

    /** Which chain. */
    String rpc();

    /** The whole tour's wall time. */
    long totalNanos();

    /** The side-by-side table's rows, the header first. */
    List<String[]> rows();

    /** The claim unchallenged. */
    GameOutcome happy();

    /** The cheater's claim and its dispute. */
    GameOutcome disputed();

    /** Gas per path, for the report's first chart (label → gas). */
    Map<String, Number> gas();

    /** Milliseconds per step of the run, for the report's time chart (label → ms). */
    Map<String, Number> millis();

    /** The report's last paragraph (HTML): the commands that print the same figures. */
    String commandsHtml();

    /** The side-by-side table (text), with the machine, model and chain. */
    default String table() {
        List<String[]> rows = rows();
        int[] w = new int[3];
        for (String[] r : rows) for (int i = 0; i < 3; i++) w[i] = Math.max(w[i], r[i].length());
        StringBuilder sb = new StringBuilder();
        sb.append("machine: ").append(machine().summary()).append('\n');
        sb.append(subject()).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            sb.append(String.format("%-" + w[0] + "s | %-" + w[1] + "s | %s%n", r[0], r[1], r[2]));
            if (i == 0) sb.append("-".repeat(w[0])).append("-+-").append("-".repeat(w[1])).append("-+-").append("-".repeat(w[2])).append('\n');
        }
        sb.append("chain: ").append(rpc()).append("; tour ").append(Stopwatch.format(totalNanos())).append('\n');
        return sb.toString();
    }
}
