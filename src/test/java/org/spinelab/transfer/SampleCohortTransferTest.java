package org.spinelab.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.util.CsvTable;
import org.spinelab.util.Progress;

/**
 * The synthetic cohort in {@code sample-data/}: each patient's reader-1 sagittal mask transferred onto
 * the CET1 axial and coronal series, against the phantom's true lesion on those series
 * ({@code mask_ax_true}, {@code mask_cor_true}, made by the generator from the continuous lesion, not
 * from the sagittal mask). The reader's own error (column reader_dice: 0.80–0.93, mean 0.88) and the 2 mm
 * pixels of these series bound what any transfer can reach.
 */
class SampleCohortTransferTest {

    static final Path SAMPLE = Path.of("sample-data");

    @TempDir
    Path tmp;

    @Test
    void everyPatientTransfersInOneCohortRunAndMatchesTheTrueLesion() throws IOException {
        CsvTable cohort = CsvTable.read(SAMPLE.resolve("cohort.csv"));
        StringBuilder csv = new StringBuilder("id,sag,mask,ax,out\n");
        for (int r = 0; r < cohort.rowCount(); r++) {
            csv.append(cohort.get(r, "id")).append(',')
                    .append(SAMPLE.resolve(cohort.get(r, "cet1_sag")).toAbsolutePath()).append(',')
                    .append(SAMPLE.resolve(cohort.get(r, "mask_sag_reader1")).toAbsolutePath()).append(',')
                    .append(SAMPLE.resolve(cohort.get(r, "cet1_ax")).toAbsolutePath()).append(',')
                    .append("out/").append(cohort.get(r, "id")).append("_ax.nii.gz\n");
        }
        Path table = tmp.resolve("transfer.csv");
        Files.writeString(table, csv.toString());
        List<CohortTransfer.CaseOutcome> outcomes = new CohortTransfer("sag", "mask", "ax", "out", null,
                TransferOptions.defaults()).run(table, Progress.NONE);
        assertEquals(cohort.rowCount(), outcomes.size());
        double mean = 0;
        for (int r = 0; r < cohort.rowCount(); r++) {
            CohortTransfer.CaseOutcome o = outcomes.get(r);
            assertTrue(o.ok(), o.id() + ": " + o.error());
            LabelVolume got = VolumeIO.readLabels(tmp.resolve("out/" + o.id() + "_ax.nii.gz"));
            LabelVolume truth = VolumeIO.readLabels(SAMPLE.resolve(cohort.get(r, "mask_ax_true")));
            mean += Overlap.diceForeground(got, truth) / cohort.rowCount();
        }
        assertTrue(mean >= 0.8, "mean Dice " + mean);
    }

    @Test
    void diceOfEveryModeOnBothTargets() {
        CsvTable cohort = CsvTable.read(SAMPLE.resolve("cohort.csv"));
        Map<Interpolation, double[]> dice = new EnumMap<>(Interpolation.class);
        for (Interpolation m : Interpolation.values()) {
            dice.put(m, new double[2]);
        }
        String[][] columns = {{"cet1_ax", "mask_ax_true"}, {"cet1_cor", "mask_cor_true"}};
        int n = cohort.rowCount();
        for (int r = 0; r < n; r++) {
            Volume sag = VolumeIO.read(SAMPLE.resolve(cohort.get(r, "cet1_sag")));
            LabelVolume mask = VolumeIO.readLabels(SAMPLE.resolve(cohort.get(r, "mask_sag_reader1")));
            for (int t = 0; t < 2; t++) {
                Volume target = VolumeIO.read(SAMPLE.resolve(cohort.get(r, columns[t][0])));
                LabelVolume truth = VolumeIO.readLabels(SAMPLE.resolve(cohort.get(r, columns[t][1])));
                for (Interpolation m : Interpolation.values()) {
                    TransferResult res = TransferJob.transfer(sag, "sag", mask, "mask", target, "target",
                            TransferOptions.defaults().withInterpolation(m), false, Progress.NONE);
                    dice.get(m)[t] += Overlap.diceForeground(res.labels(), truth) / n;
                }
            }
        }
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "mean Dice vs true lesion, sample-data (%d patients, reader-1 sagittal mask):%n", n));
        table.append(String.format(Locale.ROOT, "%-8s %8s %8s%n", "mode", "axial", "coronal"));
        dice.forEach((m, d) -> table.append(String.format(Locale.ROOT, "%-8s %8.4f %8.4f%n", m.key(), d[0], d[1])));
        System.out.print(table);
        for (Interpolation m : Interpolation.values()) {
            assertTrue(dice.get(m)[0] >= 0.75 && dice.get(m)[1] >= 0.75, table.toString());
        }
        // gap filling beats copying the nearest slice on this cohort too, and the default is no worse
        // than the paper's trilinear transfer (it was 0.003 better on both targets when chosen)
        for (int t = 0; t < 2; t++) {
            assertTrue(dice.get(Interpolation.DEFAULT)[t] >= dice.get(Interpolation.LINEAR)[t] - 0.005, table.toString());
            assertTrue(dice.get(Interpolation.DEFAULT)[t] > dice.get(Interpolation.NEAREST)[t], table.toString());
            assertTrue(dice.get(Interpolation.LINEAR)[t] > dice.get(Interpolation.NEAREST)[t], table.toString());
        }
    }
}
