package org.spinelab.study.comparator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.spinelab.magn.CrossValidation;
import org.spinelab.magn.MagnCase;
import org.spinelab.magn.MagnConfig;
import org.spinelab.magn.StratifiedFolds;
import org.spinelab.magn.View;
import org.spinelab.magn.ViewDataset;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.Progress;

/**
 * The MAGN paper's Table 2 on one cohort, every method on the SAME stratified patient-level folds:
 * <ul>
 * <li>MAGN ablation grid — sagittal, axial, coronal and multi-view, each without and with the
 * attention loss ({@link CrossValidation} on a shared fold assignment);</li>
 * <li>the radiomics comparator — per view and multi-view (features of the three views side by side),
 * {@link RadiomicsClassifier} fitted inside each training fold;</li>
 * <li>the radiologist's rating as a score.</li>
 * </ul>
 * Every column is checked before any image is read, so a bad table fails at once.
 */
public final class AblationStudy {

    /** The paper's rows, in its order. */
    static final List<List<View>> VIEW_SETS = List.of(List.of(View.SAG), List.of(View.AX), List.of(View.COR),
            List.of(View.SAG, View.COR, View.AX));

    /** What the study produced. */
    public record Result(List<String> ids, int[] labels, int[] fold, int k, List<ComparisonRow> rows,
            List<Selection> selections) {}

    /** A feature the radiomics model of one view set kept in one training fold, by its forest rank (1 = first). */
    public record Selection(String method, int fold, int rank, String feature) {}

    private AblationStudy() {}

    public static Result run(Path cohort, AblationOptions o, Progress progress) {
        CsvTable t = CsvTable.read(cohort);
        for (View v : View.values()) {
            require(t, o.columns().images().get(v), v.id() + " image", "--image-columns");
            require(t, o.columns().masks().get(v), v.id() + " mask", "--mask-columns");
        }
        require(t, o.columns().id(), "patient id", null);
        require(t, o.columns().label(), "label", null);
        require(t, o.ratingColumn(), "radiologist rating", "--rating-column");
        int[] labels = t.binary(o.columns().label());
        double[] rating = t.numbers(o.ratingColumn());
        List<String> ids = t.strings(o.columns().id());
        long seed = o.magn().seed();
        int k = o.folds();
        int[] fold = StratifiedFolds.assign(ids, labels, k, seed);

        long start = System.nanoTime();
        // Radiomics first: it is quick, and a case it cannot read should fail before hours of training.
        List<ComparisonRow> radiomicsRows = new ArrayList<>();
        Path base = cohort.toAbsolutePath().getParent();
        List<FeatureTable> perView = new ArrayList<>();
        for (View v : List.of(View.SAG, View.AX, View.COR)) {
            progress.message(elapsed(start) + "radiomics: " + v.id() + " features");
            perView.add(ViewRadiomics.extract(v.id(), ids, paths(t, base, o.columns().images().get(v)),
                    paths(t, base, o.columns().masks().get(v)), o.radiomics(), o.threads(), progress));
        }
        List<FeatureTable> sets = new ArrayList<>(perView);
        List<Selection> selections = new ArrayList<>();
        sets.add(FeatureTable.concat(List.of(perView.get(0), perView.get(2), perView.get(1))));
        for (int s = 0; s < VIEW_SETS.size(); s++) {
            FeatureTable x = sets.get(s);
            progress.message(elapsed(start) + "radiomics: " + viewName(VIEW_SETS.get(s)) + " (" + x.names().size()
                    + " features)");
            String method = viewName(VIEW_SETS.get(s));
            FoldedScores fs = FoldedScores.run(fold, k, labels, (f, train, test) -> {
                RadiomicsClassifier m = RadiomicsClassifier.fit(x.rows(train), pick(labels, train), seed + 1000L * f);
                int[] sel = m.selected();
                for (int i = 0; i < sel.length; i++) {
                    selections.add(new Selection(method, f + 1, i + 1, x.names().get(sel[i])));
                }
                return m.probability(x.rows(test));
            });
            radiomicsRows.add(ComparisonRow.of("Radiomics", viewName(VIEW_SETS.get(s)), null, fs, Double.NaN));
        }

        List<ComparisonRow> rows = new ArrayList<>();
        progress.message(elapsed(start) + "MAGN: loading " + t.rowCount() + " cases (crop " + o.magn().crop() + ")");
        List<MagnCase> cases = ViewDataset.load(cohort, o.columns(), List.of(View.SAG, View.COR, View.AX),
                o.magn().crop(), true, progress);
        for (List<View> views : VIEW_SETS) {
            for (boolean attention : new boolean[] {false, true}) {
                MagnConfig c = o.magn().withViews(views).withAttention(attention);
                progress.message(elapsed(start) + "MAGN " + viewName(views) + (attention ? " with" : " without")
                        + " attention");
                CrossValidation.Result cv = CrossValidation.run(c, cases, fold, k, null, progress);
                rows.add(new ComparisonRow("MAGN", viewName(views), attention,
                        cv.folds().stream().map(CrossValidation.Fold::metrics).toList(),
                        cv.mean(CrossValidation.Fold::camEnergy), cv.outOfFold()));
            }
        }
        rows.addAll(radiomicsRows);

        double[] score = RadiologistScore.of(rating, o.ratingCutoff());
        FoldedScores rad = FoldedScores.run(fold, k, labels, (f, train, test) -> pickScores(score, test));
        rows.add(ComparisonRow.of("Radiologist", "Rating (" + o.ratingColumn() + " ≥ " + CsvTable.format(o.ratingCutoff())
                + ")", null, rad, Double.NaN));
        progress.message(elapsed(start) + "done");
        return new Result(ids, labels, fold, k, rows, selections);
    }

    /** "[123 s] ": wall time since the study started, so that a log shows where the time goes. */
    private static String elapsed(long start) {
        return "[" + Math.round((System.nanoTime() - start) / 1e9) + " s] ";
    }

    static String viewName(List<View> views) {
        if (views.size() > 1) {
            return "Multi-view";
        }
        return switch (views.get(0)) {
            case SAG -> "Sagittal";
            case AX -> "Axial";
            case COR -> "Coronal";
        };
    }

    private static void require(CsvTable t, String column, String what, String option) {
        if (column == null || !t.hasColumn(column)) {
            throw new InvalidInputException(t.source() + ": no " + what + " column '" + column + "'"
                    + (option == null ? "" : " (set " + option + ")") + "; columns: " + String.join(", ", t.header()));
        }
    }

    private static List<Path> paths(CsvTable t, Path base, String column) {
        List<Path> out = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            String cell = t.get(r, column).trim();
            if (cell.isEmpty()) {
                throw new InvalidInputException(t.source() + ": column '" + column + "' line " + (r + 2) + ": empty path");
            }
            Path p = Path.of(cell);
            out.add(p.isAbsolute() || base == null ? p : base.resolve(p));
        }
        return out;
    }

    private static int[] pick(int[] a, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = a[rows[i]];
        }
        return out;
    }

    private static double[] pickScores(double[] a, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = a[rows[i]];
        }
        return out;
    }
}
