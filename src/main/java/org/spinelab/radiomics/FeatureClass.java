package org.spinelab.radiomics;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A PyRadiomics feature family ("feature class": firstorder, glcm, shape, …). Implementations are found
 * through {@link java.util.ServiceLoader} ({@code META-INF/services/org.spinelab.radiomics.FeatureClass}),
 * so a new family is a new class and one line in that file.
 */
public interface FeatureClass {

    /** When the family is computed. */
    enum Scope {
        /** Once per case, on the original image's mask (PyRadiomics' shape and shape2D). */
        SHAPE,
        /** For every image type (original, filtered), on the cropped intensities. */
        INTENSITY
    }

    /** PyRadiomics' name of the family, e.g. {@code glcm}; used in feature names and parameter files. */
    String name();

    /** All non-deprecated feature names, in PyRadiomics' output order (alphabetical). */
    List<String> featureNames();

    default Scope scope() {
        return Scope.INTENSITY;
    }

    /** Position in the output among families (PyRadiomics: shape, shape2D, then alphabetical). */
    default int order() {
        return 100;
    }

    /**
     * True when the family is enabled by default (PyRadiomics enables everything but shape2D when no
     * feature class is named).
     */
    default boolean enabledByDefault() {
        return true;
    }

    /**
     * Computes the {@code enabled} features (a subset of {@link #featureNames()}), keyed by feature
     * name without prefix, in {@link #featureNames()} order.
     */
    Map<String, Double> compute(FeatureInput input, Set<String> enabled);
}
