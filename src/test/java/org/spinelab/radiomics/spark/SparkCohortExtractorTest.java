package org.spinelab.radiomics.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.image.io.DicomSeriesWriter;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.radiomics.CohortExtractor;
import org.spinelab.radiomics.ExtractorSpec;
import org.spinelab.util.CsvTable;

/**
 * Spark ({@code local[2]}) against the local batch on a few sample-data cases: the reference is the
 * local batch's CSV text, which the Spark run must reproduce byte for byte (same per-case code, same
 * table and writer), failures included. Cases given as URIs are read through a real non-{@code file}
 * Hadoop file system without a cluster: {@code viewfs://} with a mount table set as {@code spark.hadoop.*}
 * settings of the session, whose {@code /data} links to a local directory.
 */
class SparkCohortExtractorTest {

    private static final ExtractorSpec DEFAULTS = new ExtractorSpec(null, null);
    /** viewfs mount table of this class (file systems are cached per scheme and authority in the JVM). */
    private static final String VIEWFS = "viewfs://spinelab-spark-test/data";
    private static SparkSession spark;

    @TempDir
    static Path shared;
    private static Path mounted;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws IOException {
        mounted = Files.createDirectory(shared.resolve("mounted"));
        spark = SparkCohortExtractor.session("local[2]", Map.of(
                "spark.hadoop.fs.viewfs.mounttable.spinelab-spark-test.link./data", "file://" + mounted));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** The first {@code n} sample-data cases: axial contrast T1 and its true mask. */
    private static List<CohortExtractor.Case> sampleCases(int n) {
        Path dir = Path.of("sample-data").toAbsolutePath();
        CsvTable t = CsvTable.read(dir.resolve("cohort.csv"));
        List<String> ids = t.strings("id");
        List<String> images = t.strings("cet1_ax");
        List<String> masks = t.strings("mask_ax_true");
        List<CohortExtractor.Case> cases = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            cases.add(new CohortExtractor.Case(ids.get(r), dir.resolve(images.get(r)), dir.resolve(masks.get(r))));
        }
        return cases;
    }

    /** The case as the executors see it (URIs) and the same files as local paths (the local batch's case). */
    private record UriCase(CohortExtractor.Case uris, CohortExtractor.Case paths) {}

    /** {@code file} (a path under the mounted directory) and its viewfs URI. */
    private static String[] viewfs(String relative) {
        return new String[] {VIEWFS + "/" + relative, mounted.resolve(relative).toString()};
    }

    /** A local file and its {@code file:///} URI. */
    private static String[] fileUri(String path) {
        return new String[] {Path.of(path).toUri().toString(), path};
    }

    private static UriCase uriCase(String id, String[] image, String[] mask) {
        return new UriCase(new CohortExtractor.Case(id, image[0], mask[0]), new CohortExtractor.Case(id, image[1], mask[1]));
    }

    /** Copies a file into the mounted directory under {@code relative}. */
    private static Path mount(String from, String relative) throws IOException {
        Path to = mounted.resolve(relative);
        Files.createDirectories(to.getParent());
        return Files.copy(Path.of(from), to);
    }

    /** The local batch's outcomes over the paths, renamed to the URIs: what a Spark run over the URIs must give. */
    private static List<CohortExtractor.Outcome> expected(List<UriCase> cases) {
        List<CohortExtractor.Case> paths = cases.stream().map(UriCase::paths).toList();
        List<CohortExtractor.Outcome> local = DEFAULTS.cohortExtractor().extractAll(paths, 2, org.spinelab.util.Progress.NONE);
        List<CohortExtractor.Outcome> renamed = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            CohortExtractor.Outcome o = local.get(i);
            String error = o.error();
            if (error != null) {
                CohortExtractor.Case c = cases.get(i).paths();
                CohortExtractor.Case u = cases.get(i).uris();
                error = error.replace(c.image(), u.image()).replace(c.mask(), u.mask());
            }
            renamed.add(new CohortExtractor.Outcome(cases.get(i).uris(), o.diagnostics(), o.features(), error));
        }
        return renamed;
    }

    /** This JVM's temporary case directories (the executors of local[2] run in it). */
    private static Set<Path> caseTempDirs() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("spinelab-case-")).collect(Collectors.toSet());
        }
    }

    private String csv(List<CohortExtractor.Outcome> outcomes, String name) throws IOException {
        CohortExtractor.Table t = CohortExtractor.table(outcomes);
        Path f = tmp.resolve(name);
        CsvTable.write(f, t.header(), t.rows());
        return Files.readString(f);
    }

    @Test
    void sparkTableEqualsLocalBatchAndReportsTheMissingImage() throws IOException {
        List<CohortExtractor.Case> cases = new ArrayList<>(sampleCases(5));
        CohortExtractor.Case good = cases.get(0);
        cases.add(2, new CohortExtractor.Case("MISSING", tmp.resolve("no-such-image.nii.gz").toString(), good.mask()));

        List<CohortExtractor.Outcome> local = DEFAULTS.cohortExtractor().extractAll(cases, 2, org.spinelab.util.Progress.NONE);
        SparkCohortExtractor.Run run = new SparkCohortExtractor(spark).extract(DEFAULTS, cases, tmp.resolve("f.parquet"));

        assertEquals(0, run.resumed());
        assertTrue(run.outcomes().get(2).failed());
        assertTrue(run.outcomes().get(2).error().contains("no-such-image.nii.gz"), run.outcomes().get(2).error());
        assertEquals(5, run.outcomes().stream().filter(o -> !o.failed()).count());
        String localCsv = csv(local, "local.csv");
        assertTrue(localCsv.lines().findFirst().orElseThrow().endsWith(",error"));
        assertEquals(localCsv, csv(run.outcomes(), "spark.csv"));
    }

    @Test
    void rerunSkipsCasesAlreadyInTheParquetAndRetriesFailures() throws IOException {
        // Three cases from copies that are deleted after the first run: the second run can only
        // have them if it takes them from the Parquet rather than extracting them again.
        List<CohortExtractor.Case> sample = sampleCases(5);
        List<CohortExtractor.Case> cases = new ArrayList<>();
        for (CohortExtractor.Case c : sample.subList(0, 3)) {
            Path d = Files.createDirectories(tmp.resolve("copies").resolve(c.id()));
            cases.add(new CohortExtractor.Case(c.id(), Files.copy(Path.of(c.image()), d.resolve("img.nii.gz")),
                    Files.copy(Path.of(c.mask()), d.resolve("mask.nii.gz"))));
        }
        cases.addAll(sample.subList(3, 5));
        String reference = csv(DEFAULTS.cohortExtractor().extractAll(cases, 1, org.spinelab.util.Progress.NONE), "reference.csv");

        Path parquet = tmp.resolve("features.parquet");
        SparkCohortExtractor extractor = new SparkCohortExtractor(spark);
        // First run: the three copies, and case 4 pointing at a file that is not there yet.
        CohortExtractor.Case late = sample.get(3);
        List<CohortExtractor.Case> first = new ArrayList<>(cases.subList(0, 3));
        first.add(new CohortExtractor.Case(late.id(), tmp.resolve("not-yet.nii.gz").toString(), late.mask()));
        SparkCohortExtractor.Run r1 = extractor.extract(DEFAULTS, first, parquet);
        assertTrue(r1.outcomes().get(3).failed());
        for (CohortExtractor.Case c : cases.subList(0, 3)) {
            Files.delete(Path.of(c.image()));
            Files.delete(Path.of(c.mask()));
        }

        SparkCohortExtractor.Run r2 = extractor.extract(DEFAULTS, cases, parquet);
        assertEquals(3, r2.resumed());
        assertFalse(r2.outcomes().stream().anyMatch(CohortExtractor.Outcome::failed));
        assertEquals(reference, csv(r2.outcomes(), "resumed.csv"));

        // Third run: everything is in the Parquet now.
        assertEquals(5, extractor.extract(DEFAULTS, cases, parquet).resumed());
    }

    @Test
    void uriCasesGiveTheLocalBatchTableNamingTheUris() throws IOException {
        List<CohortExtractor.Case> sample = sampleCases(5);
        // A DICOM series pair (image and mask) made from case 3, in the mounted directory.
        CohortExtractor.Case dicom = sample.get(2);
        DicomSeriesWriter.write(VolumeIO.read(Path.of(dicom.image())), mounted.resolve("dcm/image"),
                DicomSeriesWriter.Series.seeded("spark-uri-test/image"));
        DicomSeriesWriter.write(VolumeIO.read(Path.of(dicom.mask())), mounted.resolve("dcm/mask"),
                DicomSeriesWriter.Series.seeded("spark-uri-test/mask"));
        mount(sample.get(0).image(), "P1/cet1_ax.nii.gz");
        mount(sample.get(0).mask(), "P1/mask_ax_true.nii.gz");
        // Image and mask with one file name, in two directories.
        mount(sample.get(3).image(), "same/a/case.nii.gz");
        mount(sample.get(3).mask(), "same/b/case.nii.gz");
        // A damaged file: its error names the URI, never the temporary copy.
        Path broken = mounted.resolve("broken/cet1_ax.nii.gz");
        Files.createDirectories(broken.getParent());
        Files.write(broken, Arrays.copyOf(Files.readAllBytes(Path.of(sample.get(0).image())), 200));

        List<UriCase> cases = List.of(
                uriCase("VIEWFS", viewfs("P1/cet1_ax.nii.gz"), viewfs("P1/mask_ax_true.nii.gz")),
                uriCase("FILE", fileUri(sample.get(1).image()), fileUri(sample.get(1).mask())),
                uriCase("DICOM", viewfs("dcm/image/"), viewfs("dcm/mask")),
                uriCase("MISSING", viewfs("no-such/image.nii.gz"), viewfs("P1/mask_ax_true.nii.gz")),
                uriCase("SAME-NAME", viewfs("same/a/case.nii.gz"), viewfs("same/b/case.nii.gz")),
                uriCase("BROKEN", viewfs("broken/cet1_ax.nii.gz"), viewfs("P1/mask_ax_true.nii.gz")),
                uriCase("PATHS", new String[] {sample.get(4).image(), sample.get(4).image()},
                        new String[] {sample.get(4).mask(), sample.get(4).mask()}));
        List<CohortExtractor.Outcome> expected = expected(cases);
        Set<Path> tempBefore = caseTempDirs();

        Path parquet = tmp.resolve("uris.parquet");
        List<CohortExtractor.Case> uris = cases.stream().map(UriCase::uris).toList();
        SparkCohortExtractor.Run run = new SparkCohortExtractor(spark).extract(DEFAULTS, uris, parquet);

        List<String> failed = run.outcomes().stream().filter(CohortExtractor.Outcome::failed)
                .map(o -> o.c().id()).toList();
        assertEquals(List.of("MISSING", "BROKEN"), failed);
        assertEquals(VIEWFS + "/no-such/image.nii.gz: no such file or directory", run.outcomes().get(3).error());
        assertTrue(run.outcomes().get(5).error().startsWith(VIEWFS + "/broken/cet1_ax.nii.gz: "), run.outcomes().get(5).error());
        String sparkCsv = csv(run.outcomes(), "spark.csv");
        assertEquals(csv(expected, "expected.csv"), sparkCsv);
        assertTrue(sparkCsv.contains(",viewfs://spinelab-spark-test/data/dcm/image/,"), "the image column names the URI as given");
        assertEquals(tempBefore, caseTempDirs(), "temporary copies are deleted");

        // Resume: once the missing image is there, only the two failed cases run again.
        mount(sample.get(0).image(), "no-such/image.nii.gz");
        SparkCohortExtractor.Run again = new SparkCohortExtractor(spark).extract(DEFAULTS, uris, parquet);
        assertEquals(5, again.resumed());
        assertEquals(csv(expected(cases), "expected-again.csv"), csv(again.outcomes(), "spark-again.csv"));
        assertEquals(List.of("BROKEN"), again.outcomes().stream().filter(CohortExtractor.Outcome::failed)
                .map(o -> o.c().id()).toList());
        assertEquals(tempBefore, caseTempDirs());
    }
}
