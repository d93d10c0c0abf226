package org.spinelab.radiomics;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * How to build a {@link RadiomicsExtractor}: the parameter file (null: defaults) or the parameter text
 * itself, and an optional label override. Small and serializable, so a distributed run ships this
 * instead of the extractor, and every worker builds the same extractor as the local batch does.
 *
 * @param paramsFile parameter file path as given (YAML or JSON), or null for the defaults; with
 *                   {@code paramsText}, only the name of that text's source (for messages)
 * @param label      label value overriding the file's {@code label} setting, or null
 * @param paramsText the parameter text itself, or null to read {@code paramsFile} where this runs
 */
public record ExtractorSpec(String paramsFile, Integer label, String paramsText) implements Serializable {

    /** Parameters read from {@code paramsFile} (null: defaults) where the extractor is built. */
    public ExtractorSpec(String paramsFile, Integer label) {
        this(paramsFile, label, null);
    }

    /** Parameters given as text (e.g. the study's, which may be a built-in resource); {@code source} names it. */
    public static ExtractorSpec ofText(String source, String text) {
        return new ExtractorSpec(source, null, text);
    }

    /** The parameters this spec names (the file read where this runs). */
    public ExtractionParameters parameters() {
        ExtractionParameters p;
        if (paramsText != null) {
            p = ExtractionParameters.parse(paramsText, paramsFile);
        } else {
            p = paramsFile == null ? ExtractionParameters.defaults() : ExtractionParameters.load(Path.of(paramsFile));
        }
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
