package org.spinelab.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.util.CsvTable;

/**
 * The committed {@code sample-data/} is what its README's command produces: a few patients (one per
 * center and class) are regenerated with their per-patient seeds and every file and their rows of
 * {@code cohort.csv} compared byte for byte.
 */
class SampleDataTest {

    /** From sample-data/README.md: {@code ./spinelab synth --patients 64 --seed 2024 --out sample-data}. */
    private static final int PATIENTS = 64;
    private static final long SEED = 2024;
    private static final Path SAMPLE = Path.of("sample-data");

    @Test
    void regeneratedPatientsAreBitIdenticalToTheCommittedOnes(@TempDir Path tmp) throws IOException {
        assertTrue(Files.isRegularFile(SAMPLE.resolve("cohort.csv")), "sample-data/cohort.csv is missing");
        List<String> committed = Files.readAllLines(SAMPLE.resolve("cohort.csv"));
        assertEquals(PATIENTS + 1, committed.size());
        assertEquals(String.join(",", CohortWriter.header()), committed.get(0));

        List<PatientSpec> specs = CohortPlan.patients(PATIENTS, SEED);
        List<PatientSpec> chosen = new ArrayList<>();
        for (Center c : Center.values()) {
            for (int label = 0; label < 2; label++) {
                final int l = label;
                specs.stream().filter(p -> p.center() == c && p.label() == l).findFirst().ifPresent(chosen::add);
            }
        }
        assertEquals(6, chosen.size());
        SynthOptions o = new SynthOptions(PATIENTS, SEED, tmp, ImageSize.SMALL, TextureModel.DEFAULT_SEPARATION, false, false, 1);
        PatientGenerator gen = new PatientGenerator(o.size(), o.separation());
        List<List<Object>> rows = new ArrayList<>();
        for (PatientSpec s : chosen) {
            rows.add(CohortWriter.writePatient(gen.generate(s), o));
        }
        CsvTable.write(tmp.resolve("rows.csv"), CohortWriter.header(), rows);
        List<String> regenerated = Files.readAllLines(tmp.resolve("rows.csv"));
        for (int n = 0; n < chosen.size(); n++) {
            PatientSpec s = chosen.get(n);
            assertEquals(committed.get(s.index() + 1), regenerated.get(n + 1), "cohort.csv row of " + s.id());
            for (String col : CohortWriter.IMAGE_COLUMNS) {
                same(s.id() + "/" + col + ".nii.gz", tmp);
            }
            for (String col : CohortWriter.MASK_COLUMNS) {
                same(s.id() + "/" + col + ".nii.gz", tmp);
            }
        }
    }

    @Test
    void sampleDataStaysSmall() throws IOException {
        long bytes;
        try (var s = Files.walk(SAMPLE)) {
            bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        assertTrue(bytes <= 20L * 1024 * 1024, "sample-data is " + bytes + " bytes");
    }

    private static void same(String rel, Path tmp) throws IOException {
        assertArrayEquals(Files.readAllBytes(SAMPLE.resolve(rel)), Files.readAllBytes(tmp.resolve(rel)), rel);
    }
}
