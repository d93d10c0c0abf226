package org.spinelab.fiji;

import ij.gui.Plot;
import java.awt.Color;
import java.util.Locale;
import org.spinelab.stats.RocAnalysis;
import org.spinelab.stats.RocCurve;

/**
 * The ROC curves of an analysis as an ImageJ {@link Plot}: 1 − specificity against sensitivity, one
 * coloured line per score labelled "name (AUC 0.xxx)" in the legend, and the chance diagonal.
 */
final class RocPlot {

    static final String CHANCE = "chance";
    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b)};

    private RocPlot() {}

    static Plot of(RocAnalysis.Result result, String title) {
        Plot plot = new Plot(title, "1 - Specificity", "Sensitivity");
        plot.setLimits(0, 1, 0, 1);
        StringBuilder legend = new StringBuilder();
        int i = 0;
        for (RocAnalysis.Model m : result.models()) {
            RocCurve c = m.curve();
            double[] sp = c.specificities();
            double[] fpr = new double[sp.length];
            for (int t = 0; t < sp.length; t++) {
                fpr[t] = 1 - sp[t];
            }
            plot.setColor(COLORS[i++ % COLORS.length]);
            plot.setLineWidth(2);
            plot.addPoints(fpr, c.sensitivities(), Plot.LINE);
            legend.append(String.format(Locale.ROOT, "%s (AUC %.3f)%n", m.name(), m.auc().estimate()));
        }
        plot.setColor(Color.GRAY);
        plot.setLineWidth(1);
        plot.addPoints(new double[] {0, 1}, new double[] {0, 1}, Plot.LINE);
        legend.append(CHANCE);
        plot.setColor(Color.BLACK);
        plot.addLegend(legend.toString(), "bottom-right");
        return plot;
    }
}
