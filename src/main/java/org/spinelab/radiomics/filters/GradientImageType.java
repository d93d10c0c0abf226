package org.spinelab.radiomics.filters;

import java.util.List;
import java.util.Map;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.RadiomicsSettings;

/**
 * PyRadiomics' {@code Gradient} image type, named {@code gradient}: the {@link GradientMagnitude} of the
 * whole image, in physical units unless {@code gradientUseSpacing} is false, rounded to single precision
 * as SimpleITK's filter (float output image) returns it to PyRadiomics.
 */
public final class GradientImageType extends FilterImageType {

    @Override
    public String name() {
        return "Gradient";
    }

    @Override
    public List<Derived> derive(Volume image, boolean[] roiMask, Map<String, Object> customArgs, RadiomicsSettings settings) {
        RadiomicsSettings s = effective(settings, customArgs);
        double[] out = GradientMagnitude.of(image, boolSetting(s, "gradientUseSpacing", true));
        for (int p = 0; p < out.length; p++) {
            out[p] = (float) out[p];
        }
        return List.of(new Derived("gradient", derivedVolume(image, out), s));
    }
}
