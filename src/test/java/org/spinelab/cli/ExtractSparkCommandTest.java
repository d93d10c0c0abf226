package org.spinelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.testing.SharedData;
import org.spinelab.util.CsvTable;

/**
 * {@code extract --cohort … --spark} through the command line, on PyRadiomics' test cases: the CSV is
 * the local batch's byte for byte, features match PyRadiomics' baseline, a second run resumes.
 */
class ExtractSparkCommandTest {

    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        return Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true)).execute(args);
    }

    private static Path data(String f) {
        return SharedData.conformance("pyradiomics/" + f);
    }

    @Test
    void sparkCohortMatchesLocalBatchAndResumes() throws Exception {
        Path cohort = dir.resolve("cohort.csv");
        Files.copy(data("brain1_image.nrrd"), dir.resolve("b_img.nrrd"));
        Files.copy(data("brain1_label.nrrd"), dir.resolve("b_lab.nrrd"));
        Files.copy(data("breast1_image.nrrd"), dir.resolve("c_img.nrrd"));
        Files.copy(data("breast1_label.nrrd"), dir.resolve("c_lab.nrrd"));
        Files.writeString(cohort, "id,img,lab\nA,b_img.nrrd,b_lab.nrrd\nB,missing.nrrd,b_lab.nrrd\nC,c_img.nrrd,c_lab.nrrd\n");
        Path params = dir.resolve("p.yaml");
        Files.writeString(params, "featureClass:\n  firstorder:\n");
        String[] common = {"extract", "--cohort", cohort.toString(), "--image-column", "img", "--mask-column", "lab",
            "--params", params.toString()};

        Path local = dir.resolve("local.csv");
        assertEquals(1, run(new StringWriter(), concat(common, "--threads", "2", "--out", local.toString())));
        Path out = dir.resolve("feat.csv");
        StringWriter err = new StringWriter();
        assertEquals(1, run(err, concat(common, "--spark", "--master", "local[2]", "--out", out.toString())));
        assertTrue(err.toString().contains("1 of 3 cases failed"), err.toString());
        assertEquals(Files.readString(local), Files.readString(out));
        assertTrue(Files.isDirectory(dir.resolve("feat.parquet")));
        CsvTable t = CsvTable.read(out);
        CsvTable baseline = CsvTable.read(data("baseline_firstorder.csv"));
        assertEquals(Double.parseDouble(baseline.get(baseline.strings("featureName").indexOf("original_firstorder_Mean"), "breast1")),
                Double.parseDouble(t.get(2, "original_firstorder_Mean")), 1e-9);

        StringWriter again = new StringWriter();
        assertEquals(1, run(again, concat(common, "--spark", "--master", "local[2]", "--out", out.toString())));
        assertTrue(again.toString().contains("2 cases already done"), again.toString());
        assertEquals(Files.readString(local), Files.readString(out));
    }

    @Test
    void masterWithoutSparkIsAnError() throws Exception {
        Path cohort = dir.resolve("cohort.csv");
        Files.writeString(cohort, "id,img,lab\nA,a.nrrd,b.nrrd\n");
        StringWriter err = new StringWriter();
        int rc = run(err, "extract", "--cohort", cohort.toString(), "--image-column", "img", "--mask-column", "lab",
                "--master", "local[2]", "--out", dir.resolve("f.csv").toString());
        assertEquals(2, rc);
        assertTrue(err.toString().contains("--master and --parquet need --spark"), err.toString());
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
