package org.spinelab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.magn.CohortColumns;
import org.spinelab.magn.MagnCase;
import org.spinelab.magn.StratifiedFolds;
import org.spinelab.magn.View;
import org.spinelab.magn.ViewDataset;
import org.spinelab.util.CsvTable;
import org.spinelab.util.Progress;

/**
 * {@code magn ablation} end to end on a 16-patient NIfTI cohort written here (MAGN with 0 epochs, so
 * only the plumbing is timed): every row of Table 2 is written, on MAGN's folds; the radiologist row
 * equals AUCs counted by hand; the radiomics rows see the planted ±60 lesion contrast; a missing
 * column fails with exit 2 and leaves nothing behind.
 */
class MagnAblationCommandTest {

    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        return Main.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(args);
    }

    /** 16 patients; each view 24×24×3 with a 5×5×1 lesion, bright (label 1) or dark (label 0); rating 1–5. */
    private Path cohort(boolean withRating) throws Exception {
        Random r = new Random(5);
        List<List<?>> rows = new ArrayList<>();
        for (int p = 0; p < 16; p++) {
            int label = p % 2;
            List<Object> row = new ArrayList<>(List.of("p" + p, label));
            if (withRating) {
                row.add(RATINGS[p]);
            }
            row.addAll(MagnToyViews.write(dir, p, label, r));
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of("id", "label"));
        if (withRating) {
            header.add("radiologist_rating");
        }
        header.addAll(List.of("cet1_sag", "cet1_cor", "cet1_ax", "mask_sag_reader1", "mask_cor_true", "mask_ax_true"));
        Path csv = dir.resolve(withRating ? "cohort.csv" : "cohort_norating.csv");
        CsvTable.write(csv, header, rows);
        return csv;
    }

    /** Ratings of p0..p15 (labels alternate 0,1): informative but imperfect. */
    static final int[] RATINGS = {1, 4, 2, 5, 3, 3, 1, 2, 4, 5, 2, 4, 1, 3, 2, 5};

    /** AUC by counting pairs (case > control: 1, tie: ½) over the rows of one fold. */
    private static double pairAuc(int[] rows) {
        double s = 0;
        int pairs = 0;
        for (int a : rows) {
            for (int b : rows) {
                if (a % 2 == 1 && b % 2 == 0) {
                    s += RATINGS[a] > RATINGS[b] ? 1 : RATINGS[a] == RATINGS[b] ? 0.5 : 0;
                    pairs++;
                }
            }
        }
        return s / pairs;
    }

    @Test
    void writesTheWholeTableOnMagnsFolds() throws Exception {
        Path csv = cohort(true);
        Path out = dir.resolve("abl");
        StringWriter err = new StringWriter();
        int rc = run(err, "magn", "ablation", "--cohort", csv.toString(), "--out", out.toString(), "--backbone", "tiny",
                "--width", "0.25", "--crop", "16", "--epochs", "0", "--folds", "2", "--seed", "7", "--threads", "1");
        assertEquals(0, rc, err.toString());

        CsvTable cmp = CsvTable.read(out.resolve("comparison.csv"));
        assertEquals(8 + 4 + 1, cmp.rowCount());
        assertEquals(List.of("group", "method", "attention", "acc", "auc_mean", "auc_sd", "f1", "cam_energy_in_lesion",
                "folds"), cmp.header());
        CsvTable abl = CsvTable.read(out.resolve("ablation.csv"));
        assertEquals(8, abl.rowCount());
        for (String f : List.of("ablation.md", "comparison.md", "comparison.html", "per_fold.csv", "oof_predictions.csv", "radiomics_selected.csv",
                "roc_folds.png", "roc_comparison.png")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        String md = Files.readString(out.resolve("comparison.md"));
        assertTrue(md.contains("| Multi-view | ✓ |"), md);
        assertTrue(md.contains("Radiomics model"), md);

        // the folds are the ones MAGN's CrossValidation draws for these cases and this seed
        List<MagnCase> cases = ViewDataset.load(csv, CohortColumns.defaults(), List.of(View.SAG), 16, true, Progress.NONE);
        int[] magnFolds = StratifiedFolds.assign(cases, 2, 7);
        CsvTable folds = CsvTable.read(out.resolve("folds.csv"));
        int[] written = folds.strings("fold").stream().mapToInt(s -> Integer.parseInt(s) - 1).toArray();
        assertArrayEquals(magnFolds, written);

        // radiologist row: per-fold AUC of the raw ratings, counted by hand; ACC at rating >= 3
        double aucSum = 0;
        double accSum = 0;
        for (int f = 0; f < 2; f++) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                if (magnFolds[i] == f) {
                    rows.add(i);
                }
            }
            int[] rr = rows.stream().mapToInt(Integer::intValue).toArray();
            aucSum += pairAuc(rr);
            int correct = 0;
            for (int i : rr) {
                correct += (RATINGS[i] >= 3) == (i % 2 == 1) ? 1 : 0;
            }
            accSum += (double) correct / rr.length;
        }
        int radRow = 12;
        assertEquals("Radiologist", cmp.get(radRow, "group"));
        assertEquals(aucSum / 2, Double.parseDouble(cmp.get(radRow, "auc_mean")), 1e-12);
        assertEquals(accSum / 2, Double.parseDouble(cmp.get(radRow, "acc")), 1e-12);

        // radiomics sees the planted lesion contrast (first-order mean differs by 120 between classes)
        for (int row = 8; row < 12; row++) {
            assertEquals("Radiomics", cmp.get(row, "group"));
            assertTrue(Double.parseDouble(cmp.get(row, "auc_mean")) >= 0.9, cmp.row(row).toString());
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().contains("staging")), "staging folder left behind");
        }
    }

    @Test
    void missingRatingColumnFailsWithExit2AndNoOutput() throws Exception {
        Path csv = cohort(false);
        Path out = dir.resolve("none");
        StringWriter err = new StringWriter();
        int rc = run(err, "magn", "ablation", "--cohort", csv.toString(), "--out", out.toString(), "--backbone", "tiny",
                "--crop", "16", "--epochs", "0", "--folds", "2");
        assertEquals(2, rc);
        assertTrue(err.toString().contains("radiologist_rating"), err.toString());
        assertTrue(err.toString().contains("cohort_norating.csv"), err.toString());
        assertFalse(Files.exists(out));
        try (Stream<Path> s = Files.list(dir)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().contains("staging")));
        }
    }
}
