package org.spinelab.radiomics.preprocess;

import java.util.List;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.RadiomicsSettings;
import org.spinelab.radiomics.resample.Interpolator;
import org.spinelab.radiomics.resample.ResampledPair;
import org.spinelab.radiomics.resample.Resampler;

/** Adapts {@link Resampler} (PyRadiomics' {@code resampleImage}) to the preprocessing's resampling step. */
public final class PyRadiomicsResampler implements ImageMaskResampler {

    @Override
    public Result resample(Volume image, LabelVolume mask, RadiomicsSettings s) {
        List<Double> sp = s.resampledPixelSpacing();
        double[] spacing = {sp.get(0), sp.get(1), sp.get(2)};
        ResampledPair r = Resampler.resample(image, mask.volume(), spacing, Interpolator.fromName(s.interpolator()),
                s.label(), s.padDistance());
        return new Result(r.image(), LabelVolume.of(r.mask(), "resampled mask"));
    }
}
