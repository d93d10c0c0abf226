package org.spinelab.nomogram;

import java.util.List;

/**
 * Solutions of the LASSO-penalised logistic regression along a decreasing λ sequence, with the
 * coefficients on the ORIGINAL scale of the features (as {@code coef(glmnet_fit)}).
 *
 * @param features     feature names
 * @param means        feature means used for standardisation
 * @param scales       population standard deviations used for standardisation (0 = constant feature)
 * @param lambdas      λ values, decreasing
 * @param intercepts   intercept at each λ
 * @param coefficients {@code coefficients[k][j]}: feature j at λ_k
 * @param devRatio     fraction of null deviance explained at each λ
 */
public record LassoPath(List<String> features, double[] means, double[] scales, double[] lambdas,
        double[] intercepts, double[][] coefficients, double[] devRatio) {

    public int size() {
        return lambdas.length;
    }

    /** Linear predictor of one case (features in {@link #features()} order) at step k. */
    public double linearPredictor(int k, double[] x) {
        double eta = intercepts[k];
        double[] b = coefficients[k];
        for (int j = 0; j < b.length; j++) {
            eta += b[j] * x[j];
        }
        return eta;
    }

    /**
     * Linear predictor at an arbitrary λ, interpolating the coefficients linearly in λ between the two
     * neighbouring path points, clamped to the path's ends — the rule of glmnet's
     * {@code predict(fit, s = λ)} ({@code lambda.interp}), which cv.glmnet uses to score each fold.
     */
    public double linearPredictorAt(double lambda, double[] x) {
        int m = lambdas.length;
        if (m == 1 || lambda >= lambdas[0]) {
            return linearPredictor(0, x);
        }
        if (lambda <= lambdas[m - 1]) {
            return linearPredictor(m - 1, x);
        }
        int right = 1;
        while (lambdas[right] > lambda) {
            right++;
        }
        int left = right - 1;
        double frac = (lambda - lambdas[right]) / (lambdas[left] - lambdas[right]);
        return frac * linearPredictor(left, x) + (1 - frac) * linearPredictor(right, x);
    }
}
