package org.spinelab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.spinelab.nomogram.BootstrapCalibration;
import org.spinelab.nomogram.LassoCv;
import org.spinelab.nomogram.ResamplingBenchmark;
import org.spinelab.radiomics.CohortExtractor;
import org.spinelab.radiomics.ExtractorSpec;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.Progress;
import org.spinelab.util.TaskRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spinelab bench spark}: cases per second of the local batch and of the Spark path on the same
 * cohort (sample-data's axial cases repeated to {@code --cases}), and Spark's overhead per case; then
 * the study's loops (calibration bootstrap replicates/s, LASSO-CV folds/s) on 1 thread, on
 * {@code --workers} threads and on Spark {@code local[workers]} ({@link ResamplingBenchmark}). Spark's
 * session start is timed separately; every distributed result is checked against the local one.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = "Local vs Spark: cohort extraction rate (extract --spark) and the study's bootstrap and"
                + " LASSO-CV loops (study --spark).")
final class BenchSparkCommand implements Callable<Integer> {

    @Option(names = "--cases", defaultValue = "300", description = "cases in the cohort (default ${DEFAULT-VALUE})")
    int cases;

    @Option(names = "--workers", defaultValue = "2", description = "local threads and Spark local[N] cores (default ${DEFAULT-VALUE})")
    int workers;

    @Option(names = "--cohort", defaultValue = "sample-data/cohort.csv",
            description = "cohort whose cet1_ax / mask_ax_true cases are repeated (default ${DEFAULT-VALUE})")
    Path cohort;

    @Option(names = "--only", description = "extract or loops: only the cohort extraction or only the study's loops"
            + " (default: both)")
    String only;

    @Option(names = "--replicates", defaultValue = "4000",
            description = "calibration bootstrap replicates of the loops part (default ${DEFAULT-VALUE})")
    int replicates;

    @Option(names = "--folds", defaultValue = "10", description = "LASSO cross-validation folds of the loops part (default ${DEFAULT-VALUE})")
    int folds;

    /** The loops' synthetic training set: cases and features (the sample study keeps 200 after SelectKBest). */
    private static final int LOOP_CASES = 150;
    private static final int LOOP_FEATURES = 200;
    private static final long SEED = 2024;
    private static final int ROUNDS = 3;

    @Spec
    CommandSpec spec;

    /** Rates of the two loops on one runner. */
    private record Loops(String runner, ResamplingBenchmark.Rate<BootstrapCalibration.Result> bootstrap,
            ResamplingBenchmark.Rate<LassoCv.Result> cv) {}

    @Override
    public Integer call() throws IOException {
        if (cases < 1 || workers < 1 || replicates < 1) {
            throw new InvalidInputException("--cases, --workers and --replicates must be ≥ 1");
        }
        if (only != null && !only.equals("extract") && !only.equals("loops")) {
            throw new InvalidInputException("--only: expected extract or loops, got '" + only + "'");
        }
        boolean extraction = !"loops".equals(only);
        boolean loops = !"extract".equals(only);
        var out = spec.commandLine().getOut();
        boolean same = true;

        ExtractionBench ex = extraction ? new ExtractionBench(cases()) : null;
        if (ex != null) {
            ex.local(workers);
        }
        ResamplingBenchmark.Problem problem = ResamplingBenchmark.synthetic(LOOP_CASES, LOOP_FEATURES, SEED);
        List<Loops> loopRates = new ArrayList<>();
        if (loops) {
            warmUp(problem, TaskRunner.local(1));
            loopRates.add(loops(problem, TaskRunner.local(1)));
            loopRates.add(loops(problem, TaskRunner.local(workers)));
        }

        long s0 = System.nanoTime();
        var session = org.spinelab.spark.SparkSessions.start("spinelab bench spark", "local[" + workers + "]");
        double startSec = (System.nanoTime() - s0) / 1e9;
        try {
            if (ex != null) {
                ex.spark(session);
            }
            if (loops) {
                TaskRunner spark = new org.spinelab.spark.SparkTaskRunner(session);
                warmUp(problem, spark);
                loopRates.add(loops(problem, spark));
            }
        } finally {
            session.stop();
        }
        out.printf(Locale.ROOT, "spark session start: %.2f s%n", startSec);
        if (ex != null) {
            same &= ex.print(out, workers);
        }
        if (loops) {
            out.printf(Locale.ROOT, "study loops on a synthetic training set of %d cases: calibration bootstrap of a"
                    + " 3-predictor logistic model (B = %d), LASSO cross-validation over %d features (%d folds; the rate"
                    + " counts the full-data path too); best of %d after a warm-up%n", LOOP_CASES, replicates, LOOP_FEATURES, folds, ROUNDS);
            Loops ref = loopRates.get(0);
            for (Loops l : loopRates) {
                boolean identical = ResamplingBenchmark.same(ref.bootstrap().result(), l.bootstrap().result())
                        && ResamplingBenchmark.same(ref.cv().result(), l.cv().result());
                same &= identical;
                out.printf(Locale.ROOT, "  %-36s bootstrap %8.1f replicates/s (%.2f s)   LASSO CV %6.2f folds/s (%.2f s)"
                        + "   identical to 1 thread: %s%n", l.runner() + ":", l.bootstrap().perSecond(), l.bootstrap().seconds(),
                        l.cv().perSecond(), l.cv().seconds(), identical);
            }
        }
        return same ? 0 : 1;
    }

    private void warmUp(ResamplingBenchmark.Problem problem, TaskRunner runner) {
        ResamplingBenchmark.bootstrap(problem, Math.max(1, replicates / 4), SEED + 1, runner);
        ResamplingBenchmark.crossValidation(problem, folds, SEED + 1, runner);
    }

    /** Best of {@value #ROUNDS} rounds of each loop (the machine may be busy with other work). */
    private Loops loops(ResamplingBenchmark.Problem problem, TaskRunner runner) {
        ResamplingBenchmark.Rate<BootstrapCalibration.Result> boot = null;
        ResamplingBenchmark.Rate<LassoCv.Result> cv = null;
        for (int round = 0; round < ROUNDS; round++) {
            var b = ResamplingBenchmark.bootstrap(problem, replicates, SEED, runner);
            var c = ResamplingBenchmark.crossValidation(problem, folds, SEED, runner);
            boot = boot == null || b.seconds() < boot.seconds() ? b : boot;
            cv = cv == null || c.seconds() < cv.seconds() ? c : cv;
        }
        return new Loops(runner.description(), boot, cv);
    }

    /** sample-data's axial cases repeated to {@code --cases}. */
    private List<CohortExtractor.Case> cases() {
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
        return list;
    }

    /** The cohort extraction part: the local batch, then Spark (one task per case, with Parquet). */
    private static final class ExtractionBench {
        private final List<CohortExtractor.Case> list;
        private final ExtractorSpec extractorSpec = new ExtractorSpec(null, null);
        private List<CohortExtractor.Outcome> local;
        private List<CohortExtractor.Outcome> distributed;
        private double localSec;
        private double sparkSec;
        private double jobSec;

        ExtractionBench(List<CohortExtractor.Case> list) {
            this.list = list;
        }

        void local(int workers) {
            CohortExtractor batch = extractorSpec.cohortExtractor();
            batch.extractAll(list.subList(0, Math.min(list.size(), 2 * workers)), workers, Progress.NONE); // JIT warm-up
            long t0 = System.nanoTime();
            local = batch.extractAll(list, workers, Progress.NONE);
            localSec = (System.nanoTime() - t0) / 1e9;
        }

        void spark(org.apache.spark.sql.SparkSession session) throws IOException {
            Path tmp = Files.createTempDirectory("spinelab-bench-spark");
            var extractor = new org.spinelab.radiomics.spark.SparkCohortExtractor(session);
            long s1 = System.nanoTime();
            var run = extractor.extract(extractorSpec, list, tmp.resolve("features.parquet"));
            sparkSec = (System.nanoTime() - s1) / 1e9;
            distributed = run.outcomes();
            jobSec = run.jobSeconds();
        }

        boolean print(java.io.PrintWriter out, int workers) {
            int cases = list.size();
            boolean same = CohortExtractor.table(local).rows().equals(CohortExtractor.table(distributed).rows());
            out.printf(Locale.ROOT, "local batch (%d threads): %d cases in %.2f s = %.2f cases/s%n", workers, cases, localSec,
                    cases / localSec);
            out.printf(Locale.ROOT, "spark local[%d] (one task per case, incl. Parquet write): %d cases in %.2f s = %.2f cases/s%n",
                    workers, cases, sparkSec, cases / sparkSec);
            out.printf(Locale.ROOT, "spark job alone (tasks + collect): %.2f s = %.2f cases/s; Parquet write %.2f s%n",
                    jobSec, cases / jobSec, sparkSec - jobSec);
            out.printf(Locale.ROOT, "spark overhead: %.1f ms per case in all, %.1f ms per case in the job; tables identical: %s%n",
                    1000 * (sparkSec - localSec) / cases, 1000 * (jobSec - localSec) / cases, same);
            return same;
        }
    }
}
