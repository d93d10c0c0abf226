package org.spinelab.radiomics.filters;

import java.util.List;
import java.util.Map;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.RadiomicsSettings;

/** PyRadiomics' {@code Exponential} image type, named {@code exponential}: {@link IntensityTransforms#exponential(double[])} of the whole image. */
public final class ExponentialImageType extends FilterImageType {

    @Override
    public String name() {
        return "Exponential";
    }

    @Override
    public List<Derived> derive(Volume image, boolean[] roiMask, Map<String, Object> customArgs, RadiomicsSettings settings) {
        double[] out = IntensityTransforms.exponential(image.data());
        return List.of(new Derived("exponential", derivedVolume(image, out), effective(settings, customArgs)));
    }
}
