package org.spinelab.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The cut-off that maximises Youden's index {@code J = sensitivity + specificity − 1}, as pROC's
 * {@code coords(roc, "best", best.method = "youden")}. Thresholds are the curve's (halfway between
 * adjacent distinct scores), so a subject is positive when its score is {@code ≥} the threshold.
 *
 * <p>Ties: when several thresholds reach the same maximum (compared exactly, as pROC does), pROC returns
 * all of them; {@link #best} reports the first, i.e. the lowest threshold (the highest sensitivity),
 * and {@link #allBest} returns all. A curve no better than chance (e.g. a constant score) has its
 * maximum at the infinite end thresholds; then the threshold is −∞ (everyone called positive).
 */
public final class YoudenCutoff {

    private YoudenCutoff() {}

    /** A threshold with the sensitivity, specificity and accuracy of calling {@code score ≥ threshold} positive. */
    public record OperatingPoint(double threshold, double sensitivity, double specificity, double accuracy) {}

    public static OperatingPoint best(RocCurve roc) {
        return allBest(roc).get(0);
    }

    public static List<OperatingPoint> allBest(RocCurve roc) {
        double[] se = roc.sensitivities();
        double[] sp = roc.specificities();
        double max = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < se.length; t++) {
            max = Math.max(max, se[t] + sp[t]);
        }
        double[] thr = roc.thresholds();
        double total = roc.caseCount() + roc.controlCount();
        List<OperatingPoint> out = new ArrayList<>();
        for (int t = 0; t < se.length; t++) {
            if (se[t] + sp[t] == max) {
                double acc = (roc.truePositives(t) + roc.trueNegatives(t)) / total;
                out.add(new OperatingPoint(thr[t], se[t], sp[t], acc));
            }
        }
        return out;
    }
}
