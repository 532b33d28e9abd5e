package org.zkopml.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zkopml.chain.OptimisticRun;
import org.zkopml.lab.Machine;
import org.zkopml.lab.Stopwatch;

/**
 * What a tour prints and what its HTML report ({@link TourReport}) shows: the side-by-side table, the gas and the
 * times of each path, the figures as JSON. A recipe's tour ({@link TourResult}) and a transformer's
 * ({@link GptTourResult}) fill it in.
 */
interface TourPage extends CommandResult {
    /**
     * What every tour has, whatever its model: where it ran, what it computed, on which chain, how long it took, and
     * its two optimistic claims.
     *
     * @param machine    where it ran
     * @param subject    the model, the input and the output, in one line ("model: …, test row …, output …")
     * @param rpc        which chain
     * @param totalNanos the whole tour's wall time
     * @param happy      the claim unchallenged
     * @param disputed   the cheater's claim and its dispute
     */
    record Run(Machine machine, String subject, String rpc, long totalNanos, OptimisticRun.Result happy, OptimisticRun.Result disputed) {}

    /** This tour's {@link Run}. */
    Run run();

    /** Where the HTML report was written. */
    Path report();

    /** The side-by-side table's rows, the header first. */
    List<String[]> rows();

    /** The table, then where the report is. */
    @Override
    default String text() {
        return table() + "\nreport: " + report().toAbsolutePath() + "\n";
    }

    /** The zk path's gas (label → gas), the first bars of the report's gas chart. */
    Map<String, Number> zkGas();

    /** Gas per path, for the report's first chart (label → gas): the zk path's, then the optimistic path's. */
    default Map<String, Number> gas() {
        Map<String, Number> g = new LinkedHashMap<>(zkGas());
        g.put("op: submit", run().happy().submitGas());
        g.put("op: unchallenged total", run().happy().unchallengedGas());
        g.put("op: dispute total", run().disputed().totalDisputeGas());
        return g;
    }

    /** Milliseconds per step of the run, for the report's time chart (label → ms). */
    Map<String, Number> millis();

    /** The report's last paragraph (HTML): the commands that print the same figures. */
    String commandsHtml();

    /** The terminal's width the text table is laid out for (the report keeps the wide table). */
    int COLUMNS = 100;

    /**
     * Three columns within {@code width} characters: the label column as wide as its longest label (at most
     * 20), the two others sharing the rest; a cell's words wrap onto as many lines as it needs, and a rule
     * follows the header row.
     */
    static List<String> layout(List<String[]> rows, int width) {
        int w0 = 0;
        for (String[] r : rows) w0 = Math.max(w0, r[0].length());
        w0 = Math.min(w0, 20);
        int w1 = (width - w0 - 6) / 2, w2 = width - w0 - 6 - w1;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> a = wrap(rows.get(i)[0], w0), b = wrap(rows.get(i)[1], w1), c = wrap(rows.get(i)[2], w2);
            int n = Math.max(a.size(), Math.max(b.size(), c.size()));
            for (int k = 0; k < n; k++) {
                String line = String.format("%-" + w0 + "s | %-" + w1 + "s | %s", k < a.size() ? a.get(k) : "", k < b.size() ? b.get(k) : "",
                        k < c.size() ? c.get(k) : "");
                out.add(line.stripTrailing());
            }
            if (i == 0) out.add("-".repeat(w0) + "-+-" + "-".repeat(w1) + "-+-" + "-".repeat(w2));
        }
        return out;
    }

    /** The text's words in lines of at most {@code width} characters (a longer word is cut). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) lines.add(line.toString());
        return lines;
    }

    /** The side-by-side table (text), with the machine, model and chain, within {@link #COLUMNS} columns. */
    default String table() {
        StringBuilder sb = new StringBuilder();
        for (String line : wrap("machine: " + run().machine().summary(), COLUMNS)) sb.append(line).append('\n');
        for (String line : wrap(run().subject(), COLUMNS)) sb.append(line).append('\n');
        for (String line : layout(rows(), COLUMNS)) sb.append(line).append('\n');
        for (String line : wrap("chain: " + run().rpc() + "; tour " + Stopwatch.format(run().totalNanos()), COLUMNS)) sb.append(line).append('\n');
        return sb.toString();
    }
}
