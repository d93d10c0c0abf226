package org.spinelab.radiomics.filters;

import java.util.List;
import java.util.Map;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.RadiomicsSettings;

/** PyRadiomics' {@code SquareRoot} image type, named {@code squareroot}: {@link IntensityTransforms#squareRoot(double[])} of the whole image. */
public final class SquareRootImageType extends FilterImageType {

    @Override
    public String name() {
        return "SquareRoot";
    }

    @Override
    public List<Derived> derive(Volume image, boolean[] roiMask, Map<String, Object> customArgs, RadiomicsSettings settings) {
        double[] out = IntensityTransforms.squareRoot(image.data());
        return List.of(new Derived("squareroot", derivedVolume(image, out), effective(settings, customArgs)));
    }
}
