package org.spinelab.radiomics;

/**
 * What a feature class gets: the cropped ROI of one (original or derived) image, the settings, and the
 * discretised gray levels, computed once and shared by the texture families.
 */
public final class FeatureInput {

    private final Roi roi;
    private final RadiomicsSettings settings;
    private GrayLevels grayLevels;

    public FeatureInput(Roi roi, RadiomicsSettings settings) {
        this.roi = roi;
        this.settings = settings;
    }

    public Roi roi() {
        return roi;
    }

    public RadiomicsSettings settings() {
        return settings;
    }

    /** The ROI discretised with the settings' binWidth/binCount (computed on first use). */
    public synchronized GrayLevels grayLevels() {
        if (grayLevels == null) {
            grayLevels = Discretizer.discretize(roi, settings);
        }
        return grayLevels;
    }
}
