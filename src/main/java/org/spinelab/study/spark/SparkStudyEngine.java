package org.spinelab.study.spark;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.spinelab.radiomics.CohortExtractor;
import org.spinelab.radiomics.ExtractorSpec;
import org.spinelab.radiomics.spark.SparkCohortExtractor;
import org.spinelab.spark.SparkTaskRunner;
import org.spinelab.study.StudyEngine;
import org.spinelab.util.Progress;

/**
 * The study's heavy steps on Apache Spark: the radiomics extraction through
 * {@link SparkCohortExtractor} (one Spark task per image, the local batch's per-case code, with the
 * parameter text shipped rather than a file path), and the LASSO cross-validation folds and calibration
 * bootstrap refits through {@link SparkTaskRunner}. Everything else runs on the driver. Image and mask
 * paths are opened by the executors, so they must name the same files on every node.
 */
public final class SparkStudyEngine implements StudyEngine {

    private final SparkSession spark;
    private final SparkTaskRunner tasks;

    public SparkStudyEngine(SparkSession spark) {
        this.spark = spark;
        this.tasks = new SparkTaskRunner(spark);
    }

    @Override
    public List<CohortExtractor.Outcome> extract(ExtractorSpec spec, List<CohortExtractor.Case> cases, Progress progress) {
        progress.message("Spark: " + cases.size() + " extraction tasks, one per image");
        return new SparkCohortExtractor(spark).extractAll(spec, cases);
    }

    @Override
    public SparkTaskRunner tasks() {
        return tasks;
    }
}
