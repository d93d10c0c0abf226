package org.spinelab.study.comparator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spinelab.magn.BinaryMetrics;
import org.spinelab.plot.RocFigure;
import org.spinelab.stats.RocAnalysis;
import org.spinelab.util.CsvTable;

/**
 * Writes an {@link AblationStudy.Result} into a folder:
 * <ul>
 * <li>{@code ablation.csv}, {@code ablation.md} — the MAGN grid (Table 2's upper part);</li>
 * <li>{@code comparison.csv}, {@code comparison.md}, {@code comparison.html} — MAGN, radiomics and
 * radiologist rows in one table;</li>
 * <li>{@code per_fold.csv} — every row's AUC/ACC/F1 per fold;</li>
 * <li>{@code folds.csv} — id, label, fold: the one assignment every method used;</li>
 * <li>{@code radiomics_selected.csv} — the 15 features each radiomics model kept in each training fold;</li>
 * <li>{@code oof_predictions.csv} — each method's out-of-fold probability per case;</li>
 * <li>{@code roc_folds.png} — per-fold and pooled ROC of MAGN multi-view with attention (Fig. 4);</li>
 * <li>{@code roc_comparison.png} — pooled out-of-fold ROC of the best MAGN, radiomics and radiologist rows
 * with DeLong CIs.</li>
 * </ul>
 */
public final class ComparisonReport {

    static final List<String> HEADER = List.of("group", "method", "attention", "acc", "auc_mean", "auc_sd", "f1",
            "cam_energy_in_lesion", "folds");

    private ComparisonReport() {}

    public static void write(AblationStudy.Result r, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<ComparisonRow> magn = r.rows().stream().filter(x -> x.group().equals("MAGN")).toList();
        CsvTable.write(dir.resolve("ablation.csv"), HEADER, csvRows(magn));
        Files.writeString(dir.resolve("ablation.md"), markdown(magn, r.k()));
        CsvTable.write(dir.resolve("comparison.csv"), HEADER, csvRows(r.rows()));
        Files.writeString(dir.resolve("comparison.md"), markdown(r.rows(), r.k()));
        Files.writeString(dir.resolve("comparison.html"), html(r.rows(), r.k()));
        List<List<?>> perFold = new ArrayList<>();
        for (ComparisonRow row : r.rows()) {
            for (int f = 0; f < row.perFold().size(); f++) {
                BinaryMetrics m = row.perFold().get(f);
                perFold.add(List.of(row.group(), row.method(), attention(row), f + 1, m.auc(), m.accuracy(), m.f1()));
            }
        }
        CsvTable.write(dir.resolve("per_fold.csv"), List.of("group", "method", "attention", "fold", "auc", "acc", "f1"),
                perFold);
        List<List<?>> folds = new ArrayList<>();
        List<List<?>> oof = new ArrayList<>();
        for (int i = 0; i < r.ids().size(); i++) {
            folds.add(List.of(r.ids().get(i), r.labels()[i], r.fold()[i] + 1));
            List<Object> row = new ArrayList<>(List.of(r.ids().get(i), r.labels()[i], r.fold()[i] + 1));
            for (ComparisonRow c : r.rows()) {
                row.add(c.outOfFold()[i]);
            }
            oof.add(row);
        }
        CsvTable.write(dir.resolve("folds.csv"), List.of("id", "label", "fold"), folds);
        CsvTable.write(dir.resolve("radiomics_selected.csv"), List.of("method", "fold", "rank", "feature"),
                r.selections().stream().map(x -> List.of(x.method(), x.fold(), x.rank(), x.feature())).toList());
        List<String> oofHeader = new ArrayList<>(List.of("id", "label", "fold"));
        r.rows().forEach(c -> oofHeader.add(c.label()));
        CsvTable.write(dir.resolve("oof_predictions.csv"), oofHeader, oof);
        figures(r, dir);
    }

    private static void figures(AblationStudy.Result r, Path dir) throws IOException {
        ComparisonRow best = r.rows().stream()
                .filter(x -> x.group().equals("MAGN") && x.method().equals("Multi-view") && Boolean.TRUE.equals(x.attention()))
                .findFirst().orElseThrow();
        List<RocAnalysis.Model> models = new ArrayList<>();
        for (int f = 0; f < r.k(); f++) {
            int[] test = FoldedScores.rows(r.fold(), f, true);
            double[] p = new double[test.length];
            int[] y = new int[test.length];
            for (int i = 0; i < test.length; i++) {
                p[i] = best.outOfFold()[test[i]];
                y[i] = r.labels()[test[i]];
            }
            models.addAll(RocAnalysis.analyze(y, Map.of("fold " + (f + 1), p), "label", RocAnalysis.Options.DELONG).models());
        }
        RocAnalysis.Result pooled = RocAnalysis.analyze(r.labels(), Map.of("pooled", best.outOfFold()), "label",
                RocAnalysis.Options.DELONG);
        models.addAll(pooled.models());
        RocFigure.writePng(new RocAnalysis.Result(r.labels().length, models, List.of(), RocAnalysis.Options.DELONG),
                "MAGN multi-view with attention, " + r.k() + "-fold CV", dir.resolve("roc_folds.png"));

        Map<String, double[]> compare = new LinkedHashMap<>();
        compare.put(best.label(), best.outOfFold());
        r.rows().stream().filter(x -> x.group().equals("Radiomics") && x.method().equals("Multi-view"))
                .forEach(x -> compare.put(x.label(), x.outOfFold()));
        r.rows().stream().filter(x -> x.group().equals("Radiologist")).forEach(x -> compare.put(x.label(), x.outOfFold()));
        RocFigure.writePng(RocAnalysis.analyze(r.labels(), compare, "label", RocAnalysis.Options.DELONG),
                "Pooled out-of-fold ROC, " + r.k() + "-fold CV", dir.resolve("roc_comparison.png"));
    }

    private static List<List<?>> csvRows(List<ComparisonRow> rows) {
        List<List<?>> out = new ArrayList<>();
        for (ComparisonRow r : rows) {
            out.add(List.of(r.group(), r.method(), attention(r), r.acc(), r.auc(), r.aucSd(), r.f1(),
                    Double.isNaN(r.camEnergy()) ? "" : r.camEnergy(), r.perFold().size()));
        }
        return out;
    }

    private static String attention(ComparisonRow r) {
        return r.attention() == null ? "" : r.attention() ? "yes" : "no";
    }

    /** Table 2 layout: Methods | Attention | ACC | AUC (mean ± SD) | F1 | CAM energy in lesion. */
    static String markdown(List<ComparisonRow> rows, int k) {
        StringBuilder s = new StringBuilder();
        s.append("Classification performance, ").append(k).append("-fold cross-validation (means over folds; AUC mean ± SD).\n\n");
        s.append("| Methods | Attention | ACC | AUC | F1-score | CAM energy in lesion |\n");
        s.append("|---|---|---|---|---|---|\n");
        String group = null;
        for (ComparisonRow r : rows) {
            if (!r.group().equals(group)) {
                group = r.group();
                s.append("| **").append(groupTitle(group)).append("** | | | | | |\n");
            }
            s.append("| ").append(r.method()).append(" | ").append(mark(r)).append(" | ").append(f4(r.acc()))
                    .append(" | ").append(f4(r.auc())).append(" ± ").append(f4(r.aucSd())).append(" | ")
                    .append(f4(r.f1())).append(" | ").append(Double.isNaN(r.camEnergy()) ? "–" : f4(r.camEnergy()))
                    .append(" |\n");
        }
        return s.toString();
    }

    static String html(List<ComparisonRow> rows, int k) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>MAGN comparison</title>"
                + "<style>body{font-family:sans-serif}td,th{padding:3px 10px;text-align:right}td:first-child,th:first-child{text-align:left}"
                + "tr.g td{font-weight:bold;text-align:left;border-top:1px solid #888}</style></head><body>\n");
        s.append("<p>Classification performance, ").append(k).append("-fold cross-validation (means over folds; AUC mean ± SD).</p>\n");
        s.append("<table><tr><th>Methods</th><th>Attention</th><th>ACC</th><th>AUC</th><th>F1-score</th><th>CAM energy in lesion</th></tr>\n");
        String group = null;
        for (ComparisonRow r : rows) {
            if (!r.group().equals(group)) {
                group = r.group();
                s.append("<tr class=\"g\"><td colspan=\"6\">").append(escape(groupTitle(group))).append("</td></tr>\n");
            }
            s.append("<tr><td>").append(escape(r.method())).append("</td><td>").append(mark(r)).append("</td><td>")
                    .append(f4(r.acc())).append("</td><td>").append(f4(r.auc())).append(" ± ").append(f4(r.aucSd()))
                    .append("</td><td>").append(f4(r.f1())).append("</td><td>")
                    .append(Double.isNaN(r.camEnergy()) ? "–" : f4(r.camEnergy())).append("</td></tr>\n");
        }
        return s.append("</table></body></html>\n").toString();
    }

    private static String groupTitle(String group) {
        return switch (group) {
            case "MAGN" -> "Attention guided network (MAGN)";
            case "Radiomics" -> "Radiomics model";
            default -> "Radiologist assessment";
        };
    }

    private static String mark(ComparisonRow r) {
        return r.attention() == null ? "–" : r.attention() ? "✓" : "–";
    }

    private static String f4(double v) {
        return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
