package org.spinelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.testing.SharedData;
import org.spinelab.util.CsvTable;

/** The extract command on PyRadiomics' test cases: values come from PyRadiomics' baseline table. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true)).execute(args);
    }

    private static Path data(String f) {
        return SharedData.conformance("pyradiomics/" + f);
    }

    @Test
    void oneCaseWithAParameterFile() throws Exception {
        Path params = dir.resolve("p.yaml");
        Files.writeString(params, "featureClass:\n  glcm: [Contrast]\n  firstorder: [Mean]\nsetting:\n  additionalInfo: false\n");
        Path out = dir.resolve("f.csv");
        int rc = run("extract", "--image", data("breast1_image.nrrd").toString(), "--mask", data("breast1_label.nrrd").toString(),
                "--params", params.toString(), "--out", out.toString());
        assertEquals(0, rc, err.toString());
        CsvTable t = CsvTable.read(out);
        assertEquals(1, t.rowCount());
        assertEquals(java.util.List.of("id", "image", "mask", "original_firstorder_Mean", "original_glcm_Contrast"), t.header());
        // PyRadiomics' baseline column "breast1": the glcm and Mean settings there are the defaults
        assertEquals(Double.parseDouble(baseline("glcm", "original_glcm_Contrast", "breast1")),
                t.numbers("original_glcm_Contrast")[0], 1e-9);
        assertEquals(Double.parseDouble(baseline("firstorder", "original_firstorder_Mean", "breast1")),
                t.numbers("original_firstorder_Mean")[0], 1e-9);
    }

    private static String baseline(String cls, String row, String column) {
        CsvTable t = CsvTable.read(data("baseline_" + cls + ".csv"));
        return t.get(t.strings("featureName").indexOf(row), column);
    }

    @Test
    void cohortInParallelKeepsGoingPastAFailingCase() throws Exception {
        Path cohort = dir.resolve("cohort.csv");
        Files.copy(data("brain1_image.nrrd"), dir.resolve("b_img.nrrd"));
        Files.copy(data("brain1_label.nrrd"), dir.resolve("b_lab.nrrd"));
        Files.copy(data("breast1_image.nrrd"), dir.resolve("c_img.nrrd"));
        Files.copy(data("breast1_label.nrrd"), dir.resolve("c_lab.nrrd"));
        Files.writeString(cohort, "id,img,lab\nA,b_img.nrrd,b_lab.nrrd\nB,missing.nrrd,b_lab.nrrd\nC,c_img.nrrd,c_lab.nrrd\n");
        Path params = dir.resolve("p.yaml");
        Files.writeString(params, "featureClass:\n  firstorder:\n");
        Path out = dir.resolve("feat.csv");
        int rc = run("extract", "--cohort", cohort.toString(), "--image-column", "img", "--mask-column", "lab",
                "--params", params.toString(), "--threads", "2", "--out", out.toString());
        assertEquals(1, rc);
        assertTrue(err.toString().contains("1 of 3 cases failed"), err.toString());
        CsvTable t = CsvTable.read(out);
        assertEquals("id", t.header().get(0));
        assertEquals(java.util.List.of("A", "B", "C"), t.strings("id"));
        assertTrue(t.get(1, "error").contains("missing.nrrd"), t.get(1, "error"));
        assertEquals("", t.get(0, "error"));
        // PyRadiomics' baselines, default settings: firstorder Mean of brain1 and breast1
        assertEquals(Double.parseDouble(baseline("firstorder", "original_firstorder_Mean", "brain1")),
                Double.parseDouble(t.get(0, "original_firstorder_Mean")), 1e-9);
        assertEquals(Double.parseDouble(baseline("firstorder", "original_firstorder_Mean", "breast1")),
                Double.parseDouble(t.get(2, "original_firstorder_Mean")), 1e-9);
    }

    @Test
    void badInputExitsTwoWithoutOutput() throws Exception {
        Path out = dir.resolve("none.csv");
        int rc = run("extract", "--image", dir.resolve("nope.nrrd").toString(), "--mask", data("brain1_label.nrrd").toString(),
                "--out", out.toString());
        assertEquals(2, rc);
        assertTrue(err.toString().contains("nope.nrrd"), err.toString());
        assertFalse(Files.exists(out));
        Path params = dir.resolve("bad.yaml");
        Files.writeString(params, "setting:\n  binwidth: 5\n");
        rc = run("extract", "--image", data("brain1_image.nrrd").toString(), "--mask", data("brain1_label.nrrd").toString(),
                "--params", params.toString(), "--out", out.toString());
        assertEquals(2, rc);
        assertTrue(err.toString().contains("binwidth") && err.toString().contains("bad.yaml"), err.toString());
        assertFalse(Files.exists(out));
    }
}
