package org.spinelab.testing;

/**
 * A light PyRadiomics parameter set for study tests: original image only, five feature families, so a
 * study on sample-data takes seconds instead of the built-in parameters' half minute of filters.
 */
public final class LightStudyParams {

    /** Original image; shape, first order, GLCM, GLRLM and GLSZM; z-score ×100, bin width 25, label 1. */
    public static final String YAML = """
            imageType:
              Original: {}
            featureClass:
              shape:
              firstorder:
              glcm:
              glrlm:
              glszm:
            setting:
              normalize: true
              normalizeScale: 100
              binWidth: 25
              label: 1
            """;

    private LightStudyParams() {}
}
