package org.spinelab.magn;

import org.spinelab.stats.RocCurve;

/**
 * The paper's three scores for one set of predictions: AUC (empirical, ties count ½), accuracy and
 * F1 of class 1 (metastasis) at probability ≥ 0.5.
 */
public record BinaryMetrics(double auc, double accuracy, double f1) {

    public static BinaryMetrics of(double[] prob, int[] labels) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int correct = 0;
        for (int i = 0; i < prob.length; i++) {
            boolean pos = prob[i] >= 0.5;
            boolean truth = labels[i] == 1;
            if (pos == truth) {
                correct++;
            }
            if (pos && truth) {
                tp++;
            } else if (pos) {
                fp++;
            } else if (truth) {
                fn++;
            }
        }
        double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        return new BinaryMetrics(RocCurve.of(prob, labels).auc(), (double) correct / prob.length, f1);
    }
}
