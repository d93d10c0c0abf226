package org.spinelab.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.title.Title;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.spinelab.stats.RocAnalysis;
import org.spinelab.stats.RocCurve;
import org.spinelab.util.AtomicOutput;

/**
 * A paper-style ROC figure: 1 − specificity on x, sensitivity on y, both 0–1 on a square plot, the
 * 45° chance diagonal dashed, one empirical curve per model, and a legend inside the plot's
 * lower-right corner reading "name (AUC 0.853, 95% CI 0.771–0.935)".
 */
public final class RocFigure {

    /** Side of the square PNG in pixels. */
    public static final int SIZE = 900;

    private RocFigure() {}

    /** The chart of an analysis (title may be null). */
    public static JFreeChart chart(RocAnalysis.Result result, String title) {
        XYSeriesCollection data = new XYSeriesCollection();
        List<RocAnalysis.Model> models = result.models();
        for (RocAnalysis.Model m : models) {
            data.addSeries(curve(m));
        }
        XYSeries diagonal = new XYSeries("chance", false, true);
        diagonal.add(0, 0);
        diagonal.add(1, 1);
        data.addSeries(diagonal);

        NumberAxis x = axis("1 − Specificity");
        NumberAxis y = axis("Sensitivity");
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < models.size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(i));
            renderer.setSeriesStroke(i, ChartStyle.SERIES_STROKE);
        }
        int d = models.size();
        renderer.setSeriesPaint(d, ChartStyle.REFERENCE_PAINT);
        renderer.setSeriesStroke(d, ChartStyle.REFERENCE_STROKE);
        renderer.setSeriesVisibleInLegend(d, false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        placeLegendInside(chart);
        return chart;
    }

    /** Writes the figure as a {@value #SIZE}×{@value #SIZE} PNG, atomically. */
    public static void writePng(RocAnalysis.Result result, String title, Path path) throws IOException {
        JFreeChart chart = chart(result, title);
        makeSquare(chart, SIZE, SIZE);
        AtomicOutput.write(path, out -> ChartUtils.writeChartAsPNG(out, chart, SIZE, SIZE));
    }

    /**
     * Pads the chart so that its data area is square at the given size: one trial rendering measures
     * the area left by the axis labels and the title, and the longer side gets the difference as
     * padding (an ROC plot that is not square distorts the 45° diagonal).
     */
    public static void makeSquare(JFreeChart chart, int width, int height) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, width, height), info);
        g.dispose();
        java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
        double excess = area.getWidth() - area.getHeight();
        RectangleInsets p = chart.getPadding();
        if (excess > 0) {
            chart.setPadding(new RectangleInsets(p.getTop(), p.getLeft(), p.getBottom(), p.getRight() + excess));
        } else if (excess < 0) {
            chart.setPadding(new RectangleInsets(p.getTop(), p.getLeft(), p.getBottom() - excess, p.getRight()));
        }
    }

    /** The legend text of a model: {@code name (AUC 0.853, 95% CI 0.771–0.935)}. */
    public static String legend(RocAnalysis.Model m) {
        String ci = Double.isNaN(m.auc().lower()) ? "" : String.format(Locale.ROOT, ", 95%% CI %.3f–%.3f",
                m.auc().lower(), m.auc().upper());
        return String.format(Locale.ROOT, "%s (AUC %.3f%s)", m.name(), m.auc().estimate(), ci);
    }

    /** The empirical curve from (1, 1) at the −∞ threshold down to (0, 0) at +∞. */
    private static XYSeries curve(RocAnalysis.Model m) {
        XYSeries s = new XYSeries(legend(m), false, true);
        RocCurve roc = m.curve();
        double[] se = roc.sensitivities();
        double[] sp = roc.specificities();
        for (int t = 0; t < se.length; t++) {
            s.add(1 - sp[t], se[t]);
        }
        return s;
    }

    private static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis(label);
        // a sliver beyond [0, 1] keeps a perfect curve (along the left and top edges) off the frame
        a.setRange(-0.015, 1.015);
        a.setTickUnit(new NumberTickUnit(0.2, new java.text.DecimalFormat("0.0",
                java.text.DecimalFormatSymbols.getInstance(Locale.ROOT))));
        a.setAutoRangeIncludesZero(true);
        return a;
    }

    /**
     * Moves the legend into the empty lower-right triangle of the plot, as ROC figures in papers do;
     * the plot stays square because the chart and its insets are symmetric.
     */
    private static void placeLegendInside(JFreeChart chart) {
        if (chart.getLegend() == null) {
            return;
        }
        LegendTitle old = chart.getLegend();
        chart.removeLegend();
        XYPlot plot = chart.getXYPlot();
        // one model per line (the default flow arrangement would put them side by side)
        LegendTitle legend = new LegendTitle(plot, new ColumnArrangement(), new ColumnArrangement());
        legend.setItemFont(old.getItemFont());
        legend.setBackgroundPaint(old.getBackgroundPaint());
        legend.setFrame(old.getFrame());
        legend.setItemLabelPadding(old.getItemLabelPadding());
        org.jfree.chart.annotations.XYTitleAnnotation a = new org.jfree.chart.annotations.XYTitleAnnotation(
                0.98, 0.02, legend, RectangleAnchor.BOTTOM_RIGHT);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setMargin(new RectangleInsets(4, 4, 4, 4));
        a.setMaxWidth(0.9);
        plot.addAnnotation(a);
        chart.setPadding(new RectangleInsets(16, 16, 16, 28));
        Title t = chart.getTitle();
        if (t != null) {
            t.setPadding(new RectangleInsets(4, 4, 12, 4));
        }
    }
}
