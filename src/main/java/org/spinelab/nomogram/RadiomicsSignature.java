package org.spinelab.nomogram;

import java.util.List;
import java.util.Map;
import org.spinelab.util.InvalidInputException;

/**
 * A radiomics signature: the rad-score = intercept + Σⱼ βⱼ xⱼ, the linear predictor of the
 * LASSO-logistic model over the selected (non-zero) features, with coefficients on the ORIGINAL
 * feature scale. {@code means} and {@code scales} are the standardisation glmnet applied during the
 * fit (population SD); they are recorded for traceability and are not needed to score a case.
 *
 * @param features     selected features, in table order
 * @param coefficients βⱼ on the original scale
 * @param intercept    β₀ on the original scale
 * @param means        feature means of the training data
 * @param scales       feature population standard deviations of the training data
 * @param lambda       λ the signature was taken at
 * @param threshold    rad-score cut-off for calling a case positive (e.g. the training set's Youden
 *                     cut-off from the ROC analysis), or null when none was set
 */
public record RadiomicsSignature(List<String> features, double[] coefficients, double intercept, double[] means,
        double[] scales, double lambda, Double threshold) {

    /** The same signature with a classification cut-off on the rad-score. */
    public RadiomicsSignature withThreshold(double cutoff) {
        return new RadiomicsSignature(features, coefficients, intercept, means, scales, lambda, cutoff);
    }

    /** 1 (metastasis) when the rad-score is at least the threshold, else 0. */
    public int classify(double radScore) {
        if (threshold == null) {
            throw new IllegalStateException("the signature has no threshold");
        }
        return radScore >= threshold ? 1 : 0;
    }

    /** The rad-score of one case, looked up by feature name. */
    public double score(Map<String, Double> values) {
        double s = intercept;
        for (int j = 0; j < features.size(); j++) {
            Double v = values.get(features.get(j));
            if (v == null || !Double.isFinite(v)) {
                throw new InvalidInputException("feature '" + features.get(j) + "' is missing or not a finite number");
            }
            s += coefficients[j] * v;
        }
        return s;
    }

    /** The rad-score of each case from feature columns ({@code columns[j]} for {@code features.get(j)}). */
    public double[] score(double[][] columns) {
        int n = columns.length == 0 ? 0 : columns[0].length;
        double[] s = new double[n];
        java.util.Arrays.fill(s, intercept);
        for (int j = 0; j < features.size(); j++) {
            for (int i = 0; i < n; i++) {
                s[i] += coefficients[j] * columns[j][i];
            }
        }
        return s;
    }
}
