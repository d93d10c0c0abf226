package org.spinelab.radiomics;

import java.util.List;
import java.util.Map;
import org.spinelab.image.Volume;

/**
 * A PyRadiomics image type (the {@code imageType:} block): Original, LoG, Wavelet, Square, … Each
 * yields one or more derived images on the prepared image's grid, named as in PyRadiomics' feature
 * names ({@code original}, {@code log-sigma-1-0-mm-3D}, {@code wavelet-LLH}, {@code square}). Found
 * through {@link java.util.ServiceLoader} ({@code META-INF/services/org.spinelab.radiomics.ImageType}).
 */
public interface ImageType {

    /** A derived image and the settings its features are computed with. */
    record Derived(String name, Volume image, RadiomicsSettings settings) {}

    /** The name in parameter files, e.g. {@code Original}, {@code LoG}. */
    String name();

    /**
     * The derived images of {@code image}. {@code customArgs} are the image type's own settings from the
     * parameter file; they override {@code settings} for this type.
     */
    List<Derived> derive(Volume image, boolean[] roiMask, Map<String, Object> customArgs, RadiomicsSettings settings);

    /**
     * True when the filter needs the image around the ROI (every filter but Original); the extractor then
     * keeps the whole image instead of cropping to the ROI early.
     */
    default boolean needsSurroundings() {
        return true;
    }
}
