package org.spinelab.nomogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.TaskRunner;

/**
 * The feature-selection chain of the radiomics-nomogram paper, on the training set:
 * <ol>
 *   <li>ICC filter: keep features whose inter-observer ICC exceeded 0.75 — given here as the set of
 *       names that passed (computed elsewhere), or {@code null} to keep all;</li>
 *   <li>one-way ANOVA between the classes ({@link AnovaF}), keep p &lt; {@code alpha} (0.05);</li>
 *   <li>{@link SelectKBest} by the same F, keep k;</li>
 *   <li>LASSO logistic ({@link GlmnetLogistic}) at a given λ or at λ chosen by
 *       {@link LassoCv} (λ_min or λ_1se); the features with non-zero coefficients form the
 *       {@link RadiomicsSignature}, whose linear predictor is the rad-score.</li>
 * </ol>
 */
public final class SignatureSelection {

    /** Which CV choice of λ to use. */
    public enum LambdaRule { MIN, ONE_SE }

    /** Settings of the chain. */
    public record Settings(Set<String> iccPassed, double alpha, int k, Double lambda, int[] foldIds, LambdaRule rule) {}

    /** Every stage's survivors, the CV result (null with a fixed λ) and the signature. */
    public record Result(List<String> afterIcc, List<String> afterAnova, List<String> afterKBest,
            LassoCv.Result cv, RadiomicsSignature signature) {}

    private SignatureSelection() {}

    public static Result run(List<String> names, double[][] columns, int[] y, Settings s) {
        return run(names, columns, y, s, TaskRunner.local(1));
    }

    /** The same with the LASSO cross-validation's folds run by {@code runner} (same result for any runner). */
    public static Result run(List<String> names, double[][] columns, int[] y, Settings s, TaskRunner runner) {
        int ones = 0;
        for (int v : y) {
            ones += v;
        }
        if (ones == 0 || ones == y.length) {
            throw new InvalidInputException("the outcome has a single class in all " + y.length
                    + " cases; feature selection needs both classes");
        }
        List<String> afterIcc = new ArrayList<>();
        List<double[]> iccCols = new ArrayList<>();
        if (s.iccPassed() != null) {
            for (String f : s.iccPassed()) {
                if (!names.contains(f)) {
                    throw new InvalidInputException("ICC list names feature '" + f + "', which is not in the table");
                }
            }
        }
        for (int j = 0; j < names.size(); j++) {
            if (s.iccPassed() == null || s.iccPassed().contains(names.get(j))) {
                afterIcc.add(names.get(j));
                iccCols.add(columns[j]);
            }
        }
        List<String> afterAnova = new ArrayList<>();
        List<double[]> anovaCols = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (int j = 0; j < afterIcc.size(); j++) {
            AnovaF.Result a = AnovaF.of(iccCols.get(j), y);
            if (a.p() < s.alpha()) {
                afterAnova.add(afterIcc.get(j));
                anovaCols.add(iccCols.get(j));
                scores.add(a.f());
            }
        }
        if (afterAnova.isEmpty()) {
            throw new InvalidInputException("no feature passed the ANOVA filter (p < " + s.alpha() + ") among "
                    + afterIcc.size() + " features");
        }
        int[] keep = SelectKBest.indices(scores.stream().mapToDouble(Double::doubleValue).toArray(), s.k());
        List<String> afterKBest = new ArrayList<>();
        double[][] kCols = new double[keep.length][];
        for (int t = 0; t < keep.length; t++) {
            afterKBest.add(afterAnova.get(keep[t]));
            kCols[t] = anovaCols.get(keep[t]);
        }
        return lasso(afterIcc, afterAnova, afterKBest, kCols, y, s, runner);
    }

    /** LASSO on already-filtered features (also the {@code select} command's whole job). */
    public static Result lassoOnly(List<String> names, double[][] columns, int[] y, Double lambda, int[] foldIds,
            LambdaRule rule) {
        return lasso(names, names, names, columns, y, new Settings(null, 1, names.size(), lambda, foldIds, rule),
                TaskRunner.local(1));
    }

    private static Result lasso(List<String> afterIcc, List<String> afterAnova, List<String> names, double[][] cols,
            int[] y, Settings s, TaskRunner runner) {
        LassoCv.Result cv = null;
        LassoPath path;
        int step;
        double lambda;
        if (s.lambda() != null) {
            path = GlmnetLogistic.at(names, cols, y, s.lambda());
            step = 0;
            lambda = s.lambda();
        } else {
            if (s.foldIds() == null) {
                throw new IllegalArgumentException("either a lambda or fold ids are needed");
            }
            cv = LassoCv.run(names, cols, y, s.foldIds(), runner);
            path = cv.path();
            step = s.rule() == LambdaRule.ONE_SE ? cv.index1se() : cv.indexMin();
            lambda = path.lambdas()[step];
        }
        return new Result(List.copyOf(afterIcc), List.copyOf(afterAnova), List.copyOf(names), cv,
                signature(path, step, lambda));
    }

    static RadiomicsSignature signature(LassoPath path, int step, double lambda) {
        List<String> f = new ArrayList<>();
        List<Integer> idx = new ArrayList<>();
        double[] b = path.coefficients()[step];
        for (int j = 0; j < b.length; j++) {
            if (b[j] != 0) {
                f.add(path.features().get(j));
                idx.add(j);
            }
        }
        double[] coef = new double[f.size()];
        double[] means = new double[f.size()];
        double[] scales = new double[f.size()];
        for (int t = 0; t < f.size(); t++) {
            coef[t] = b[idx.get(t)];
            means[t] = path.means()[idx.get(t)];
            scales[t] = path.scales()[idx.get(t)];
        }
        return new RadiomicsSignature(List.copyOf(f), coef, path.intercepts()[step], means, scales, lambda, null);
    }

}
