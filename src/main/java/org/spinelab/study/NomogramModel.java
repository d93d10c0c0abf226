package org.spinelab.study;

import java.util.ArrayList;
import java.util.List;
import org.spinelab.nomogram.LogisticModel;
import org.spinelab.nomogram.Nomogram;

/**
 * The radiomics nomogram: logistic regression of the class on the rad-score and the clinical
 * model's independent predictors, fitted on the training set (Firth's penalised likelihood when the
 * training set is separated, see {@link FirthLogisticRegression#mlOrFirth}); drawn with {@link Nomogram}'s
 * rms-style points (rad-score axis over its training range, binary factors at 0 and 1).
 *
 * @param predictors {@value #RAD_SCORE} first, then the independent clinical factors
 * @param axes       how each predictor's axis is laid out (kept in model.json, so that the nomogram can
 *                   be rebuilt there with the same scales, see {@link StudyNomogram})
 */
public record NomogramModel(List<String> predictors, LogisticModel fit, boolean firth, List<Nomogram.Spec> axes,
        Nomogram nomogram) {

    public static final String RAD_SCORE = "rad_score";

    /** Title of the nomogram's probability axis. */
    public static final String OUTCOME = "Probability of metastasis";

    public static NomogramModel fit(double[] trainingRadScore, StudyCohort cohort, List<String> clinical) {
        List<String> names = new ArrayList<>();
        names.add(RAD_SCORE);
        names.addAll(clinical);
        double[][] cols = columns(trainingRadScore, cohort, clinical, StudySet.TRAINING);
        FirthLogisticRegression.Fit fitted = FirthLogisticRegression.mlOrFirth(names, cols, cohort.labels(StudySet.TRAINING));
        LogisticModel m = fitted.model();
        List<Nomogram.Spec> specs = new ArrayList<>();
        double lo = java.util.Arrays.stream(trainingRadScore).min().orElseThrow();
        double hi = java.util.Arrays.stream(trainingRadScore).max().orElseThrow();
        specs.add(Nomogram.Spec.continuous(RAD_SCORE, lo, hi));
        for (int j = 0; j < clinical.size(); j++) {
            String f = clinical.get(j);
            if (StudyCohort.BINARY.contains(f)) {
                specs.add(Nomogram.Spec.discrete(f, 0, 1));
            } else {
                double[] c = cols[j + 1];
                specs.add(Nomogram.Spec.continuous(f, java.util.Arrays.stream(c).min().orElseThrow(),
                        java.util.Arrays.stream(c).max().orElseThrow()));
            }
        }
        return new NomogramModel(List.copyOf(names), m, fitted.firth(), List.copyOf(specs), Nomogram.of(m, specs, OUTCOME));
    }

    static double[][] columns(double[] radScore, StudyCohort cohort, List<String> clinical, StudySet s) {
        double[][] cols = new double[clinical.size() + 1][];
        cols[0] = radScore;
        for (int j = 0; j < clinical.size(); j++) {
            cols[j + 1] = cohort.clinical(s, clinical.get(j));
        }
        return cols;
    }

    /** Probabilities over a set, given that set's rad-scores. */
    public double[] predict(double[] radScore, StudyCohort cohort, StudySet s) {
        double[][] cols = columns(radScore, cohort, predictors.subList(1, predictors.size()), s);
        double[] p = new double[radScore.length];
        for (int i = 0; i < p.length; i++) {
            double[] x = new double[cols.length];
            for (int j = 0; j < cols.length; j++) {
                x[j] = cols[j][i];
            }
            p[i] = fit.probability(x);
        }
        return p;
    }
}
