package org.spinelab.radiomics;

import java.util.List;
import java.util.Map;
import org.spinelab.image.Volume;

/** PyRadiomics' {@code Original} image type: the image itself, named {@code original}. */
public final class OriginalImageType implements ImageType {

    @Override
    public String name() {
        return "Original";
    }

    @Override
    public List<Derived> derive(Volume image, boolean[] roiMask, Map<String, Object> customArgs, RadiomicsSettings settings) {
        RadiomicsSettings s = customArgs.isEmpty() ? settings : settings.with(customArgs, "imageType Original");
        return List.of(new Derived("original", image, s));
    }

    @Override
    public boolean needsSurroundings() {
        return false;
    }
}
