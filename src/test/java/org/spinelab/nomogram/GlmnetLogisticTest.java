package org.spinelab.nomogram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinelab.nomogram.Reference.assertClose;
import static org.spinelab.nomogram.Reference.assertRelative;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;

/** Against R's glmnet(family = "binomial", thresh = 1e-10) and cv.glmnet with the same foldid. */
class GlmnetLogisticTest {

    static final CsvTable DATA = Reference.csv("lasso_data.csv");
    static final List<String> FEATURES = Reference.featureColumns(DATA, 2);
    static final double[][] X = Reference.columns(DATA, FEATURES);
    static final int[] Y = DATA.binary("label");

    /** Compares every step of a path with R's long-format coefficient table. */
    static double comparePath(LassoPath path, CsvTable ref, double tol) {
        int rows = ref.rowCount();
        double max = 0;
        double maxInterceptRel = 0;
        int perStep = path.features().size() + 1;
        assertEquals(rows, path.size() * perStep, "number of path steps x coefficients");
        for (int r = 0; r < rows; r++) {
            int step = (int) Double.parseDouble(ref.get(r, "step")) - 1;
            String feature = ref.get(r, "feature");
            double expected = Double.parseDouble(ref.get(r, "coefficient"));
            assertRelative(Double.parseDouble(ref.get(r, "lambda")), path.lambdas()[step], 1e-9, "lambda " + step);
            double actual = feature.equals("(Intercept)") ? path.intercepts()[step]
                    : path.coefficients()[step][path.features().indexOf(feature)];
            // The intercept on the original scale is β̃₀ − Σ βⱼ x̄ⱼ with means up to ~250 here, so it is
            // compared relative to its size: tol · max(1, |expected|).
            assertClose(expected, actual, tol * Math.max(1, Math.abs(expected)), "step " + (step + 1) + " " + feature);
            if (feature.equals("(Intercept)")) {
                maxInterceptRel = Math.max(maxInterceptRel, Math.abs(expected - actual) / Math.max(1, Math.abs(expected)));
            } else {
                max = Math.max(max, Math.abs(expected - actual));
            }
        }
        System.out.println("  max relative intercept diff " + maxInterceptRel);
        return max;
    }

    @Test
    void coefficientsAtGivenLambdasMatchGlmnet() {
        LassoPath p = GlmnetLogistic.at(FEATURES, X, Y, 0.08, 0.03, 0.01);
        double max = comparePath(p, Reference.csv("glmnet_given_lambda.csv"), 1e-4);
        System.out.println("glmnet at given lambda: max |diff| = " + max);
    }

    @Test
    void defaultPathMatchesGlmnetIncludingItsLengthAndLambdaMax() {
        LassoPath p = GlmnetLogistic.path(FEATURES, X, Y);
        JsonNode cv = Reference.json("cv_glmnet.json");
        assertRelative(cv.get("lambda_max").asDouble(), p.lambdas()[0], 1e-12, "lambda max");
        assertEquals(cv.get("path_length").asInt(), p.size(), "early stop of the path");
        double max = comparePath(p, Reference.csv("glmnet_path.csv"), 1e-4);
        System.out.println("glmnet default path: max |diff| = " + max);
    }

    @Test
    void wideDataUsesLambdaMinRatio001() {
        CsvTable w = Reference.csv("lasso_wide.csv");
        List<String> f = Reference.featureColumns(w, 1);
        LassoPath p = GlmnetLogistic.path(f, Reference.columns(w, f), w.binary("label"));
        double max = comparePath(p, Reference.csv("glmnet_wide_path.csv"), 1e-4);
        System.out.println("glmnet n<p path: max |diff| = " + max);
    }

    @Test
    void constantFeatureStaysZero() {
        LassoPath p = GlmnetLogistic.at(FEATURES, X, Y, 0.01);
        int j = FEATURES.indexOf("const");
        assertEquals(0.0, p.coefficients()[0][j]);
        assertEquals(List.of("const"), GlmnetLogistic.constantFeatures(FEATURES, X));
    }

    @Test
    void crossValidationPicksTheSameLambdasAsCvGlmnet() {
        int[] folds = DATA.binary("label").length == 0 ? null : toInts(DATA.numbers("fold"));
        LassoCv.Result r = LassoCv.run(FEATURES, X, Y, folds);
        JsonNode ref = Reference.json("cv_glmnet.json");
        assertEquals(ref.get("lambda_min").asDouble(), r.lambdaMin(), 1e-12 * r.lambdaMin(), "lambda.min");
        assertEquals(ref.get("lambda_1se").asDouble(), r.lambda1se(), 1e-12 * r.lambda1se(), "lambda.1se");
        CsvTable curve = Reference.csv("cv_glmnet_curve.csv");
        assertEquals(curve.rowCount(), r.cvm().length);
        double[] cvm = curve.numbers("cvm");
        double[] cvsd = curve.numbers("cvsd");
        double maxM = 0;
        double maxS = 0;
        for (int s = 0; s < cvm.length; s++) {
            maxM = Math.max(maxM, Math.abs(cvm[s] - r.cvm()[s]));
            maxS = Math.max(maxS, Math.abs(cvsd[s] - r.cvsd()[s]));
        }
        System.out.println("cv.glmnet curve: max |diff| cvm " + maxM + ", cvsd " + maxS);
        assertClose(0, maxM, 1e-4, "cvm");
        assertClose(0, maxS, 1e-4, "cvsd");
    }

    @Test
    void tinySampleAtLambdaMaxIsTheInterceptOnlyModel() {
        // Analytic: at λ ≥ λ_max every β̃ = 0 and the intercept is logit(ȳ); λ_max = max_j |(1/n) Σ x̃ᵢⱼ(yᵢ − ȳ)|.
        double[] a = {0.5, 1.5, 2.0, 3.5, 4.0, 6.0};
        double[] b = {10, 8, 9, 7, 7, 5};
        int[] y = {0, 0, 1, 0, 1, 1};
        LassoPath p = GlmnetLogistic.path(List.of("a", "b"), new double[][] {a, b}, y);
        assertClose(0, p.intercepts()[0], 1e-12, "intercept = logit(0.5)");
        assertEquals(0.0, p.coefficients()[0][0]);
        assertEquals(0.0, p.coefficients()[0][1]);
        double lmax = 0;
        for (double[] x : new double[][] {a, b}) {
            double m = java.util.Arrays.stream(x).average().orElseThrow();
            double sd = Math.sqrt(java.util.Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / x.length);
            double g = 0;
            for (int i = 0; i < x.length; i++) {
                g += (x[i] - m) / sd * (y[i] - 0.5);
            }
            lmax = Math.max(lmax, Math.abs(g / x.length));
        }
        assertClose(lmax, p.lambdas()[0], 1e-14, "lambda max");
        // the second λ already lets one feature in
        assertTrue(p.coefficients()[1][0] != 0 || p.coefficients()[1][1] != 0);
        // 6 cases in 3 folds: fewer than 3 per fold → ungrouped CV still runs
        LassoCv.Result cv = LassoCv.run(List.of("a", "b"), new double[][] {a, b}, y, new int[] {1, 2, 3, 1, 2, 3});
        assertTrue(Double.isFinite(cv.lambdaMin()) && cv.lambda1se() >= cv.lambdaMin());
    }

    @Test
    void badInputsAreErrors() {
        assertThrows(InvalidInputException.class, () -> GlmnetLogistic.path(List.of("a"),
                new double[][] {{1, 2, 3, 4}}, new int[] {1, 1, 1, 1}));
        assertThrows(InvalidInputException.class, () -> GlmnetLogistic.path(List.of("a"),
                new double[][] {{1, Double.NaN, 3, 4}}, new int[] {0, 1, 0, 1}));
        assertThrows(InvalidInputException.class, () -> LassoCv.run(FEATURES, X, Y, new int[Y.length]));
    }

    static int[] toInts(double[] v) {
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (int) v[i];
        }
        return out;
    }
}
