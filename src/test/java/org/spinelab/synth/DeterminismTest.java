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
        CohortWriter.write(new SynthOptions(3, 11, a, ImageSize.SMALL, 1.0, true, 1), Progress.NONE);
        CohortWriter.write(new SynthOptions(3, 11, b, ImageSize.SMALL, 1.0, true, 2), Progress.NONE);
        CohortWriter.write(new SynthOptions(3, 12, c, ImageSize.SMALL, 1.0, false, 2), Progress.NONE);
        List<Path> files = files(a);
        assertEquals(files, files(b));
        assertEquals(1 + 3 * 9 + 3, files.size(), files.toString()); // cohort.csv, 9 volumes and a preview each
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f.toString());
        }
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("P001/t1_sag.nii.gz")),
                Files.readAllBytes(c.resolve("P001/t1_sag.nii.gz"))));
    }

    @Test
    void writtenFilesReadBackAsGenerated(@TempDir Path tmp) throws IOException {
        CohortWriter.write(new SynthOptions(2, 4, tmp, ImageSize.SMALL, 1.0, false, 1), Progress.NONE);
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
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
