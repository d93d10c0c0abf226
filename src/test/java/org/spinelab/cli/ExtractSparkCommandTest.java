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

    @Test
    void sparkReadsHadoopUrisWithConfSettings() throws Exception {
        // viewfs:// with a mount table given as --conf spark.hadoop.*: /data is this test's directory.
        Files.copy(data("brain1_image.nrrd"), dir.resolve("b_img.nrrd"));
        Files.copy(data("brain1_label.nrrd"), dir.resolve("b_lab.nrrd"));
        Files.copy(data("breast1_image.nrrd"), dir.resolve("c_img.nrrd"));
        Files.copy(data("breast1_label.nrrd"), dir.resolve("c_lab.nrrd"));
        String viewfs = "viewfs://spinelab-cli-test/data/";
        String file = dir.toUri().toString(); // file:///…/
        Path params = dir.resolve("p.yaml");
        Files.writeString(params, "featureClass:\n  firstorder:\n");
        Path paths = dir.resolve("paths.csv");
        Files.writeString(paths, "id,img,lab\nA,b_img.nrrd,b_lab.nrrd\nB,missing.nrrd,b_lab.nrrd\nC,c_img.nrrd,c_lab.nrrd\n");
        Path uris = dir.resolve("uris.csv");
        Files.writeString(uris, "id,img,lab\nA," + viewfs + "b_img.nrrd," + viewfs + "b_lab.nrrd\nB," + viewfs
                + "missing.nrrd," + file + "b_lab.nrrd\nC," + file + "c_img.nrrd," + viewfs + "c_lab.nrrd\n");
        Path local = dir.resolve("local.csv");
        assertEquals(1, run(new StringWriter(), "extract", "--cohort", paths.toString(), "--image-column", "img",
                "--mask-column", "lab", "--params", params.toString(), "--out", local.toString()));

        Path out = dir.resolve("uris-features.csv");
        StringWriter err = new StringWriter();
        assertEquals(1, run(err, "extract", "--cohort", uris.toString(), "--image-column", "img", "--mask-column", "lab",
                "--params", params.toString(), "--spark", "--master", "local[2]",
                "--conf", "spark.hadoop.fs.viewfs.mounttable.spinelab-cli-test.link./data=" + file, "--out", out.toString()));
        assertTrue(err.toString().contains("case B: " + viewfs + "missing.nrrd: no such file or directory"), err.toString());
        // The same table, its image and mask columns (and the error) naming the URIs of the cohort.
        String prefix = dir + "/";
        String expected = Files.readString(local)
                .replace("," + prefix + "b_img.nrrd," + prefix + "b_lab.nrrd,", "," + viewfs + "b_img.nrrd," + viewfs + "b_lab.nrrd,")
                .replace("," + prefix + "missing.nrrd," + prefix + "b_lab.nrrd,", "," + viewfs + "missing.nrrd," + file + "b_lab.nrrd,")
                .replace("," + prefix + "c_img.nrrd," + prefix + "c_lab.nrrd,", "," + file + "c_img.nrrd," + viewfs + "c_lab.nrrd,")
                .replace(prefix + "missing.nrrd: no such file", viewfs + "missing.nrrd: no such file");
        assertFalse(expected.contains("," + prefix), expected); // no cell names a local path any more
        assertEquals(expected, Files.readString(out));
    }

    @Test
    void aUriWithoutSparkIsAnErrorNamingItsCell() throws Exception {
        Path cohort = dir.resolve("cohort.csv");
        Files.writeString(cohort, "id,img,lab\nA,a.nrrd,a_lab.nrrd\nB,hdfs://nn:8020/study/b.nrrd,b_lab.nrrd\n");
        StringWriter err = new StringWriter();
        Path out = dir.resolve("f.csv");
        int rc = run(err, "extract", "--cohort", cohort.toString(), "--image-column", "img", "--mask-column", "lab",
                "--out", out.toString());
        assertEquals(2, rc);
        assertTrue(err.toString().contains(cohort + ": column 'img', row 3 (id B): 'hdfs://nn:8020/study/b.nrrd' is a URI;"),
                err.toString());
        assertTrue(err.toString().contains("needs --spark"), err.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void confNeedsSparkAndSparkKeys() throws Exception {
        Path cohort = dir.resolve("cohort.csv");
        Files.writeString(cohort, "id,img,lab\nA,a.nrrd,b.nrrd\n");
        String[] common = {"extract", "--cohort", cohort.toString(), "--image-column", "img", "--mask-column", "lab",
            "--out", dir.resolve("f.csv").toString()};
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, concat(common, "--conf", "spark.hadoop.fs.defaultFS=hdfs://nn")));
        assertTrue(err.toString().contains("--conf needs --spark"), err.toString());
        StringWriter key = new StringWriter();
        assertEquals(2, run(key, concat(common, "--spark", "--conf", "fs.s3a.endpoint=http://minio:9000")));
        assertTrue(key.toString().contains("--conf fs.s3a.endpoint: not a Spark setting"), key.toString());
    }

    @Test
    void fileOptionsRefuseUris() throws Exception {
        Path cohort = dir.resolve("cohort.csv");
        Files.writeString(cohort, "id,img,lab\nA,a.nrrd,b.nrrd\n");
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "extract", "--cohort", cohort.toString(), "--image-column", "img", "--mask-column", "lab",
                "--spark", "--out", "hdfs://nn:8020/study/features.csv"));
        assertTrue(err.toString().contains("--out hdfs://nn:8020/study/features.csv: a URI, but --out is a local path"),
                err.toString());
        assertFalse(Files.exists(Path.of("hdfs:")), "nothing written under a collapsed hdfs:/ path");
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
