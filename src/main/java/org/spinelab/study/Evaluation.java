package org.spinelab.study;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinelab.nomogram.HosmerLemeshow;
import org.spinelab.nomogram.Logit;
import org.spinelab.stats.DeLong;
import org.spinelab.stats.DiagnosticComparison;
import org.spinelab.stats.McNemarTest;
import org.spinelab.stats.RocAnalysis;
import org.spinelab.stats.RocCurve;
import org.spinelab.stats.YoudenCutoff;

/**
 * The paper's comparison of the four models in the three sets:
 * <ul>
 *   <li>AUC with DeLong's 95 % CI per model and set;</li>
 *   <li>one cut-off per model, fixed on the training set (Youden's J, pROC's rule) and applied
 *       unchanged to the validation and external sets — a model is fixed before it meets new
 *       patients, so tuning the cut-off on a test set would flatter it; sensitivity, specificity and
 *       accuracy of "score ≥ cut-off ⇒ metastasis";</li>
 *   <li>paired DeLong tests of the nomogram against each other model per set, and unpaired DeLong
 *       tests of each model's AUC between the validation and external sets (the paper's "no
 *       significant difference … between the validation set and external test set");</li>
 *   <li>McNemar tests of sensitivity, specificity and accuracy of the nomogram against each other
 *       model per set ({@link DiagnosticComparison}; exact with fewer than 25 discordant pairs);</li>
 *   <li>Hosmer–Lemeshow (g = 10) of the three probability models per set (the signature's
 *       probability is the logistic of its rad-score, the LASSO-logistic fit).</li>
 * </ul>
 */
public final class Evaluation {

    /** One model in one set. */
    public record Metrics(double auc, double lower, double upper, double threshold, double sensitivity,
            double specificity, double accuracy, int n) {}

    public record AucComparison(String set, String a, String b, double difference, double z, double p) {}

    public record McNemarComparison(String set, String a, String b, DiagnosticComparison.Result result) {}

    public record Calibration(String set, String model, double chi2, int df, double p, int groups) {}

    public record Result(Map<StudySet, Map<ModelKind, double[]>> scores, Map<StudySet, int[]> labels,
            Map<StudySet, Map<ModelKind, Metrics>> metrics, Map<StudySet, RocAnalysis.Result> roc,
            List<AucComparison> delong, List<AucComparison> betweenSets, List<McNemarComparison> mcnemar,
            List<Calibration> hosmerLemeshow) {

        public Metrics metrics(StudySet s, ModelKind m) {
            return metrics.get(s).get(m);
        }
    }

    private Evaluation() {}

    /** Probability of a model's score (the signature's rad-score is a logit). */
    public static double[] probability(ModelKind m, double[] score) {
        if (m != ModelKind.SIGNATURE) {
            return score;
        }
        double[] p = new double[score.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Logit.inverse(score[i]);
        }
        return p;
    }

    public static Result evaluate(Map<StudySet, Map<ModelKind, double[]>> scores, Map<StudySet, int[]> labels) {
        Map<ModelKind, Double> thresholds = new EnumMap<>(ModelKind.class);
        for (ModelKind m : ModelKind.values()) {
            RocCurve roc = RocCurve.of(scores.get(StudySet.TRAINING).get(m), labels.get(StudySet.TRAINING));
            thresholds.put(m, YoudenCutoff.best(roc).threshold());
        }
        Map<StudySet, Map<ModelKind, Metrics>> metrics = new EnumMap<>(StudySet.class);
        Map<StudySet, RocAnalysis.Result> rocs = new EnumMap<>(StudySet.class);
        List<AucComparison> delong = new ArrayList<>();
        List<McNemarComparison> mcnemar = new ArrayList<>();
        List<Calibration> hl = new ArrayList<>();
        for (StudySet s : StudySet.values()) {
            int[] y = labels.get(s);
            Map<String, double[]> named = new LinkedHashMap<>();
            for (ModelKind m : ModelKind.values()) {
                named.put(m.title(), scores.get(s).get(m));
            }
            RocAnalysis.Result roc = RocAnalysis.analyze(y, named, "label", RocAnalysis.Options.DELONG);
            rocs.put(s, roc);
            Map<ModelKind, Metrics> ms = new EnumMap<>(ModelKind.class);
            for (ModelKind m : ModelKind.values()) {
                RocAnalysis.Model rm = roc.models().stream().filter(x -> x.name().equals(m.title())).findFirst().orElseThrow();
                ms.put(m, metrics(rm.auc(), scores.get(s).get(m), y, thresholds.get(m)));
            }
            metrics.put(s, ms);
            double[] nom = scores.get(s).get(ModelKind.NOMOGRAM);
            boolean[] nomCalls = DiagnosticComparison.calls(nom, thresholds.get(ModelKind.NOMOGRAM));
            for (ModelKind m : ModelKind.values()) {
                if (m == ModelKind.NOMOGRAM) {
                    continue;
                }
                double[] other = scores.get(s).get(m);
                DeLong.Comparison c = DeLong.pairedTest(nom, other, y);
                delong.add(new AucComparison(s.key(), ModelKind.NOMOGRAM.key(), m.key(), c.difference(), c.statistic(), c.p()));
                boolean[] calls = DiagnosticComparison.calls(other, thresholds.get(m));
                mcnemar.add(new McNemarComparison(s.key(), ModelKind.NOMOGRAM.key(), m.key(),
                        DiagnosticComparison.compare(y, nomCalls, calls, McNemarTest.Method.AUTO)));
            }
            for (ModelKind m : List.of(ModelKind.CLINICAL, ModelKind.SIGNATURE, ModelKind.NOMOGRAM)) {
                hl.add(hosmerLemeshow(s, m, y, probability(m, scores.get(s).get(m))));
            }
        }
        List<AucComparison> between = new ArrayList<>();
        for (ModelKind m : ModelKind.values()) {
            RocCurve v = RocCurve.of(scores.get(StudySet.VALIDATION).get(m), labels.get(StudySet.VALIDATION));
            RocCurve e = RocCurve.of(scores.get(StudySet.EXTERNAL).get(m), labels.get(StudySet.EXTERNAL));
            DeLong.Comparison c = DeLong.unpairedTest(v, e);
            between.add(new AucComparison("validation vs external", m.key(), m.key(), c.difference(), c.statistic(), c.p()));
        }
        return new Result(scores, labels, metrics, rocs, List.copyOf(delong), List.copyOf(between), List.copyOf(mcnemar),
                List.copyOf(hl));
    }

    private static Calibration hosmerLemeshow(StudySet s, ModelKind m, int[] y, double[] p) {
        try {
            HosmerLemeshow.Result r = HosmerLemeshow.test(y, p);
            return new Calibration(s.key(), m.key(), r.chi2(), r.df(), r.p(), r.groups());
        } catch (IllegalArgumentException tooFew) {
            return new Calibration(s.key(), m.key(), Double.NaN, 0, Double.NaN, 0);
        }
    }

    static Metrics metrics(DeLong.Interval auc, double[] score, int[] y, double threshold) {
        int tp = 0;
        int tn = 0;
        int pos = 0;
        for (int i = 0; i < y.length; i++) {
            boolean call = score[i] >= threshold;
            if (y[i] == 1) {
                pos++;
                tp += call ? 1 : 0;
            } else {
                tn += call ? 0 : 1;
            }
        }
        int neg = y.length - pos;
        return new Metrics(auc.estimate(), auc.lower(), auc.upper(), threshold, (double) tp / pos, (double) tn / neg,
                (double) (tp + tn) / y.length, y.length);
    }
}
