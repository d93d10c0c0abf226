package org.spinelab.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.image.Volume;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.util.CsvTable;
import org.spinelab.util.Progress;

/** Same seed → bit-identical files, whatever the number of threads; another seed → other files. */
class DeterminismTest {

    @Test
    void sameSeedGivesBitIdenticalFilesWithAnyThreadCount(@TempDir Path tmp) throws IOException {
        Path a = tmp.resolve("a"), b = tmp.resolve("b"), c = tmp.resolve("c");
        CohortWriter.write(new SynthOptions(2, 11, a, ImageSize.SMALL, 1.0, true, true, 1), Progress.NONE);
        CohortWriter.write(new SynthOptions(2, 11, b, ImageSize.SMALL, 1.0, true, true, 2), Progress.NONE);
        CohortWriter.write(new SynthOptions(2, 12, c, ImageSize.SMALL, 1.0, false, false, 2), Progress.NONE);
        List<Path> files = files(a);
        assertEquals(files, files(b));
        // cohort.csv, 9 NIfTI volumes, a preview and 9 DICOM series per patient
        assertEquals(18, files.stream().filter(f -> f.toString().endsWith(".nii.gz")).count());
        assertEquals(2, files.stream().filter(f -> f.toString().endsWith(".png")).count());
        assertEquals(18, files.stream().filter(f -> f.toString().endsWith("IM0001.dcm")).count());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f.toString());
        }
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("P001/t1_sag.nii.gz")),
                Files.readAllBytes(c.resolve("P001/t1_sag.nii.gz"))));
    }

    @Test
    void writtenFilesReadBackAsGenerated(@TempDir Path tmp) throws IOException {
        CohortWriter.write(new SynthOptions(2, 4, tmp, ImageSize.SMALL, 1.0, false, true, 1), Progress.NONE);
        CsvTable t = CsvTable.read(tmp.resolve("cohort.csv"));
        assertEquals(CohortWriter.header(), t.header());
        assertEquals(2, t.rowCount());
        SyntheticPatient p = new PatientGenerator(ImageSize.SMALL, 1.0).generate(CohortPlan.patients(2, 4).get(0));
        for (String col : List.of("t1_sag", "cet1_ax", "mask_sag_reader2", "mask_cor_true")) {
            Volume v = VolumeIO.read(tmp.resolve(t.get(0, col)));
            Volume g = p.get(col).volume();
            assertArrayEquals(g.data(), v.data(), col);
            assertTrue(g.geometry().sameGridAs(v.geometry(), 1e-4), col);
        }
        assertEquals(p.spec().clinical().age(), Integer.parseInt(t.get(0, "age")));
        // the DICOM series hold the same voxels on the same grid, all in the patient's frame of reference
        String frame = p.get("t1_sag").volume().metadata().frameOfReferenceUid();
        for (String col : List.of("t2fs_sag", "cet1_cor", "cet1_ax", "mask_sag_reader1", "mask_ax_true")) {
            Volume d = VolumeIO.read(tmp.resolve("P001/dicom/" + col));
            Volume g = p.get(col).volume();
            assertArrayEquals(g.data(), d.data(), col);
            assertTrue(g.geometry().sameGridAs(d.geometry(), 1e-3), col + " " + d.geometry() + " vs " + g.geometry());
            assertEquals(frame, d.metadata().frameOfReferenceUid(), col);
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
