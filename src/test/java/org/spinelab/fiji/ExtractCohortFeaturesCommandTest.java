package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.measure.ResultsTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.log.LogService;
import org.spinelab.testing.SharedData;
import org.spinelab.util.CsvTable;

/**
 * Extract Cohort Features through CommandService on a three-row cohort: brain1 twice (once with a
 * relative path, resolved against the table's folder) and a case whose mask file is missing. The two
 * brain1 rows match PyRadiomics' baseline (column "brain1": binWidth 25, voxelArrayShift 2000) for
 * first-order and GLCM features; the broken case fails alone, with its file named in the error column;
 * the CSV written holds the same rows.
 */
class ExtractCohortFeaturesCommandTest {

    static Context context;

    @BeforeAll
    static void start() {
        context = new Context(CommandService.class, StatusService.class, LogService.class);
    }

    @AfterAll
    static void stop() {
        context.dispose();
    }

    @Test
    void everyCaseIsExtractedAndAFailedCaseIsReportedInItsRow(@TempDir Path dir) throws Exception {
        Path image = SharedData.conformance("pyradiomics/brain1_image.nrrd");
        Path label = SharedData.conformance("pyradiomics/brain1_label.nrrd");
        Files.copy(image, dir.resolve("b1.nrrd"));
        Path cohort = dir.resolve("cohort.csv");
        CsvTable.write(cohort, List.of("case", "img", "roi"), List.of(
                List.of("A", image.toString(), label.toString()),
                List.of("B", "b1.nrrd", label.toString()),
                List.of("C", image.toString(), dir.resolve("missing_label.nrrd").toString())));
        Path params = dir.resolve("brain1.yaml");
        Files.writeString(params, """
                imageType: {Original: {}}
                featureClass: {firstorder: [], glcm: []}
                setting: {binWidth: 25, voxelArrayShift: 2000}
                """);
        Path out = dir.resolve("features.csv");
        Map<String, Object> in = new HashMap<>();
        in.put("cohort", cohort.toFile());
        in.put("image_column", "img");
        in.put("mask_column", "roi");
        in.put("id_column", "case");
        in.put("params", params.toFile());
        in.put("label", 1);
        in.put("threads", 2);
        in.put("out", out.toFile());
        CommandModule m = context.service(CommandService.class).run(ExtractCohortFeaturesCommand.class, true, in).get();
        assertFalse(m.isCanceled(), m.getCancelReason());
        ResultsTable rt = (ResultsTable) m.getOutput("features");
        assertEquals(3, rt.size());
        assertEquals("A", rt.getStringValue("id", 0));
        assertEquals("B", rt.getStringValue("id", 1));
        assertEquals("C", rt.getStringValue("id", 2));
        assertEquals("", rt.getStringValue("error", 0));
        assertEquals("", rt.getStringValue("error", 1));
        assertTrue(rt.getStringValue("error", 2).contains("missing_label.nrrd"), rt.getStringValue("error", 2));

        int compared = 0;
        for (String family : new String[] {"firstorder", "glcm"}) {
            for (Map.Entry<String, Double> e : ExtractFeaturesCommandTest.baseline(family).entrySet()) {
                double ref = e.getValue();
                for (int row = 0; row < 2; row++) {
                    assertEquals(ref, rt.getValue(e.getKey(), row), 1e-6 * Math.max(1, Math.abs(ref)), e.getKey());
                }
                assertTrue(Double.isNaN(rt.getValue(e.getKey(), 2)), "failed case has no " + e.getKey());
                compared++;
            }
        }
        assertTrue(compared >= 18 + 24, "compared " + compared);

        CsvTable csv = CsvTable.read(out);
        assertEquals(3, csv.rowCount());
        assertEquals("id", csv.header().get(0));
        String glcm = "original_glcm_Contrast";
        assertEquals(rt.getValue(glcm, 0), Double.parseDouble(csv.get(0, glcm)), 1e-9);
        assertTrue(csv.get(2, "error").contains("missing_label.nrrd"));
    }

    @Test
    void anUnknownColumnIsRefusedNamingIt(@TempDir Path dir) throws Exception {
        Path cohort = dir.resolve("cohort.csv");
        CsvTable.write(cohort, List.of("id", "img", "roi"), List.of(List.of("A", "a.nrrd", "b.nrrd")));
        Path out = dir.resolve("features.csv");
        Map<String, Object> in = new HashMap<>();
        in.put("cohort", cohort.toFile());
        in.put("image_column", "image");
        in.put("mask_column", "roi");
        in.put("out", out.toFile());
        CommandModule m = context.service(CommandService.class).run(ExtractCohortFeaturesCommand.class, true, in).get();
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason().contains("'image'"), m.getCancelReason());
        assertFalse(Files.exists(out), "no output for a refused input");
    }

    @Test
    void aUriCellIsRefusedNamingItsColumnRowAndId(@TempDir Path dir) throws Exception {
        Path cohort = dir.resolve("cohort.csv");
        CsvTable.write(cohort, List.of("id", "img", "roi"), List.of(List.of("A", "a.nrrd", "b.nrrd"),
                List.of("B", "hdfs://nn:8020/study/b.nrrd", "b.nrrd")));
        Path out = dir.resolve("features.csv");
        Map<String, Object> in = new HashMap<>();
        in.put("cohort", cohort.toFile());
        in.put("image_column", "img");
        in.put("mask_column", "roi");
        in.put("out", out.toFile());
        CommandModule m = context.service(CommandService.class).run(ExtractCohortFeaturesCommand.class, true, in).get();
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason().contains("column 'img', row 3 (id B): 'hdfs://nn:8020/study/b.nrrd' is a URI"),
                m.getCancelReason());
        assertFalse(Files.exists(out), "no output for a refused input");
    }
}
