package org.zkopml.cli;

import java.nio.file.Path;
import org.zkopml.compare.GptTour;
import org.zkopml.compare.Progress;
import org.zkopml.compare.Tour;
import org.zkopml.dispute.Cheat;
import org.zkopml.lab.Stopwatch;
import org.zkopml.model.Gpts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./kit tour}: the kit's point in one run ({@link Tour}): one inference of a trained, quantized model made
 * trustworthy with a Groth16 proof and optimistically, measured live and set side by side, as a table, a JSON object
 * and a self-contained HTML report ({@link TourReport}). With {@code --model gpt-tiny}, the transformer's tour
 * ({@link GptTour}): the whole pass proven by sumcheck and one attention head by Groth16, against the same opML run.
 */
@Command(name = "tour", mixinStandardHelpOptions = true,
        description = "zkML versus opML on one inference, measured live: train, prove (Groth16) and verify off- and on-chain; "
                + "post optimistically, finalise after the window, catch a cheater on-chain; a side-by-side table and an HTML report. "
                + "The model is " + TourCommand.DEFAULT_MODEL + " unless --model names another; with gpt-tiny, the whole forward pass is proven by "
                + "sumcheck and one attention head by Groth16 (a Groth16 proof of the whole transformer is out of reach).")
public final class TourCommand extends ResultCommand.OnModelRow {
    /** The tour's model when {@code --model} is not given. */
    static final String DEFAULT_MODEL = "digits-mlp";

    @CommandLine.Mixin
    GameChoice game;

    @Option(names = "--report", paramLabel = "DIR", description = "Where to write index.html (and the proof's snarkjs files in zk/). Default: ${DEFAULT-VALUE}.")
    Path report = Path.of("target", "report");

    @Override
    CommandResult result() {
        String name = model.nameOr(DEFAULT_MODEL);
        int k = game.kOnChain();
        Cheat cheat = game.cheat();
        Progress progress = progress();
        Path html = report.resolve("index.html");
        TourPage result = Gpts.isGpt(name)
                ? new GptTourResult(GptTour.run(name, row.forTask(name), cheat, game.seed, k, report.resolve("zk"), progress), html)
                : new TourResult(Tour.run(name, row.of(name), cheat, game.seed, k, report.resolve("zk"), progress), html);
        progress.note("[5/5] the side-by-side table and the report");
        TourReport.write(result, html);
        progress.note("wrote " + html + "; the tour took " + Stopwatch.format(result.run().totalNanos()));
        return result;
    }
}
