package org.spinelab.plot;

import java.awt.BasicStroke;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.spinelab.util.AtomicOutput;

/** Line styles and atomic PNG output for the nomogram-study figures; the look itself is {@link ChartStyle}'s. */
final class Charts {

    static final Font SUBTITLE = ChartStyle.TICK_FONT;

    private Charts() {}

    static BasicStroke solid(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static BasicStroke dotted(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {2f, 5f}, 0f);
    }

    static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 5f}, 0f);
    }

    /** The project's shared look ({@link ChartStyle}). */
    static void style(JFreeChart chart) {
        ChartStyle.apply(chart);
    }

    static void savePng(JFreeChart chart, Path path, int width, int height) throws IOException {
        AtomicOutput.write(path, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
    }
}
