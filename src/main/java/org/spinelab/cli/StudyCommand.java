package org.spinelab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.spinelab.nomogram.SignatureSelection;
import org.spinelab.study.ModelApplication;
import org.spinelab.study.RadiomicsNomogramStudy;
import org.spinelab.study.StudyModel;
import org.spinelab.study.StudyNomogram;
import org.spinelab.study.StudyOptions;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spinelab study}: the radiomics-nomogram paper end to end ({@link RadiomicsNomogramStudy});
 * {@code spinelab study apply}: its model.json applied to new patients ({@link ModelApplication}).
 */
@Command(name = "study", mixinStandardHelpOptions = true,
        description = {"The radiomics-nomogram paper, end to end: DIR/report.html, DIR/tables/*.csv, DIR/figures/*.png,",
            "DIR/model.json and DIR/summary.json. 'study apply' scores new patients with a model.json."},
        subcommands = StudyCommand.Apply.class)
final class StudyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--cohort", description = "Cohort table (CSV, the columns of sample-data/cohort.csv).")
    Path cohort;

    @Option(names = "--out", description = "Output folder (must not exist or be empty, unless --overwrite).")
    Path out;

    @Option(names = "--seed", defaultValue = "2024", description = "Seed of the 7:3 split, LASSO folds and bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--params", description = "PyRadiomics parameter file (default: the built-in study/params.yaml).")
    Path params;

    @Option(names = "--threads", description = "Threads for the extraction, the LASSO cross-validation folds and the"
            + " calibration bootstrap (default: the number of processors).")
    Integer threads;

    @Option(names = "--spark", description = "Extraction (one task per image), LASSO cross-validation folds and calibration"
            + " bootstrap on Apache Spark; same results as without. Image and mask paths must be readable by every executor.")
    boolean spark;

    @Option(names = "--master", description = "Spark master URL with --spark (default: the spark-submit master, else local[*]).")
    String master;

    @Option(names = "--k-best", defaultValue = "0", description = "SelectKBest's k (default 0: the paper's share, 695/1161 of the ANOVA survivors).")
    int kBest;

    @Option(names = "--bootstrap", defaultValue = "200", description = "Bootstrap replicates of the training calibration curve (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--lambda", defaultValue = "1se",
            description = "LASSO's λ from cross-validation: 1se (largest λ within one SE of the best, default) or min.")
    String lambda;

    @Option(names = "--overwrite", description = "Replace an existing non-empty --out folder (after the new results are complete).")
    boolean overwrite;

    @Override
    public Integer call() throws IOException {
        if (cohort == null || out == null) {
            throw new InvalidInputException("study needs --cohort C.csv and --out DIR (or 'study apply …')");
        }
        if (master != null && !spark) {
            throw new InvalidInputException("--master needs --spark");
        }
        if (threads != null && spark) {
            throw new InvalidInputException("--threads is not used with --spark: the Spark master sets the parallelism"
                    + " (e.g. --master local[4])");
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        SignatureSelection.LambdaRule rule = switch (lambda) {
            case "1se" -> SignatureSelection.LambdaRule.ONE_SE;
            case "min" -> SignatureSelection.LambdaRule.MIN;
            default -> throw new InvalidInputException("--lambda: expected 1se or min, got '" + lambda + "'");
        };
        StudyOptions o = new StudyOptions(cohort, out, seed, params, t, overwrite, kBest, bootstrap, rule);
        long t0 = System.nanoTime();
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        if (spark) {
            SparkStudy.run(o, master, progress);
        } else {
            new RadiomicsNomogramStudy(o, progress).run();
        }
        spec.commandLine().getErr().printf("study finished in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    /** {@code spinelab study apply --model DIR/model.json --cohort new.csv --out P.csv}. */
    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = "Apply a study's model.json to new patients: rad-score, clinical and nomogram probabilities and calls, "
                    + "points per nomogram predictor and total points.")
    static final class Apply implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--model", required = true, description = "model.json written by 'spinelab study'.")
        Path model;

        @Option(names = "--cohort", required = true,
                description = "Table of the new patients: id, image and mask columns, clinical factors the models use.")
        Path cohort;

        @Option(names = "--threads", description = "Cases extracted in parallel (default: the number of processors).")
        Integer threads;

        @Option(names = "--out", required = true, description = "Output CSV (id, rad_score, …, nomogram_probability, nomogram_call, "
                + "points_<predictor> per nomogram predictor, total_points).")
        Path out;

        @Override
        public Integer call() throws IOException {
            int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (t < 1) {
                throw new InvalidInputException("--threads: must be at least 1, got " + t);
            }
            StudyModel m = StudyModel.read(model);
            List<ModelApplication.Prediction> p = ModelApplication.apply(m, cohort, t,
                    new ConsoleProgress(spec.commandLine().getErr()));
            if (!StudyNomogram.available(m)) {
                spec.commandLine().getErr().println("spinelab: note: " + model
                        + " has no nomogram axes (an older model.json): no points columns; run the study again for them");
            }
            CsvTable.write(out, ModelApplication.header(m), ModelApplication.rows(p));
            return 0;
        }
    }
}
