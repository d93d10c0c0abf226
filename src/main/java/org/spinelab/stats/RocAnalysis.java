package org.spinelab.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ROC analysis of one or more scores of the same subjects against one binary label: per score the
 * AUC with its 95 % CI (DeLong, or a stratified percentile bootstrap when asked), the Youden cut-off
 * with its sensitivity, specificity and accuracy; and the paired DeLong test for every pair of scores.
 * This is what {@code spinelab roc} reports and the study's tables use.
 */
public final class RocAnalysis {

    /** Confidence level of every interval reported. */
    public static final double LEVEL = 0.95;

    private RocAnalysis() {}

    /** How the AUC confidence interval is computed. */
    public record Options(int bootstrapReplicates, long seed) {
        /** DeLong's interval (pROC's default). */
        public static final Options DELONG = new Options(0, 0);

        public boolean bootstrap() {
            return bootstrapReplicates > 0;
        }
    }

    /** One score's curve, AUC, interval and Youden point. */
    public record Model(String name, RocCurve curve, DeLong.Interval auc, YoudenCutoff.OperatingPoint youden) {}

    /** The paired DeLong test of score {@code a} against score {@code b}. */
    public record Pair(String a, String b, DeLong.Comparison test) {}

    public record Result(int n, List<Model> models, List<Pair> delong, Options options) {}

    /**
     * Analyses {@code scores} (name → one value per subject, in the order of {@code labels}).
     *
     * @param labelColumn name of the label column, for error messages
     */
    public static Result analyze(int[] labels, Map<String, double[]> scores, String labelColumn, Options options) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("no scores to analyse");
        }
        LabelCheck.requireBothClasses(labels, labelColumn, 2);
        Map<String, double[]> checked = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : scores.entrySet()) {
            if (e.getValue().length != labels.length) {
                throw new IllegalArgumentException("score '" + e.getKey() + "' has " + e.getValue().length
                        + " values for " + labels.length + " labels");
            }
            LabelCheck.requireFinite(e.getValue(), e.getKey());
            checked.put(e.getKey(), e.getValue());
        }
        List<Model> models = new ArrayList<>();
        for (Map.Entry<String, double[]> e : checked.entrySet()) {
            RocCurve roc = RocCurve.of(e.getValue(), labels);
            DeLong.Interval ci = options.bootstrap()
                    ? BootstrapAuc.confidenceInterval(roc, options.bootstrapReplicates(), options.seed(), LEVEL)
                    : DeLong.confidenceInterval(roc, LEVEL);
            models.add(new Model(e.getKey(), roc, ci, YoudenCutoff.best(roc)));
        }
        List<String> names = new ArrayList<>(checked.keySet());
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                pairs.add(new Pair(names.get(i), names.get(j),
                        DeLong.pairedTest(checked.get(names.get(i)), checked.get(names.get(j)), labels)));
            }
        }
        return new Result(labels.length, models, pairs, options);
    }
}
