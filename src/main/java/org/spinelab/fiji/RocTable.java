package org.spinelab.fiji;

import ij.measure.ResultsTable;
import org.spinelab.stats.RocAnalysis;

/**
 * A ROC analysis as an ImageJ table, one row per score: {@code Model, Cases, Controls, AUC, CI_low,
 * CI_high} (DeLong 95 %), the Youden cut-off {@code Threshold} with {@code Sensitivity, Specificity,
 * Accuracy}, and for every other score B the paired DeLong test {@code z_vs_B, p_vs_B}
 * (z of this AUC minus B's). Columns whose value does not exist (a model against itself) are NaN.
 */
final class RocTable {

    private RocTable() {}

    static ResultsTable of(RocAnalysis.Result result) {
        ResultsTable rt = new ResultsTable();
        for (RocAnalysis.Model m : result.models()) {
            rt.incrementCounter();
            rt.addValue("Model", m.name());
            rt.addValue("Cases", m.curve().caseCount());
            rt.addValue("Controls", m.curve().controlCount());
            rt.addValue("AUC", m.auc().estimate());
            rt.addValue("CI_low", m.auc().lower());
            rt.addValue("CI_high", m.auc().upper());
            rt.addValue("Threshold", m.youden().threshold());
            rt.addValue("Sensitivity", m.youden().sensitivity());
            rt.addValue("Specificity", m.youden().specificity());
            rt.addValue("Accuracy", m.youden().accuracy());
            for (RocAnalysis.Model other : result.models()) {
                rt.addValue("z_vs_" + other.name(), Double.NaN);
                rt.addValue("p_vs_" + other.name(), Double.NaN);
            }
        }
        for (RocAnalysis.Pair p : result.delong()) {
            int a = row(result, p.a());
            int b = row(result, p.b());
            rt.setValue("z_vs_" + p.b(), a, p.test().statistic());
            rt.setValue("p_vs_" + p.b(), a, p.test().p());
            rt.setValue("z_vs_" + p.a(), b, -p.test().statistic());
            rt.setValue("p_vs_" + p.a(), b, p.test().p());
        }
        return rt;
    }

    private static int row(RocAnalysis.Result result, String name) {
        for (int r = 0; r < result.models().size(); r++) {
            if (result.models().get(r).name().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
