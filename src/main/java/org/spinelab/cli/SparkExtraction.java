package org.spinelab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.spinelab.radiomics.CohortExtractor;
import org.spinelab.radiomics.ExtractorSpec;
import org.spinelab.util.InvalidInputException;

/**
 * {@code extract --cohort … --spark}: starts a Spark session and hands the cases to
 * {@link org.spinelab.radiomics.spark.SparkCohortExtractor}. Spark is not inside spinelab-cli.jar
 * (the launcher or spark-submit puts it on the class path), so its absence is reported as one clear
 * error rather than a stack trace.
 */
final class SparkExtraction {

    private SparkExtraction() {}

    static List<CohortExtractor.Outcome> run(ExtractorSpec spec, List<CohortExtractor.Case> cases, String master,
            Map<String, String> conf, Path parquet, PrintWriter err) {
        try {
            return Runner.run(spec, cases, master, conf, parquet, err);
        } catch (NoClassDefFoundError e) {
            throw new InvalidInputException("--spark needs Apache Spark on the class path (./spinelab adds it;"
                    + " on a cluster run through spark-submit): missing " + e.getMessage());
        }
    }

    /** Separate class, so that Spark's classes are first needed inside the try above. */
    private static final class Runner {
        static List<CohortExtractor.Outcome> run(ExtractorSpec spec, List<CohortExtractor.Case> cases, String master,
                Map<String, String> conf, Path parquet, PrintWriter err) {
            org.apache.spark.sql.SparkSession spark = org.spinelab.radiomics.spark.SparkCohortExtractor.session(master, conf);
            try {
                err.println("spinelab: Spark master " + spark.sparkContext().master() + ", " + cases.size() + " cases");
                org.spinelab.radiomics.spark.SparkCohortExtractor.Run run =
                        new org.spinelab.radiomics.spark.SparkCohortExtractor(spark).extract(spec, cases, parquet);
                err.println("spinelab: " + run.resumed() + " cases already done in " + parquet + ", "
                        + (cases.size() - run.resumed()) + " extracted");
                err.flush();
                return run.outcomes();
            } finally {
                spark.stop();
            }
        }
    }
}
