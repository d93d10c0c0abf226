package org.spinelab.study.comparator;

import java.util.List;
import org.spinelab.magn.BinaryMetrics;

/**
 * One line of the paper's Table 2: a method, its configuration, per-fold scores and their summary
 * (means over folds; AUC also as sample SD, n − 1). {@code camEnergy} is MAGN's mean attention energy
 * inside the lesion (NaN for methods without attention maps).
 *
 * @param group     "MAGN", "Radiomics" or "Radiologist"
 * @param method    the view set ("Sagittal", "Multi-view", …) or the reader
 * @param attention whether MAGN's attention loss was on (null: not applicable)
 */
public record ComparisonRow(String group, String method, Boolean attention, List<BinaryMetrics> perFold,
        double camEnergy, double[] outOfFold) {

    public ComparisonRow {
        perFold = List.copyOf(perFold);
    }

    public static ComparisonRow of(String group, String method, Boolean attention, FoldedScores s, double camEnergy) {
        return new ComparisonRow(group, method, attention, s.perFold(), camEnergy, s.outOfFold());
    }

    public double acc() {
        return mean(perFold.stream().mapToDouble(BinaryMetrics::accuracy).toArray());
    }

    public double auc() {
        return mean(perFold.stream().mapToDouble(BinaryMetrics::auc).toArray());
    }

    public double aucSd() {
        double[] a = perFold.stream().mapToDouble(BinaryMetrics::auc).toArray();
        if (a.length < 2) {
            return Double.NaN;
        }
        double m = mean(a);
        double ss = 0;
        for (double v : a) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (a.length - 1));
    }

    public double f1() {
        return mean(perFold.stream().mapToDouble(BinaryMetrics::f1).toArray());
    }

    /** "MAGN Multi-view +attention"-style label for figures. */
    public String label() {
        return group + " " + method + (attention == null ? "" : attention ? " +attention" : " -attention");
    }

    private static double mean(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return a.length == 0 ? Double.NaN : s / a.length;
    }
}
