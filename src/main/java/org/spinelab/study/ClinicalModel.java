package org.spinelab.study;

import java.util.ArrayList;
import java.util.List;
import org.spinelab.nomogram.LogisticModel;

/**
 * The clinical factor model of the paper, on the training set:
 * <ol>
 *   <li>univariate: the factors whose Table-1 test (t, χ² or Fisher) in the training set gives
 *       p &lt; 0.05;</li>
 *   <li>multivariable logistic regression on those factors (ORs with Wald 95 % CIs); maximum
 *       likelihood, or Firth's penalised likelihood when the training set is separated
 *       ({@link FirthLogisticRegression#mlOrFirth});</li>
 *   <li>the factors still significant there (Wald p &lt; 0.05) are the independent predictors; the
 *       clinical model is the logistic regression refitted on them.</li>
 * </ol>
 * Small cohorts may have no significant factor at a step: then the single factor with the smallest
 * p-value of that step is carried on (stated in {@link #notes}), so that every model of the paper
 * can still be built and compared.
 *
 * @param univariateP   training-set p of every factor (Table 1)
 * @param candidates    factors entering the multivariable model
 * @param multivariable the multivariable fit
 * @param independent   independent predictors
 * @param model         the clinical factor model (logistic on {@code independent})
 */
public record ClinicalModel(java.util.Map<String, Double> univariateP, List<String> candidates,
        LogisticModel multivariable, List<String> independent, LogisticModel model, List<String> notes) {

    public static final double ALPHA = 0.05;

    public static ClinicalModel fit(StudyCohort cohort, ClinicalTable.Table table) {
        java.util.Map<String, Double> uni = new java.util.LinkedHashMap<>();
        for (String f : StudyCohort.clinicalFactors()) {
            uni.put(f, table.p(StudySet.TRAINING, f));
        }
        List<String> notes = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        uni.forEach((f, p) -> {
            if (p < ALPHA) {
                candidates.add(f);
            }
        });
        if (candidates.isEmpty()) {
            String best = smallest(uni);
            candidates.add(best);
            notes.add("No clinical factor differed significantly in the training set; the one with the smallest p ("
                    + best + ") entered the multivariable model.");
        }
        int[] y = cohort.labels(StudySet.TRAINING);
        FirthLogisticRegression.Fit multiFit = FirthLogisticRegression.mlOrFirth(candidates, columns(cohort, candidates), y);
        LogisticModel multi = multiFit.model();
        if (multiFit.firth()) {
            notes.add("Multivariable clinical model: " + String.join("; ", multiFit.mlWarnings())
                    + " — fitted by Firth's penalised likelihood instead.");
        }
        List<String> independent = new ArrayList<>();
        java.util.Map<String, Double> multiP = new java.util.LinkedHashMap<>();
        for (int j = 1; j < multi.size(); j++) {
            multiP.put(multi.names().get(j), multi.p(j));
            if (multi.p(j) < ALPHA) {
                independent.add(multi.names().get(j));
            }
        }
        if (independent.isEmpty()) {
            String best = smallest(multiP);
            independent.add(best);
            notes.add("No factor remained significant in the multivariable model; the one with the smallest p ("
                    + best + ") forms the clinical model.");
        }
        FirthLogisticRegression.Fit fit = FirthLogisticRegression.mlOrFirth(independent, columns(cohort, independent), y);
        LogisticModel model = fit.model();
        if (fit.firth()) {
            notes.add("Clinical factor model: " + String.join("; ", fit.mlWarnings())
                    + " — fitted by Firth's penalised likelihood instead.");
        }
        notes.addAll(multi.warnings().stream().map(w -> "Multivariable model: " + w).toList());
        notes.addAll(model.warnings().stream().map(w -> "Clinical model: " + w).toList());
        return new ClinicalModel(uni, List.copyOf(candidates), multi, List.copyOf(independent), model, List.copyOf(notes));
    }

    private static String smallest(java.util.Map<String, Double> p) {
        String best = null;
        for (var e : p.entrySet()) {
            if (best == null || (e.getValue() < p.get(best)) || Double.isNaN(p.get(best))) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** Training columns {@code [factor][patient]}. */
    static double[][] columns(StudyCohort cohort, List<String> factors) {
        return columns(cohort, factors, StudySet.TRAINING);
    }

    static double[][] columns(StudyCohort cohort, List<String> factors, StudySet s) {
        double[][] c = new double[factors.size()][];
        for (int j = 0; j < factors.size(); j++) {
            c[j] = cohort.clinical(s, factors.get(j));
        }
        return c;
    }

    /** Probabilities of the clinical model over a set. */
    public double[] predict(StudyCohort cohort, StudySet s) {
        double[][] c = columns(cohort, independent, s);
        double[] p = new double[c[0].length];
        for (int i = 0; i < p.length; i++) {
            double[] x = new double[c.length];
            for (int j = 0; j < c.length; j++) {
                x[j] = c[j][i];
            }
            p[i] = model.probability(x);
        }
        return p;
    }
}
