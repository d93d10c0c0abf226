package org.spinelab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.spinelab.radiomics.CohortExtractor;
import org.spinelab.radiomics.ExtractorSpec;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spinelab bench spark}: cases per second of the local batch and of the Spark path on the same
 * cohort (sample-data's axial cases repeated to {@code --cases}), and Spark's overhead per case. Both
 * use the same number of workers; Spark's session start is timed separately from the extraction.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = "Cohort extraction rate: local batch vs Spark (extract --spark).")
final class BenchSparkCommand implements Callable<Integer> {

    @Option(names = "--cases", defaultValue = "300", description = "cases in the cohort (default ${DEFAULT-VALUE})")
    int cases;

    @Option(names = "--workers", defaultValue = "2", description = "local threads and Spark local[N] cores (default ${DEFAULT-VALUE})")
    int workers;

    @Option(names = "--cohort", defaultValue = "sample-data/cohort.csv",
            description = "cohort whose cet1_ax / mask_ax_true cases are repeated (default ${DEFAULT-VALUE})")
    Path cohort;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (cases < 1 || workers < 1) {
            throw new InvalidInputException("--cases and --workers must be ≥ 1");
        }
        CsvTable t = CsvTable.read(cohort);
        List<String> images = t.strings("cet1_ax");
        List<String> masks = t.strings("mask_ax_true");
        Path dir = cohort.toAbsolutePath().getParent();
        List<CohortExtractor.Case> list = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            int r = i % t.rowCount();
            list.add(new CohortExtractor.Case(String.format(Locale.ROOT, "C%05d", i + 1), dir.resolve(images.get(r)),
                    dir.resolve(masks.get(r))));
        }
        ExtractorSpec extractorSpec = new ExtractorSpec(null, null);
        CohortExtractor batch = extractorSpec.cohortExtractor();
        batch.extractAll(list.subList(0, Math.min(list.size(), 2 * workers)), workers, Progress.NONE); // JIT warm-up

        long t0 = System.nanoTime();
        List<CohortExtractor.Outcome> local = batch.extractAll(list, workers, Progress.NONE);
        double localSec = (System.nanoTime() - t0) / 1e9;

        Path tmp = Files.createTempDirectory("spinelab-bench-spark");
        long s0 = System.nanoTime();
        var session = org.spinelab.radiomics.spark.SparkCohortExtractor.session("local[" + workers + "]");
        double startSec = (System.nanoTime() - s0) / 1e9;
        double sparkSec;
        double jobSec;
        List<CohortExtractor.Outcome> distributed;
        try {
            var extractor = new org.spinelab.radiomics.spark.SparkCohortExtractor(session);
            long s1 = System.nanoTime();
            var run = extractor.extract(extractorSpec, list, tmp.resolve("features.parquet"));
            sparkSec = (System.nanoTime() - s1) / 1e9;
            distributed = run.outcomes();
            jobSec = run.jobSeconds();
        } finally {
            session.stop();
        }
        boolean same = CohortExtractor.table(local).rows().equals(CohortExtractor.table(distributed).rows());
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "local batch (%d threads): %d cases in %.2f s = %.2f cases/s%n", workers, cases, localSec,
                cases / localSec);
        out.printf(Locale.ROOT, "spark local[%d] (one task per case, incl. Parquet write): %d cases in %.2f s = %.2f cases/s"
                + " (+ %.2f s session start)%n", workers, cases, sparkSec, cases / sparkSec, startSec);
        out.printf(Locale.ROOT, "spark job alone (tasks + collect): %.2f s = %.2f cases/s; Parquet write %.2f s%n",
                jobSec, cases / jobSec, sparkSec - jobSec);
        out.printf(Locale.ROOT, "spark overhead: %.1f ms per case in all, %.1f ms per case in the job; tables identical: %s%n",
                1000 * (sparkSec - localSec) / cases, 1000 * (jobSec - localSec) / cases, same);
        return same ? 0 : 1;
    }
}
