package org.spinelab.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look shared by the project's figures (ROC, calibration, decision curves): white background,
 * black axes, no grid clutter, fonts large enough to read when the PNG is shrunk into a paper
 * column, and a colour-blind-safe palette (Okabe &amp; Ito 2008).
 */
public final class ChartStyle {

    /** Okabe–Ito colours, in the order series get them. */
    public static final Color[] PALETTE = {
        new Color(0, 114, 178), // blue
        new Color(213, 94, 0), // vermillion
        new Color(0, 158, 115), // bluish green
        new Color(204, 121, 167), // reddish purple
        new Color(230, 159, 0), // orange
        new Color(86, 180, 233), // sky blue
        new Color(240, 228, 66), // yellow
        Color.BLACK
    };

    public static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    public static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    public static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    public static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);

    /** Line width of data series. */
    public static final Stroke SERIES_STROKE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    /** Dashed grey reference lines (chance diagonal, perfect calibration). */
    public static final Stroke REFERENCE_STROKE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {6f, 6f}, 0f);

    public static final Paint REFERENCE_PAINT = new Color(120, 120, 120);

    private ChartStyle() {}

    public static Color color(int series) {
        return PALETTE[series % PALETTE.length];
    }

    /** Applies the shared look to an XY chart. */
    public static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE_FONT);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND_FONT);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setFrame(new org.jfree.chart.block.BlockBorder(new Color(200, 200, 200)));
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 4));
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setBackgroundPaint(Color.WHITE);
            plot.setOutlinePaint(Color.BLACK);
            plot.setOutlineStroke(new BasicStroke(1.2f));
            plot.setDomainGridlinesVisible(false);
            plot.setRangeGridlinesVisible(false);
            plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                style((NumberAxis) plot.getDomainAxis(i));
            }
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                style((NumberAxis) plot.getRangeAxis(i));
            }
        }
    }

    private static void style(NumberAxis axis) {
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setAxisLinePaint(Color.BLACK);
        axis.setTickMarkPaint(Color.BLACK);
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(Color.BLACK);
    }
}
