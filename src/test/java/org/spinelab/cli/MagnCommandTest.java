package org.spinelab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.image.Volume;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.magn.CohortColumns;
import org.spinelab.magn.MagnModelFiles;
import org.spinelab.magn.MagnNetwork;
import org.spinelab.magn.MagnPredictor;
import org.spinelab.magn.View;
import org.spinelab.magn.ViewDataset;
import org.spinelab.util.CsvTable;
import org.spinelab.util.Progress;

/** magn train / predict end to end on a small NIfTI cohort written here. */
class MagnCommandTest {

    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        return Main.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(args);
    }

    /** 12 patients; each view a 24×24×3 volume with a 5×5 lesion, bright (label 1) or dark (label 0). */
    private Path cohort() throws Exception {
        Random r = new Random(3);
        List<List<?>> rows = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            int label = p % 2;
            List<Object> row = new ArrayList<>(List.of("p" + p, label));
            row.addAll(MagnToyViews.write(dir, p, label, r));
            rows.add(row);
        }
        Path csv = dir.resolve("cohort.csv");
        CsvTable.write(csv, List.of("id", "label", "cet1_sag", "cet1_cor", "cet1_ax", "mask_sag_reader1", "mask_cor_true",
                "mask_ax_true"), rows);
        return csv;
    }

    @Test
    void trainWritesSummaryRocAndModelAndPredictReproducesIt() throws Exception {
        Path csv = cohort();
        Path out = dir.resolve("run");
        StringWriter err = new StringWriter();
        int code = run(err, "magn", "train", "--cohort", csv.toString(), "--backbone", "tiny", "--width", "0.5",
                "--crop", "16", "--folds", "2", "--epochs", "2", "--batch", "4", "--lr", "1e-2", "--out", out.toString());
        assertEquals(0, code, err.toString());
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        for (String key : List.of("folds", "auc_mean", "auc_sd", "acc", "f1")) {
            assertTrue(s.has(key), key);
        }
        assertEquals(2, s.get("folds").asInt());
        double auc = s.get("auc_mean").asDouble();
        assertTrue(auc >= 0 && auc <= 1);
        assertTrue(Files.size(out.resolve("roc.png")) > 1000);
        assertEquals(12, CsvTable.read(out.resolve("oof_predictions.csv")).rowCount());

        Path pred = dir.resolve("pred.csv");
        code = run(err, "magn", "predict", "--model", out.toString(), "--cohort", csv.toString(), "--out", pred.toString());
        assertEquals(0, code, err.toString());
        CsvTable t = CsvTable.read(pred);
        assertEquals(12, t.rowCount());
        // The CSV holds what the saved model gives when loaded directly.
        MagnNetwork net = MagnModelFiles.load(out.resolve("model"));
        var cases = ViewDataset.load(csv, CohortColumns.defaults(), net.config().views(), 16, false, Progress.NONE);
        var direct = MagnPredictor.predict(net, cases);
        double[] prob = t.numbers("probability");
        for (int i = 0; i < 12; i++) {
            assertEquals(direct.get(i).probability(), prob[i], 1e-12);
        }
        // Maps: one-slice NIfTI on the crop's place in the view's slice.
        Volume map = VolumeIO.read(dir.resolve("pred_maps").resolve("p0_ax_attention.nii.gz"));
        assertArrayEquals(new long[] {16, 16, 1}, map.geometry().dims());
        assertTrue(map.geometry().equalsWithin(cases.get(0).view(View.AX).grid(), 1e-4));
        double[] range = map.range();
        assertTrue(range[0] >= 0 && range[1] <= 1 + 1e-6);
        assertTrue(Files.exists(dir.resolve("pred_maps").resolve("p11_sag_gradcam.nii.gz")));
    }

    @Test
    void missingColumnIsOneClearErrorAndNoOutput() throws Exception {
        Path csv = cohort();
        Path out = dir.resolve("bad");
        StringWriter err = new StringWriter();
        int code = run(err, "magn", "train", "--cohort", csv.toString(), "--backbone", "tiny", "--crop", "16",
                "--image-columns", "cet1_sag,nope,cet1_ax", "--out", out.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("nope") && err.toString().contains("cohort.csv"), err.toString());
        assertFalse(Files.exists(out.resolve("summary.json")));
        code = run(err, "magn", "train", "--toy", "10", "--views", "sag,lateral", "--out", out.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("lateral"));
    }
}
