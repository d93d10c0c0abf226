package org.spinelab.radiomics.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.Function;
import org.spinelab.radiomics.CohortExtractor;
import org.spinelab.radiomics.ExtractorSpec;

/**
 * The Spark task of one case: {@code (id, image, mask)} → its {@link CaseRow}, through the very
 * {@link CohortExtractor#extractCase} the local batch calls. Only the {@link ExtractorSpec} is
 * shipped; each executor JVM builds the extractor once per spec and shares it between its task
 * threads (the local batch shares one extractor between its threads the same way).
 */
final class ExtractCaseFunction implements Function<String[], CaseRow> {

    private static final Map<ExtractorSpec, CohortExtractor> EXTRACTORS = new ConcurrentHashMap<>();

    private final ExtractorSpec spec;

    ExtractCaseFunction(ExtractorSpec spec) {
        this.spec = spec;
    }

    @Override
    public CaseRow call(String[] idImageMask) {
        CohortExtractor batch = EXTRACTORS.computeIfAbsent(spec, ExtractorSpec::cohortExtractor);
        CohortExtractor.Case c = new CohortExtractor.Case(idImageMask[0], Path.of(idImageMask[1]), Path.of(idImageMask[2]));
        return CaseRow.of(batch.extractCase(c));
    }
}
