package org.spinelab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.spinelab.nomogram.GlmnetLogistic;
import org.spinelab.nomogram.LassoCv;
import org.spinelab.nomogram.ModelFiles;
import org.spinelab.nomogram.PredictorTable;
import org.spinelab.nomogram.RadiomicsSignature;
import org.spinelab.nomogram.SignatureSelection;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spinelab select}: LASSO-logistic selection as glmnet (optionally after the paper's ICC →
 * ANOVA → SelectKBest filters). Writes {@code feature,coefficient} on the original feature scale,
 * {@code (Intercept)} first, then every feature with a non-zero coefficient in table order.
 */
@Command(name = "select", mixinStandardHelpOptions = true,
        description = {"LASSO-logistic feature selection with glmnet's objective and standardisation;"
                + " K-fold CV (binomial deviance) chooses lambda when --lambda is not given.",
            "Output: CSV feature,coefficient on the original scale, (Intercept) first, then the non-zero features."})
final class SelectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--table", required = true, description = "CSV table: label and feature columns.")
    Path table;

    @Option(names = "--label", required = true, description = "0/1 outcome column.")
    String label;

    @Option(names = "--features", split = ",", description = "Feature columns (default: every column except the label, id and --exclude).")
    List<String> features;

    @Option(names = "--exclude", split = ",", description = "Columns that are not features (besides the label and 'id').")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--lambda", description = "Fixed lambda (glmnet scale); no cross-validation.")
    Double lambda;

    @Option(names = "--folds", defaultValue = "10", description = "CV folds K (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random fold assignment (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--fold-column", description = "Column with fold ids 1..K (e.g. R's foldid), instead of random folds.")
    String foldColumn;

    @Option(names = "--lambda-rule", defaultValue = "min", description = "CV choice: min (lambda.min) or 1se (lambda.1se); default ${DEFAULT-VALUE}.")
    String lambdaRule;

    @Option(names = "--icc-pass", description = "Text file, one feature name per line: the features whose ICC passed (paper: > 0.75).")
    Path iccPass;

    @Option(names = "--anova-p", description = "Keep features with one-way ANOVA p below this before LASSO (paper: 0.05).")
    Double anovaP;

    @Option(names = "--k", description = "SelectKBest: keep the k features with the largest ANOVA F before LASSO.")
    Integer k;

    @Option(names = "--signature", description = "JSON model file of the resulting rad-score signature.")
    Path signature;

    @Option(names = "--out", required = true, description = "Output CSV feature,coefficient.")
    Path out;

    @Override
    public Integer call() throws Exception {
        CsvTable t = CsvTable.read(table);
        Set<String> notFeatures = new LinkedHashSet<>(exclude);
        notFeatures.add("id");
        if (foldColumn != null) {
            notFeatures.add(foldColumn);
        }
        List<String> names = features != null ? features : PredictorTable.otherColumns(t, label, notFeatures);
        PredictorTable data = PredictorTable.of(t, label, names);
        SignatureSelection.LambdaRule rule = switch (lambdaRule) {
            case "min" -> SignatureSelection.LambdaRule.MIN;
            case "1se" -> SignatureSelection.LambdaRule.ONE_SE;
            default -> throw new InvalidInputException("--lambda-rule must be 'min' or '1se', got '" + lambdaRule + "'");
        };
        if (lambda != null && !(lambda >= 0)) {
            throw new InvalidInputException("--lambda must be >= 0, got " + lambda);
        }
        int[] foldIds = null;
        if (lambda == null) {
            foldIds = foldColumn != null ? foldIds(t) : LassoCv.randomFolds(data.y().length, folds, seed);
        }
        List<String> constant = GlmnetLogistic.constantFeatures(data.names(), data.columns());
        if (!constant.isEmpty()) {
            spec.commandLine().getErr().println("spinelab select: constant feature(s) left at 0: " + String.join(", ", constant));
        }
        SignatureSelection.Result result;
        if (iccPass != null || anovaP != null || k != null) {
            Set<String> icc = iccPass == null ? null : readNames(iccPass);
            result = SignatureSelection.run(data.names(), data.columns(), data.y(), new SignatureSelection.Settings(icc,
                    anovaP == null ? 1.0 : anovaP, k == null ? Integer.MAX_VALUE : k, lambda, foldIds, rule));
            spec.commandLine().getErr().printf("spinelab select: %d features, %d after ICC, %d after ANOVA, %d after SelectKBest%n",
                    data.names().size(), result.afterIcc().size(), result.afterAnova().size(), result.afterKBest().size());
        } else {
            result = SignatureSelection.lassoOnly(data.names(), data.columns(), data.y(), lambda, foldIds, rule);
        }
        RadiomicsSignature sig = result.signature();
        if (result.cv() != null) {
            spec.commandLine().getErr().printf("spinelab select: lambda.min = %s, lambda.1se = %s, using %s%n",
                    result.cv().lambdaMin(), result.cv().lambda1se(), sig.lambda());
        }
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("(Intercept)", sig.intercept()));
        for (int j = 0; j < sig.features().size(); j++) {
            rows.add(List.of(sig.features().get(j), sig.coefficients()[j]));
        }
        CsvTable.write(out, List.of("feature", "coefficient"), rows);
        if (signature != null) {
            ModelFiles.write(signature, sig);
        }
        return 0;
    }

    private int[] foldIds(CsvTable t) {
        double[] v = t.numbers(foldColumn);
        int[] ids = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] != Math.rint(v[i]) || v[i] < 1) {
                throw new InvalidInputException(t.source() + ": column '" + foldColumn + "' line " + (i + 2)
                        + ": fold ids must be integers 1..K, found " + v[i]);
            }
            ids[i] = (int) v[i];
        }
        return ids;
    }

    private static Set<String> readNames(Path file) throws java.io.IOException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + ": no such file (--icc-pass)");
        }
        Set<String> names = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file)) {
            String s = line.trim();
            if (!s.isEmpty()) {
                names.add(s);
            }
        }
        return names;
    }
}
