package org.spinelab.nomogram;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.TaskRunner;

/**
 * K-fold cross-validation of the LASSO-logistic path with the binomial deviance, as R's
 * {@code cv.glmnet(x, y, family = "binomial", foldid = …)} (type.measure = "deviance", grouped):
 * <ol>
 *   <li>the full-data path fixes the λ sequence;</li>
 *   <li>each fold k is left out in turn and a default path is fitted on the rest; the left-out cases
 *       are scored at the full-data λ values by glmnet's interpolation in λ
 *       ({@link LassoPath#linearPredictorAt}); the folds are independent tasks of a {@link TaskRunner}
 *       (threads, or a Spark cluster);</li>
 *   <li>deviance per case −2[y log p + (1−y) log(1−p)] with p clamped to [1e-5, 1 − 1e-5];</li>
 *   <li>cvm(λ) = mean over cases (= fold means weighted by fold size); cvsd(λ) =
 *       √(Σ_k n_k (m_k − cvm)² / Σ_k n_k / (K − 1)) from the fold means m_k; with fewer than 3 cases per
 *       fold glmnet switches to ungrouped cvsd = √(mean((dᵢ − cvm)²)/(n − 1)), and so does this class;</li>
 *   <li>λ_min = the largest λ attaining the minimum cvm; λ_1se = the largest λ with
 *       cvm ≤ cvm(λ_min) + cvsd(λ_min).</li>
 * </ol>
 */
public final class LassoCv {

    private static final double PROB_MIN = 1e-5;

    /** The CV curve, the chosen λ values and the full-data path. */
    public record Result(LassoPath path, double[] cvm, double[] cvsd, int indexMin, int index1se) {

        public double lambdaMin() {
            return path.lambdas()[indexMin];
        }

        public double lambda1se() {
            return path.lambdas()[index1se];
        }
    }

    private LassoCv() {}

    /**
     * Random balanced fold ids 1..K: a seeded shuffle of 1, 2, …, K, 1, 2, … — cv.glmnet's scheme
     * ({@code sample(rep(1:K, length = n))}), though not R's random numbers; pass R's foldid to
     * reproduce a cv.glmnet run exactly.
     */
    public static int[] randomFolds(int n, int k, long seed) {
        if (k < 3 || k > n) {
            throw new InvalidInputException("folds must be between 3 and the number of cases (" + n + "), got " + k);
        }
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i % k + 1;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = ids[i];
            ids[i] = ids[j];
            ids[j] = t;
        }
        return ids;
    }

    /**
     * @param foldIds fold of each case, 1..K (K ≥ 3), e.g. the {@code foldid} given to cv.glmnet
     */
    public static Result run(List<String> names, double[][] columns, int[] y, int[] foldIds) {
        return run(names, columns, y, foldIds, TaskRunner.local(1));
    }

    /**
     * The same with the K fold fits run by {@code runner}, one task per fold. Each task scores only its
     * own left-out cases and the CV curve is reduced here afterwards, so the result is the same bit for bit
     * whatever the runner and its parallelism.
     */
    public static Result run(List<String> names, double[][] columns, int[] y, int[] foldIds, TaskRunner runner) {
        int n = y.length;
        if (foldIds.length != n) {
            throw new InvalidInputException("fold ids: " + foldIds.length + " values for " + n + " cases");
        }
        int k = Arrays.stream(foldIds).max().orElse(0);
        if (k < 3 || Arrays.stream(foldIds).min().orElse(0) < 1) {
            throw new InvalidInputException("fold ids must be 1..K with K >= 3");
        }
        int[] foldSize = new int[k + 1];
        for (int f : foldIds) {
            foldSize[f]++;
        }
        List<Integer> folds = new ArrayList<>(k);
        for (int fold = 1; fold <= k; fold++) {
            if (foldSize[fold] == 0) {
                throw new InvalidInputException("fold " + fold + " is empty");
            }
            folds.add(fold);
        }
        LassoPath full = GlmnetLogistic.path(names, columns, y);
        double[] lambdas = full.lambdas();
        int m = lambdas.length;
        List<FoldDeviance> fits = runner.map(folds, new FoldFit(names, columns, y, foldIds, lambdas));
        double[][] dev = new double[n][];
        for (int fold = 1; fold <= k; fold++) {
            FoldDeviance f = fits.get(fold - 1);
            if (f.error() != null) {
                throw new InvalidInputException("cross-validation fold " + fold + ": " + f.error());
            }
            int t = 0;
            for (int i = 0; i < n; i++) {
                if (foldIds[i] == fold) {
                    dev[i] = f.deviance()[t++];
                }
            }
        }
        boolean grouped = (double) n / k >= 3;
        double[] cvm = new double[m];
        double[] cvsd = new double[m];
        for (int s = 0; s < m; s++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += dev[i][s];
            }
            double mean = total / n;
            cvm[s] = mean;
            double acc = 0;
            if (grouped) {
                double[] foldSum = new double[k + 1];
                for (int i = 0; i < n; i++) {
                    foldSum[foldIds[i]] += dev[i][s];
                }
                for (int fold = 1; fold <= k; fold++) {
                    double mk = foldSum[fold] / foldSize[fold];
                    acc += foldSize[fold] * (mk - mean) * (mk - mean);
                }
                cvsd[s] = Math.sqrt(acc / n / (k - 1));
            } else {
                for (int i = 0; i < n; i++) {
                    acc += (dev[i][s] - mean) * (dev[i][s] - mean);
                }
                cvsd[s] = Math.sqrt(acc / n / (n - 1));
            }
        }
        int idxMin = 0;
        for (int s = 1; s < m; s++) {
            if (cvm[s] < cvm[idxMin]) {
                idxMin = s; // strict: ties keep the larger λ
            }
        }
        double bound = cvm[idxMin] + cvsd[idxMin];
        int idx1se = idxMin;
        for (int s = 0; s < m; s++) {
            if (cvm[s] <= bound) {
                idx1se = s; // λ decreasing: the first index is the largest λ
                break;
            }
        }
        return new Result(full, cvm, cvsd, idxMin, idx1se);
    }

    /**
     * One fold's result: the deviance of each left-out case (in case order) at each full-data λ, or the
     * fit's input error (a value rather than an exception, so it reaches the caller unchanged from any JVM).
     */
    record FoldDeviance(double[][] deviance, String error) implements Serializable {}

    /** One fold as a task: the default path fitted without the fold, its left-out cases scored. */
    private record FoldFit(List<String> names, double[][] columns, int[] y, int[] foldIds, double[] lambdas)
            implements TaskRunner.TaskFunction<Integer, FoldDeviance> {

        FoldFit {
            names = List.copyOf(names); // serializable, whatever list the caller had
        }

        @Override
        public FoldDeviance apply(Integer fold) {
            int n = y.length;
            int inFold = 0;
            for (int f : foldIds) {
                if (f == fold) {
                    inFold++;
                }
            }
            int nt = n - inFold;
            double[][] train = new double[columns.length][nt];
            int[] ty = new int[nt];
            int t = 0;
            for (int i = 0; i < n; i++) {
                if (foldIds[i] != fold) {
                    ty[t] = y[i];
                    for (int j = 0; j < columns.length; j++) {
                        train[j][t] = columns[j][i];
                    }
                    t++;
                }
            }
            int m = lambdas.length;
            LassoPath fit;
            try {
                fit = GlmnetLogistic.path(names, train, ty, lambdas[m - 1]);
            } catch (InvalidInputException e) {
                return new FoldDeviance(null, e.getMessage());
            }
            double[][] dev = new double[inFold][m];
            double[] row = new double[columns.length];
            int c = 0;
            for (int i = 0; i < n; i++) {
                if (foldIds[i] != fold) {
                    continue;
                }
                for (int j = 0; j < columns.length; j++) {
                    row[j] = columns[j][i];
                }
                for (int s = 0; s < m; s++) {
                    double pr = Logit.inverse(fit.linearPredictorAt(lambdas[s], row));
                    pr = Math.min(Math.max(pr, PROB_MIN), 1 - PROB_MIN);
                    dev[c][s] = Logit.deviance(y[i], pr);
                }
                c++;
            }
            return new FoldDeviance(dev, null);
        }
    }
}
