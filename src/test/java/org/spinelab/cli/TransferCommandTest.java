package org.spinelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.testing.SharedData;
import org.spinelab.transfer.Overlap;

/** {@code spinelab transfer} on the DICOM study: one case, a cohort, and bad input. */
class TransferCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    static String shared(String relative) {
        return SharedData.conformance("dicom/" + relative).toString();
    }

    @Test
    void writesTheLabelOnExactlyTheTargetGridWithAProbabilityMap() {
        Path o = tmp.resolve("axial_label.nii.gz");
        Path p = tmp.resolve("axial_probability.nii.gz");
        assertEquals(0, run("transfer", "--source", shared("dicom/sagittal"), "--labels", shared("sagittal_label.nii.gz"),
                "--target", shared("dicom/axial"), "--probability", p.toString(), "--supersample", "2",
                "--out", o.toString()), err::toString);
        LabelVolume result = VolumeIO.readLabels(o);
        LabelVolume truth = VolumeIO.readLabels(Path.of(shared("truth_axial.nii.gz")));
        // the truth NIfTI is on the axial grid; the output must be exactly on it too
        assertTrue(result.geometry().sameGridAs(truth.geometry(), 1e-4), result.geometry().toString());
        assertTrue(Overlap.dice(result, truth, 1) >= 0.88, "Dice " + Overlap.dice(result, truth, 1));
        Volume prob = VolumeIO.read(p);
        assertTrue(prob.geometry().sameGridAs(truth.geometry(), 1e-4));
        double[] r = prob.range();
        assertTrue(r[0] >= 0 && r[1] <= 1 && r[1] > 0.5, java.util.Arrays.toString(r));
        assertTrue(out.toString().contains("label voxels (shape interpolation)"), out.toString());
        assertFalse(err.toString().contains("error"), err.toString());
    }

    /** NIfTI and NRRD inputs: the target written as NRRD keeps its grid through the transfer. */
    @Test
    void acceptsNiftiAndNrrdAndWritesTheTargetsAffine() {
        LabelVolume truth = VolumeIO.readLabels(Path.of(shared("truth_coronal.nii.gz")));
        Path nrrdTarget = tmp.resolve("coronal.nrrd");
        VolumeIO.write(truth.volume(), nrrdTarget);
        Path o = tmp.resolve("coronal_label.nii");
        assertEquals(0, run("transfer", "--source", shared("sagittal_label.nii.gz"), "--labels",
                shared("sagittal_label.nii.gz"), "--target", nrrdTarget.toString(), "--interpolation", "linear",
                "--out", o.toString()), err::toString);
        LabelVolume result = VolumeIO.readLabels(o);
        assertTrue(result.geometry().sameGridAs(truth.geometry(), 1e-4), result.geometry().toString());
        assertTrue(result.geometry().indexToRas().maxAbsDifference(truth.geometry().indexToRas()) < 1e-4);
        assertTrue(Overlap.dice(result, truth, 1) >= 0.88, "Dice " + Overlap.dice(result, truth, 1));
    }

    @Test
    void cohortModeTransfersEveryRowReportsTheFailingOneAndExitsNonZero() throws IOException {
        Path base = tmp.resolve("study");
        Files.createDirectories(base);
        String dicom = base.relativize(SharedData.conformance("dicom")).toString().replace('\\', '/');
        // p3's target is the coronal truth NIfTI: a NIfTI on the coronal series' grid
        String csv = "id,sag,sag_label,target,out\n"
                + "p1," + dicom + "/dicom/sagittal," + dicom + "/sagittal_label.nii.gz," + dicom + "/dicom/axial,out/p1_ax.nii.gz\n"
                + "p2," + dicom + "/dicom/sagittal," + dicom + "/missing_label.nii.gz," + dicom + "/dicom/coronal,out/p2_cor.nii.gz\n"
                + "p3," + dicom + "/sagittal_label.nii.gz," + dicom + "/sagittal_label.nii.gz," + dicom + "/truth_coronal.nii.gz,out/p3_cor.nii.gz\n";
        Path cohort = base.resolve("cohort.csv");
        Files.writeString(cohort, csv);
        int rc = run("transfer", "--cohort", cohort.toString(), "--source-column", "sag", "--labels-column", "sag_label",
                "--target-column", "target", "--out-column", "out", "--interpolation", "linear");
        assertEquals(2, rc, err::toString);
        assertTrue(Files.isRegularFile(base.resolve("out/p1_ax.nii.gz")));
        assertTrue(Files.isRegularFile(base.resolve("out/p3_cor.nii.gz")));
        assertFalse(Files.exists(base.resolve("out/p2_cor.nii.gz")));
        assertTrue(err.toString().contains("p2: failed: ") && err.toString().contains("missing_label.nii.gz"), err.toString());
        assertTrue(out.toString().contains("2 of 3 cases transferred; failed: p2"), out.toString());
        LabelVolume p3 = VolumeIO.readLabels(base.resolve("out/p3_cor.nii.gz"));
        LabelVolume truth = VolumeIO.readLabels(Path.of(shared("truth_coronal.nii.gz")));
        assertTrue(Overlap.dice(p3, truth, 1) >= 0.88);
    }

    @Test
    void anUnreadableDirectoryIsOneErrorAndNoOutput() throws IOException {
        Path emptyDir = Files.createDirectories(tmp.resolve("not_a_series"));
        Path o = tmp.resolve("o.nii.gz");
        assertEquals(2, run("transfer", "--source", shared("sagittal_label.nii.gz"), "--labels",
                shared("sagittal_label.nii.gz"), "--target", emptyDir.toString(), "--out", o.toString()));
        String e = err.toString().strip();
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("spinelab: error: ") && e.contains("not_a_series"), e);
        assertFalse(Files.exists(o));
    }

    @Test
    void aFailedLabelWriteLeavesNoProbabilityMapBehind() throws IOException {
        Path notADirectory = Files.writeString(tmp.resolve("plain_file"), "x");
        Path p = tmp.resolve("p.nii.gz");
        assertEquals(2, run("transfer", "--source", shared("sagittal_label.nii.gz"), "--labels",
                shared("sagittal_label.nii.gz"), "--target", shared("truth_axial.nii.gz"), "--probability", p.toString(),
                "--out", notADirectory.resolve("o.nii.gz").toString()));
        assertTrue(err.toString().contains("plain_file"), err.toString());
        assertFalse(Files.exists(p), "probability map left behind");
    }

    @Test
    void aLabelThatIsNotOnTheSourceGridIsAnError() {
        Path o = tmp.resolve("o.nii.gz");
        assertEquals(2, run("transfer", "--source", shared("truth_axial.nii.gz"), "--labels",
                shared("sagittal_label.nii.gz"), "--target", shared("truth_coronal.nii.gz"), "--out", o.toString()));
        assertTrue(err.toString().contains("sagittal_label.nii.gz: the label's grid does not match its image"), err.toString());
        assertFalse(Files.exists(o));
    }

    @Test
    void anUnknownInterpolationNamesTheOption() {
        assertEquals(2, run("transfer", "--source", "a", "--labels", "b", "--target", "c", "--out", "d.nii.gz",
                "--interpolation", "cubic"));
        assertTrue(err.toString().contains("--interpolation: unknown interpolation 'cubic' (expected one of nearest, linear, shape)"),
                err.toString());
    }
}
