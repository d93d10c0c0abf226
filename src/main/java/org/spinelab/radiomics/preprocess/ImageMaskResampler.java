package org.spinelab.radiomics.preprocess;

import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.RadiomicsSettings;

/**
 * Resamples an image and its mask to {@code resampledPixelSpacing} as PyRadiomics'
 * {@code imageoperations.resampleImage} does (image with {@code interpolator}, mask by nearest
 * neighbour, grid cropped to the ROI plus {@code padDistance}). Found through
 * {@link java.util.ServiceLoader}; the preprocessing calls it when both {@code interpolator} and
 * {@code resampledPixelSpacing} are set.
 */
public interface ImageMaskResampler {

    /** The resampled pair. */
    record Result(Volume image, LabelVolume mask) {}

    Result resample(Volume image, LabelVolume mask, RadiomicsSettings settings);
}
