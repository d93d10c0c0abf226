package org.spinelab.study;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.spinelab.nomogram.AnovaF;
import org.spinelab.nomogram.LassoCv;
import org.spinelab.nomogram.LassoPath;
import org.spinelab.nomogram.RadiomicsSignature;
import org.spinelab.nomogram.SignatureSelection;
import org.spinelab.stats.Icc;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.TaskRunner;

/**
 * The radiomics signature of the paper, built on the training set only:
 * <ol>
 *   <li>features that are finite and not constant over the training patients (both readers);</li>
 *   <li>inter-reader agreement ICC(2,1) (two-way random, absolute agreement, single rater) of reader 1's
 *       and reader 2's masks &gt; 0.75;</li>
 *   <li>one-way ANOVA between the classes, p &lt; 0.05;</li>
 *   <li>SelectKBest by the ANOVA F: k given, or by default the share the paper kept
 *       ({@value #PAPER_KBEST_SHARE} = 695 of 1161 ANOVA survivors);</li>
 *   <li>LASSO logistic (glmnet standardisation) with λ_1se (default; the usual guard against
 *       over-fitting a small training set) or λ_min of a K-fold CV (K = min(10, smaller class size),
 *       at least 3; seeded balanced folds); the non-zero features form the signature and its linear
 *       predictor is the rad-score. If the chosen λ keeps no feature, the largest λ of the path that
 *       keeps one is used instead (stated in the notes).</li>
 * </ol>
 */
public final class SignatureBuilder {

    public static final double ICC_THRESHOLD = 0.75;
    public static final double PAPER_KBEST_SHARE = 695.0 / 1161.0;

    /** Feature counts after each step (the numbers the paper's text gives). */
    public record Counts(int extracted, int usable, int afterIcc, int afterAnova, int afterKBest, int selected) {}

    /** The signature, the selection counts, the CV result and each usable feature's ICC. */
    public record Result(RadiomicsSignature signature, Counts counts, SignatureSelection.Result selection,
            List<String> usable, double[] icc, int folds, List<String> notes) {}

    private SignatureBuilder() {}

    /**
     * @param kBest  SelectKBest's k, or 0 for the paper's share of the ANOVA survivors
     * @param runner runs the LASSO cross-validation's folds (the result is the same for any runner)
     */
    public static Result build(FeatureMatrix reader1, FeatureMatrix reader2, int[] training, int[] y, int kBest,
            long seed, SignatureSelection.LambdaRule rule, TaskRunner runner) {
        List<String> usable = new ArrayList<>();
        List<double[]> cols = new ArrayList<>();
        List<Double> iccs = new ArrayList<>();
        Set<String> iccPassed = new LinkedHashSet<>();
        for (int j = 0; j < reader1.names().size(); j++) {
            double[] a = reader1.column(j, training);
            double[] b = reader2.column(j, training);
            if (!finiteAndVarying(a) || !allFinite(b)) {
                continue;
            }
            double[][] ratings = new double[a.length][];
            for (int i = 0; i < a.length; i++) {
                ratings[i] = new double[] {a[i], b[i]};
            }
            double icc = Icc.of(ratings, Icc.Type.ICC2).icc();
            String name = reader1.names().get(j);
            usable.add(name);
            cols.add(a);
            iccs.add(icc);
            if (icc > ICC_THRESHOLD) {
                iccPassed.add(name);
            }
        }
        if (iccPassed.isEmpty()) {
            throw new InvalidInputException("no radiomics feature reached ICC > " + ICC_THRESHOLD + " between the two readers ("
                    + usable.size() + " usable features)");
        }
        double[][] columns = cols.toArray(new double[0][]);
        int anovaSurvivors = 0;
        for (int j = 0; j < usable.size(); j++) {
            if (iccPassed.contains(usable.get(j)) && AnovaF.of(columns[j], y).p() < 0.05) {
                anovaSurvivors++;
            }
        }
        int k = kBest > 0 ? Math.min(kBest, Math.max(1, anovaSurvivors))
                : (int) Math.max(1, Math.round(anovaSurvivors * PAPER_KBEST_SHARE));
        int ones = java.util.Arrays.stream(y).sum();
        int folds = Math.max(3, Math.min(10, Math.min(ones, y.length - ones)));
        int[] foldIds = LassoCv.randomFolds(y.length, folds, seed);
        SignatureSelection.Result sel = SignatureSelection.run(usable, columns, y,
                new SignatureSelection.Settings(iccPassed, 0.05, k, null, foldIds, rule), runner);
        List<String> notes = new ArrayList<>();
        RadiomicsSignature sig = sel.signature();
        if (sig.features().isEmpty()) {
            sig = firstNonEmpty(sel.cv().path());
            notes.add(String.format(java.util.Locale.ROOT,
                    "LASSO at the cross-validated λ kept no feature; the largest λ keeping one (λ = %.4g) was used.", sig.lambda()));
        }
        double[] iccArr = iccs.stream().mapToDouble(Double::doubleValue).toArray();
        Counts counts = new Counts(reader1.names().size(), usable.size(), sel.afterIcc().size(), sel.afterAnova().size(),
                sel.afterKBest().size(), sig.features().size());
        return new Result(sig, counts, sel, List.copyOf(usable), iccArr, folds, List.copyOf(notes));
    }

    private static RadiomicsSignature firstNonEmpty(LassoPath path) {
        for (int s = 0; s < path.size(); s++) {
            double[] b = path.coefficients()[s];
            List<String> f = new ArrayList<>();
            List<Integer> idx = new ArrayList<>();
            for (int j = 0; j < b.length; j++) {
                if (b[j] != 0) {
                    f.add(path.features().get(j));
                    idx.add(j);
                }
            }
            if (!f.isEmpty()) {
                double[] coef = idx.stream().mapToDouble(j -> b[j]).toArray();
                double[] means = idx.stream().mapToDouble(j -> path.means()[j]).toArray();
                double[] scales = idx.stream().mapToDouble(j -> path.scales()[j]).toArray();
                return new RadiomicsSignature(List.copyOf(f), coef, path.intercepts()[s], means, scales, path.lambdas()[s], null);
            }
        }
        throw new InvalidInputException("LASSO selected no radiomics feature at any λ of its path");
    }

    private static boolean allFinite(double[] a) {
        for (double v : a) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static boolean finiteAndVarying(double[] a) {
        if (!allFinite(a)) {
            return false;
        }
        for (double v : a) {
            if (v != a[0]) {
                return true;
            }
        }
        return false;
    }
}
