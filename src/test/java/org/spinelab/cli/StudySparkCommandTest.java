package org.spinelab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.testing.LightStudyParams;

/**
 * {@code study --spark} against {@code study} on this JVM's threads, on sample-data/cohort.csv (light
 * radiomics parameters, a short bootstrap, to keep the test short): the extraction, the LASSO
 * cross-validation folds and the calibration bootstrap run as Spark tasks, and every output file is
 * the local run's, byte for byte — tables/*.csv, model.json, summary.json and the figures.
 *
 * <p>report.html differs in exactly two places, which the comparison masks: the end of the "Versions"
 * line, where the heavy steps ran ("run on 2 threads" against "run on Apache Spark 4.2.0, master
 * local[2]"), and the "Run time (s)" line, wall-clock seconds of each step, which differ between any two
 * runs, local ones included. Nothing else in any file depends on the engine.
 */
class StudySparkCommandTest {

    private static final String LIGHT_PARAMS = LightStudyParams.YAML;

    @TempDir
    Path dir;

    private static int run(StringWriter err, String... args) {
        return Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void sparkStudyWritesTheLocalStudysFiles() throws Exception {
        Path params = dir.resolve("light.yaml");
        Files.writeString(params, LIGHT_PARAMS);
        String cohort = Path.of("sample-data/cohort.csv").toAbsolutePath().toString();
        Path local = dir.resolve("local");
        Path spark = dir.resolve("spark");
        StringWriter localErr = new StringWriter();
        assertEquals(0, run(localErr, "study", "--cohort", cohort, "--params", params.toString(), "--bootstrap", "60",
                "--threads", "2", "--out", local.toString()), localErr.toString());
        StringWriter sparkErr = new StringWriter();
        assertEquals(0, run(sparkErr, "study", "--cohort", cohort, "--params", params.toString(), "--bootstrap", "60",
                "--spark", "--master", "local[2]", "--out", spark.toString()), sparkErr.toString());
        assertTrue(sparkErr.toString().contains("Spark: 188 extraction tasks"), sparkErr.toString());

        List<Path> files = files(local);
        assertEquals(files, files(spark), "the same files");
        for (String required : List.of("model.json", "summary.json", "report.html", "tables/table2_performance.csv",
                "tables/calibration.csv", "tables/feature_selection.csv", "figures/calibration_training.png")) {
            assertTrue(files.contains(Path.of(required)), required);
        }
        for (Path f : files) {
            if (!f.toString().equals("report.html")) {
                assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(spark.resolve(f)), f.toString());
            }
        }
        String localHtml = Files.readString(local.resolve("report.html"));
        String sparkHtml = Files.readString(spark.resolve("report.html"));
        assertTrue(localHtml.contains("; run on 2 threads.</p>"), "engine note, local");
        assertTrue(sparkHtml.contains("; run on Apache Spark 4.2.0, master local[2].</p>"), "engine note, Spark");
        assertEquals(masked(localHtml), masked(sparkHtml));
    }

    /** The report without the engine at the end of the Versions line and without the run-time numbers. */
    private static String masked(String html) {
        String out = html.replaceAll("; run on [^<]*\\.</p>", "; run on ENGINE.</p>")
                .replaceAll("Run time \\(s\\): [^<]*files:", "Run time (s): SECONDS files:");
        assertFalse(out.equals(html), "nothing masked");
        return out;
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void masterWithoutSparkAndThreadsWithSparkAreErrors() {
        String cohort = Path.of("sample-data/cohort.csv").toAbsolutePath().toString();
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "study", "--cohort", cohort, "--master", "local[2]", "--out", dir.resolve("a").toString()));
        assertTrue(err.toString().contains("spinelab: error: --master needs --spark"), err.toString());
        StringWriter err2 = new StringWriter();
        assertEquals(2, run(err2, "study", "--cohort", cohort, "--spark", "--threads", "2", "--out", dir.resolve("b").toString()));
        assertTrue(err2.toString().contains("spinelab: error: --threads is not used with --spark"), err2.toString());
        assertFalse(Files.exists(dir.resolve("a")) || Files.exists(dir.resolve("b")), "no output folder");
    }

    @Test
    void aUriImageCellIsRefusedNamingItsColumnAndLine() throws Exception {
        Path cohort = dir.resolve("uri-cohort.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("sample-data/cohort.csv")));
        List<String> header = List.of(lines.get(0).split(","));
        String[] cells = lines.get(3).split(",", -1);
        cells[header.indexOf("t2fs_sag")] = "hdfs://namenode:8020/study/P003/t2fs_sag.nii.gz";
        lines.set(3, String.join(",", cells));
        Files.write(cohort, lines);
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "study", "--cohort", cohort.toString(), "--spark", "--master", "local[2]",
                "--out", dir.resolve("u").toString()));
        assertTrue(err.toString().contains("column 't2fs_sag' line 4: 'hdfs://namenode:8020/study/P003/t2fs_sag.nii.gz'"
                + " is a URI"), err.toString());
        assertFalse(Files.exists(dir.resolve("u")), "no output folder");
    }
}
