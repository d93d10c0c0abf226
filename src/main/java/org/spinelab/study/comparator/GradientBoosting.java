package org.spinelab.study.comparator;

import smile.classification.GradientTreeBoost;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.math.MathEx;

/**
 * The comparator's classifier: gradient tree boosting of the binomial deviance (Friedman 2001), as
 * the MAGN paper's "gradient boosting classifier". F_0 = log(p̄/(1−p̄)); each of M stages fits a
 * regression tree to the residuals y − p(x) on a random subsample and adds it with shrinkage ν;
 * P(y = 1 | x) = 1 / (1 + e^{−2F(x)}) in Smile's ±1 coding. Subsampling draws from Smile's
 * thread-local generator, which is seeded before every fit, so a fit is reproducible.
 */
public final class GradientBoosting {

    /** Stages, shrinkage and tree size: scikit-learn's defaults (100 stages, ν = 0.1, depth 3 → ≤ 8 leaves). */
    public static final int STAGES = 100;
    public static final double SHRINKAGE = 0.1;
    public static final int MAX_LEAVES = 8;
    public static final int MIN_LEAF = 3;
    public static final double SUBSAMPLE = 0.8;

    private final GradientTreeBoost model;
    private final int p;

    private GradientBoosting(GradientTreeBoost model, int p) {
        this.model = model;
        this.p = p;
    }

    public static GradientBoosting fit(double[][] x, int[] y, long seed) {
        GradientTreeBoost.Options o = new GradientTreeBoost.Options(STAGES, 20, MAX_LEAVES, MIN_LEAF, SHRINKAGE,
                SUBSAMPLE, null, null);
        MathEx.setSeed(seed);
        return new GradientBoosting(GradientTreeBoost.fit(Formula.lhs(SmileData.LABEL), SmileData.labelled(x, y), o),
                x[0].length);
    }

    /** P(class 1) for every row. */
    public double[] probability(double[][] x) {
        if (x.length > 0 && x[0].length != p) {
            throw new IllegalArgumentException("model has " + p + " features, rows have " + x[0].length);
        }
        DataFrame df = SmileData.features(x);
        double[] out = new double[x.length];
        double[] post = new double[2];
        for (int i = 0; i < x.length; i++) {
            model.predict(df.get(i), post);
            out[i] = post[1];
        }
        return out;
    }
}
