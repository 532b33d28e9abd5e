package org.zkopml.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.zkopml.chain.GasReport;
import org.zkopml.chain.OptimisticRun;

/**
 * The tour's HTML report: one self-contained page (the plots inline as base64 PNG drawn with XChart, no
 * external link, script or style sheet) with the side-by-side table and the figures it was made from.
 */
final class TourReport {
    private TourReport() {}

    /** Writes the report of {@code r} to {@code file} (creating its folder). */
    static void write(TourPage r, Path file) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.writeString(file, html(r), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write the report (" + e.getMessage() + ")", e);
        }
    }

    /** The page. */
    static String html(TourPage r) {
        OptimisticRun.Result d = r.run().disputed();
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>zkopml lab: the tour</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:72em;margin:2em auto;padding:0 1em}table{border-collapse:collapse}"
                        + "td,th{border:1px solid #aaa;padding:.3em .6em;text-align:left;vertical-align:top}th{background:#eee}"
                        + "pre{background:#f6f6f6;padding:1em;overflow-x:auto}</style></head><body>\n");
        s.append("<h1>zkML versus opML, measured on this machine</h1>\n");
        s.append("<p>Machine: ").append(esc(r.run().machine().summary())).append(". ").append(esc(r.run().subject()))
                .append(". Chain: ").append(esc(r.run().rpc())).append(". Every figure below was measured by this run of <code>./kit tour</code>.</p>\n");
        s.append("<h2>Side by side</h2>\n<table>\n");
        for (String[] row : r.rows()) {
            s.append("<tr>");
            for (int i = 0; i < row.length; i++) s.append(i == 0 ? "<th>" : "<td>").append(esc(row[i])).append(i == 0 ? "</th>" : "</td>");
            s.append("</tr>\n");
        }
        s.append("</table>\n");
        s.append("<h2>Gas</h2>\n<p>Every figure from a transaction receipt on the chain above.</p>\n");
        s.append(img(bars("Gas per path", "", "gas", new ArrayList<>(r.gas().keySet()), new ArrayList<>(r.gas().values())), "gas per path"));
        List<String> moves = new ArrayList<>();
        List<Number> moveGas = new ArrayList<>();
        int bisect = 0, select = 0;
        for (GasReport.Entry e : d.gas().entries()) {
            if (e.dispute() < 0 && !e.what().equals("withdraw")) continue;
            moves.add(switch (e.what()) {
                case "Bisect" -> "bisect " + ++bisect;
                case "Select" -> "select " + ++select;
                case "ProveStep" -> "one step";
                default -> e.what();
            });
            moveGas.add(e.gas());
        }
        s.append(img(bars("The dispute, transaction by transaction (" + d.result().rounds() + " rounds)", "", "gas", moves, moveGas),
                "dispute gas per move"));
        s.append("<h2>Time</h2>\n<p>Wall-clock times of this run (the verifier after JIT warm-up).</p>\n");
        s.append(img(bars("Milliseconds", "", "ms", new ArrayList<>(r.millis().keySet()), new ArrayList<>(r.millis().values())), "times"));
        s.append("<h2>The figures as JSON</h2>\n<pre>").append(esc(Json.write(r.json()))).append("</pre>\n");
        s.append("<p>").append(r.commandsHtml()).append("</p>\n");
        s.append("</body></html>\n");
        return s.toString();
    }

    private static CategoryChart bars(String title, String x, String y, List<String> names, List<? extends Number> values) {
        CategoryChart c = new CategoryChartBuilder().width(900).height(360).title(title).xAxisTitle(x).yAxisTitle(y).build();
        c.getStyler().setLegendVisible(false);
        c.getStyler().setXAxisLabelRotation(names.size() > 6 ? 60 : 0);
        c.addSeries(y, names, new ArrayList<>(values));
        return c;
    }

    private static String img(Chart<?, ?> chart, String alt) {
        try {
            byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
            return "<p><img alt=\"" + esc(alt) + "\" src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\"></p>\n";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the chart " + alt + ": " + e.getMessage(), e);
        }
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
