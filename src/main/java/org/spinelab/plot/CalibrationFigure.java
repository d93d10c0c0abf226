package org.spinelab.plot;

import java.awt.Color;
import java.awt.Stroke;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.spinelab.nomogram.BootstrapCalibration;

/**
 * The calibration plot of the paper's Fig. 2b–d (rms::calibrate style): predicted probability on x,
 * observed (actual) probability on y, the 45° dotted line of ideal prediction, the dotted apparent
 * curve and the solid bias-corrected curve, with B and the mean absolute error in a subtitle.
 */
public final class CalibrationFigure {

    private CalibrationFigure() {}

    public static JFreeChart chart(BootstrapCalibration.Result r, String title, String outcome) {
        XYSeries ideal = new XYSeries("Ideal", false);
        ideal.add(0, 0);
        ideal.add(1, 1);
        XYSeries apparent = new XYSeries("Apparent", false);
        XYSeries corrected = new XYSeries("Bias-corrected", false);
        double mae = 0;
        int count = 0;
        for (int k = 0; k < r.predicted().length; k++) {
            if (Double.isFinite(r.apparent()[k])) {
                apparent.add(r.predicted()[k], r.apparent()[k]);
            }
            if (Double.isFinite(r.corrected()[k])) {
                corrected.add(r.predicted()[k], r.corrected()[k]);
                mae += Math.abs(r.corrected()[k] - r.predicted()[k]);
                count++;
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(ideal);
        data.addSeries(apparent);
        data.addSeries(corrected);
        String subtitle = String.format(java.util.Locale.ROOT, "B = %d bootstrap repetitions, mean absolute error = %.3f",
                r.replicates(), count > 0 ? mae / count : Double.NaN);
        return unitSquareChart(title, outcome, data, subtitle, Charts.dashed(2f), Charts.solid(2.5f));
    }

    /** A validation/external-set curve: the ideal line and the observed (smoothed) curve only. */
    public static JFreeChart chart(org.spinelab.nomogram.CalibrationCurve.Result r, String title, String outcome) {
        XYSeries ideal = new XYSeries("Ideal", false);
        ideal.add(0, 0);
        ideal.add(1, 1);
        XYSeries observed = new XYSeries("Observed", false);
        for (int k = 0; k < r.predicted().length; k++) {
            if (Double.isFinite(r.observed()[k])) {
                observed.add(r.predicted()[k], r.observed()[k]);
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(ideal);
        data.addSeries(observed);
        return unitSquareChart(title, outcome, data, null, Charts.solid(2.5f));
    }

    /**
     * Predicted against actual probability on the unit square with 0.2 ticks: series 0 the dotted ideal
     * line, the others black with the given strokes; {@code subtitle} may be null.
     */
    private static JFreeChart unitSquareChart(String title, String outcome, XYSeriesCollection data, String subtitle,
            Stroke... curveStrokes) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, "Predicted probability of " + outcome,
                "Actual probability", data, PlotOrientation.VERTICAL, true, false, false);
        if (subtitle != null) {
            chart.addSubtitle(new TextTitle(subtitle, Charts.SUBTITLE));
        }
        Charts.style(chart);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setSeriesPaint(0, ChartStyle.REFERENCE_PAINT);
        lines.setSeriesStroke(0, Charts.dotted(2f));
        for (int c = 0; c < curveStrokes.length; c++) {
            lines.setSeriesPaint(c + 1, Color.BLACK);
            lines.setSeriesStroke(c + 1, curveStrokes[c]);
        }
        plot.setRenderer(lines);
        for (NumberAxis axis : new NumberAxis[] {(NumberAxis) plot.getDomainAxis(), (NumberAxis) plot.getRangeAxis()}) {
            axis.setRange(0, 1);
            axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.2));
        }
        return chart;
    }

    public static void write(org.spinelab.nomogram.CalibrationCurve.Result r, String title, String outcome, Path png)
            throws IOException {
        Charts.savePng(chart(r, title, outcome), png, 900, 900);
    }

    public static void write(BootstrapCalibration.Result r, String title, String outcome, Path png) throws IOException {
        Charts.savePng(chart(r, title, outcome), png, 900, 900);
    }
}
