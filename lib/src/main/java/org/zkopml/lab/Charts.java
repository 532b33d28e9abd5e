package org.zkopml.lab;

import java.awt.image.BufferedImage;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/** XChart plots for notebooks: build a chart, then render it to an image the kernel displays inline. */
public final class Charts {
    private Charts() {}

    /** A line chart with the given titles, 640×400 pixels, legend inside at the top left. */
    public static XYChart lineChart(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(640).height(400)
                .title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        return chart;
    }

    /** Adds one series of (x, y) points to a chart. */
    public static XYChart addSeries(XYChart chart, String name, List<? extends Number> xs, List<? extends Number> ys) {
        if (xs.size() != ys.size() || xs.isEmpty()) {
            throw new IllegalArgumentException("series '" + name + "' needs as many x as y values, at least one (got "
                    + xs.size() + " x, " + ys.size() + " y)");
        }
        chart.addSeries(name, xs, ys);
        return chart;
    }

    /** Renders a chart to an image (for {@code display(...)} in a notebook, or to save as PNG). */
    public static BufferedImage image(XYChart chart) {
        return BitmapEncoder.getBufferedImage(chart);
    }
}
