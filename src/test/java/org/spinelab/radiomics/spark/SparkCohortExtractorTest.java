package org.spinelab.radiomics.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.radiomics.CohortExtractor;
import org.spinelab.radiomics.ExtractorSpec;
import org.spinelab.util.CsvTable;

/**
 * Spark ({@code local[2]}) against the local batch on a few sample-data cases: the reference is the
 * local batch's CSV text, which the Spark run must reproduce byte for byte (same per-case code, same
 * table and writer), failures included.
 */
class SparkCohortExtractorTest {

    private static final ExtractorSpec DEFAULTS = new ExtractorSpec(null, null);
    private static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkCohortExtractor.session("local[2]");
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
        cases.add(2, new CohortExtractor.Case("MISSING", tmp.resolve("no-such-image.nii.gz"), good.mask()));

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
            cases.add(new CohortExtractor.Case(c.id(), Files.copy(c.image(), d.resolve("img.nii.gz")),
                    Files.copy(c.mask(), d.resolve("mask.nii.gz"))));
        }
        cases.addAll(sample.subList(3, 5));
        String reference = csv(DEFAULTS.cohortExtractor().extractAll(cases, 1, org.spinelab.util.Progress.NONE), "reference.csv");

        Path parquet = tmp.resolve("features.parquet");
        SparkCohortExtractor extractor = new SparkCohortExtractor(spark);
        // First run: the three copies, and case 4 pointing at a file that is not there yet.
        CohortExtractor.Case late = sample.get(3);
        List<CohortExtractor.Case> first = new ArrayList<>(cases.subList(0, 3));
        first.add(new CohortExtractor.Case(late.id(), tmp.resolve("not-yet.nii.gz"), late.mask()));
        SparkCohortExtractor.Run r1 = extractor.extract(DEFAULTS, first, parquet);
        assertTrue(r1.outcomes().get(3).failed());
        for (CohortExtractor.Case c : cases.subList(0, 3)) {
            Files.delete(c.image());
            Files.delete(c.mask());
        }

        SparkCohortExtractor.Run r2 = extractor.extract(DEFAULTS, cases, parquet);
        assertEquals(3, r2.resumed());
        assertFalse(r2.outcomes().stream().anyMatch(CohortExtractor.Outcome::failed));
        assertEquals(reference, csv(r2.outcomes(), "resumed.csv"));

        // Third run: everything is in the Parquet now.
        assertEquals(5, extractor.extract(DEFAULTS, cases, parquet).resumed());
    }
}
