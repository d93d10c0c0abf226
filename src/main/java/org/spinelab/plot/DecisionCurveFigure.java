package org.spinelab.plot;

import java.awt.Color;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.spinelab.nomogram.DecisionCurve;

/**
 * Decision curves as in the paper's Fig. 4: net benefit against threshold probability for one or more
 * models (blue, green, vermillion, …), treat-all (grey) and treat-none (black, y = 0). The y range runs from
 * slightly below 0 to slightly above the largest net benefit, so the strongly negative end of the
 * treat-all line does not flatten the models' curves.
 */
public final class DecisionCurveFigure {

    /** Blue, green, red… as the paper's Fig. 4, from the project's colour-blind-safe palette. */
    private static final Paint[] MODEL_COLOURS = {ChartStyle.color(0), ChartStyle.color(2), ChartStyle.color(1),
        ChartStyle.color(3), ChartStyle.color(4)};

    private DecisionCurveFigure() {}

    /** @param models model name → its curve (all evaluated at the same thresholds) */
    public static JFreeChart chart(Map<String, DecisionCurve.Result> models, String title, String allLabel) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no decision curve to draw");
        }
        DecisionCurve.Result first = models.values().iterator().next();
        XYSeriesCollection data = new XYSeriesCollection();
        double max = 0;
        int s = 0;
        Map<Integer, Paint> paints = new LinkedHashMap<>();
        for (Map.Entry<String, DecisionCurve.Result> e : models.entrySet()) {
            XYSeries series = new XYSeries(e.getKey(), false);
            DecisionCurve.Result r = e.getValue();
            for (int k = 0; k < r.thresholds().length; k++) {
                series.add(r.thresholds()[k], r.model()[k]);
                max = Math.max(max, r.model()[k]);
            }
            data.addSeries(series);
            paints.put(s, MODEL_COLOURS[s % MODEL_COLOURS.length]);
            s++;
        }
        XYSeries all = new XYSeries(allLabel, false);
        XYSeries none = new XYSeries("None", false);
        for (int k = 0; k < first.thresholds().length; k++) {
            all.add(first.thresholds()[k], first.treatAll()[k]);
            none.add(first.thresholds()[k], 0.0);
            max = Math.max(max, first.treatAll()[k]);
        }
        data.addSeries(all);
        data.addSeries(none);
        JFreeChart chart = ChartFactory.createXYLineChart(title, "Threshold probability", "Net benefit", data,
                PlotOrientation.VERTICAL, true, false, false);
        Charts.style(chart);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        paints.forEach((i, p) -> {
            lines.setSeriesPaint(i, p);
            lines.setSeriesStroke(i, Charts.solid(2.2f));
        });
        lines.setSeriesPaint(s, new Color(150, 150, 150));
        lines.setSeriesStroke(s, Charts.solid(2f));
        lines.setSeriesPaint(s + 1, Color.BLACK);
        lines.setSeriesStroke(s + 1, Charts.solid(2f));
        plot.setRenderer(lines);
        double lower = -0.05 * Math.max(max, 0.1);
        plot.getRangeAxis().setRange(Math.min(lower, -0.02), Math.max(max * 1.08, 0.05));
        org.jfree.chart.axis.NumberAxis x = (org.jfree.chart.axis.NumberAxis) plot.getDomainAxis();
        x.setRange(0, 1);
        x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.1));
        return chart;
    }

    public static void write(Map<String, DecisionCurve.Result> models, String title, String allLabel, Path png)
            throws IOException {
        Charts.savePng(chart(models, title, allLabel), png, 1000, 750);
    }
}
