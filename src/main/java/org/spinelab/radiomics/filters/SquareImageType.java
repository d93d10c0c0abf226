package org.spinelab.radiomics.filters;

import java.util.List;
import java.util.Map;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.RadiomicsSettings;

/** PyRadiomics' {@code Square} image type, named {@code square}: {@link IntensityTransforms#square(double[])} of the whole image. */
public final class SquareImageType extends FilterImageType {

    @Override
    public String name() {
        return "Square";
    }

    @Override
    public List<Derived> derive(Volume image, boolean[] roiMask, Map<String, Object> customArgs, RadiomicsSettings settings) {
        double[] out = IntensityTransforms.square(image.data());
        return List.of(new Derived("square", derivedVolume(image, out), effective(settings, customArgs)));
    }
}
