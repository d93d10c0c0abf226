package org.spinelab.study;

import java.util.List;
import org.spinelab.radiomics.CohortExtractor;
import org.spinelab.radiomics.ExtractorSpec;
import org.spinelab.util.Progress;
import org.spinelab.util.TaskRunner;

/**
 * Where the study's heavy steps run: the radiomics extraction (one task per image) and the independent
 * replicates of its loops (LASSO cross-validation folds, calibration bootstrap refits). Every engine
 * runs the same per-case and per-replicate code and the study reduces the results in order, so the
 * outputs do not depend on the engine. {@link #local} uses this JVM's threads;
 * {@code org.spinelab.study.spark.SparkStudyEngine} a Spark cluster.
 */
public interface StudyEngine {

    /** Every case extracted with {@code spec}'s parameters; outcomes in the cases' order. */
    List<CohortExtractor.Outcome> extract(ExtractorSpec spec, List<CohortExtractor.Case> cases, Progress progress);

    /** Runs the folds and bootstrap replicates. */
    TaskRunner tasks();

    /** For the log and the report, e.g. "2 threads". */
    default String description() {
        return tasks().description();
    }

    /** Extraction and loops on {@code threads} threads of this JVM. */
    static StudyEngine local(int threads) {
        TaskRunner runner = TaskRunner.local(threads);
        return new StudyEngine() {
            @Override
            public List<CohortExtractor.Outcome> extract(ExtractorSpec spec, List<CohortExtractor.Case> cases,
                    Progress progress) {
                return spec.cohortExtractor().extractAll(cases, threads, progress);
            }

            @Override
            public TaskRunner tasks() {
                return runner;
            }
        };
    }
}
