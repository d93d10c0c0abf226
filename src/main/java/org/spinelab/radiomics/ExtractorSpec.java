package org.spinelab.radiomics;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * How to build a {@link RadiomicsExtractor}: the parameter file (null: defaults) and an optional label
 * override. Small and serializable, so a distributed run ships this instead of the extractor, and every
 * worker builds the same extractor as the local batch does.
 *
 * @param paramsFile parameter file path as given (YAML or JSON), or null for the defaults
 * @param label      label value overriding the file's {@code label} setting, or null
 */
public record ExtractorSpec(String paramsFile, Integer label) implements Serializable {

    /** The parameters this spec names (the file read where this runs). */
    public ExtractionParameters parameters() {
        ExtractionParameters p = paramsFile == null ? ExtractionParameters.defaults() : ExtractionParameters.load(Path.of(paramsFile));
        if (label != null) {
            p = p.withSettings(p.settings().with("label", label));
        }
        return p;
    }

    /** The cohort batch for these parameters. */
    public CohortExtractor cohortExtractor() {
        return new CohortExtractor(new RadiomicsExtractor(parameters()));
    }
}
