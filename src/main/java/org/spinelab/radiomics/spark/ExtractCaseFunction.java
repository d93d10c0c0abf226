package org.spinelab.radiomics.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.Function;
import org.spinelab.radiomics.CaseLocations;
import org.spinelab.radiomics.CohortExtractor;
import org.spinelab.radiomics.ExtractorSpec;
import org.spinelab.util.InvalidInputException;

/**
 * The Spark task of one case: {@code (id, image, mask)} → its {@link CaseRow}, through the very
 * {@link CohortExtractor#extractCase} the local batch calls. Only the {@link ExtractorSpec} is
 * shipped; each executor JVM builds the extractor once per spec and shares it between its task
 * threads (the local batch shares one extractor between its threads the same way).
 *
 * <p>An image or mask given as a URI is first copied to a local temporary file through Hadoop
 * ({@link LocalCopies}, with the driver's Hadoop configuration); the case is extracted from the copies
 * and its row names the URIs, in the image and mask columns and in an error message alike.
 */
final class ExtractCaseFunction implements Function<String[], CaseRow> {

    private static final Map<ExtractorSpec, CohortExtractor> EXTRACTORS = new ConcurrentHashMap<>();

    private final ExtractorSpec spec;
    private final HadoopConf hadoop;

    ExtractCaseFunction(ExtractorSpec spec, HadoopConf hadoop) {
        this.spec = spec;
        this.hadoop = hadoop;
    }

    @Override
    public CaseRow call(String[] idImageMask) {
        CohortExtractor batch = EXTRACTORS.computeIfAbsent(spec, ExtractorSpec::cohortExtractor);
        CohortExtractor.Case c = new CohortExtractor.Case(idImageMask[0], idImageMask[1], idImageMask[2]);
        if (!CaseLocations.isUri(c.image()) && !CaseLocations.isUri(c.mask())) {
            return CaseRow.of(batch.extractCase(c));
        }
        try (LocalCopies copies = new LocalCopies(hadoop.get())) {
            CohortExtractor.Case local = new CohortExtractor.Case(c.id(), copies.local(c.image()), copies.local(c.mask()));
            CohortExtractor.Outcome o = batch.extractCase(local);
            return CaseRow.of(new CohortExtractor.Outcome(c, o.diagnostics(), o.features(), copies.original(o.error())));
        } catch (InvalidInputException e) {
            // A URI that cannot be read is this case's error, as a missing local file is; the others go on.
            return CaseRow.of(new CohortExtractor.Outcome(c, Map.of(), Map.of(), e.getMessage()));
        }
    }
}
