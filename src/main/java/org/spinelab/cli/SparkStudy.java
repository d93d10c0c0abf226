package org.spinelab.cli;

import java.io.IOException;
import org.spinelab.study.RadiomicsNomogramStudy;
import org.spinelab.study.StudyOptions;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.Progress;

/**
 * {@code study --spark}: starts a Spark session and runs the study with
 * {@link org.spinelab.study.spark.SparkStudyEngine}. Spark is not inside spinelab-cli.jar (the launcher
 * or spark-submit puts it on the class path), so its absence is reported as one clear error before
 * any Spark class is touched.
 */
final class SparkStudy {

    private static final String SPARK_SESSION = "org.apache.spark.sql.SparkSession";

    private SparkStudy() {}

    static void run(StudyOptions options, String master, Progress progress) throws IOException {
        try {
            Class.forName(SPARK_SESSION, false, SparkStudy.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new InvalidInputException("--spark needs Apache Spark on the class path (./spinelab adds it;"
                    + " on a cluster run through spark-submit): missing " + SPARK_SESSION);
        }
        Runner.run(options, master, progress);
    }

    /** Separate class, so that Spark's classes are first needed after the check above. */
    private static final class Runner {
        static void run(StudyOptions options, String master, Progress progress) throws IOException {
            org.apache.spark.sql.SparkSession spark = org.spinelab.spark.SparkSessions.start("spinelab study", master);
            try {
                org.spinelab.study.spark.SparkStudyEngine engine = new org.spinelab.study.spark.SparkStudyEngine(spark);
                progress.message("Spark master " + spark.sparkContext().master() + ", default parallelism "
                        + spark.sparkContext().defaultParallelism());
                new RadiomicsNomogramStudy(options, engine, progress).run();
            } finally {
                spark.stop();
            }
        }
    }
}
