package org.spinelab.radiomics.filters;

import java.util.List;
import java.util.Map;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.RadiomicsSettings;

/** PyRadiomics' {@code Logarithm} image type, named {@code logarithm}: {@link IntensityTransforms#logarithm(double[])} of the whole image. */
public final class LogarithmImageType extends FilterImageType {

    @Override
    public String name() {
        return "Logarithm";
    }

    @Override
    public List<Derived> derive(Volume image, boolean[] roiMask, Map<String, Object> customArgs, RadiomicsSettings settings) {
        double[] out = IntensityTransforms.logarithm(image.data());
        return List.of(new Derived("logarithm", derivedVolume(image, out), effective(settings, customArgs)));
    }
}
