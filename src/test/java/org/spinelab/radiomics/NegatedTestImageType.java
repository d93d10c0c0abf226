package org.spinelab.radiomics;

import java.util.List;
import java.util.Map;
import org.spinelab.image.Volume;

/**
 * A test-only image type (registered in the test class path's services file): the negated image,
 * named {@code testnegated}. It shows that a derived image plugs in through {@link ImageType}.
 */
public final class NegatedTestImageType implements ImageType {

    @Override
    public String name() {
        return "TestNegated";
    }

    @Override
    public List<Derived> derive(Volume image, boolean[] roiMask, Map<String, Object> customArgs, RadiomicsSettings settings) {
        double[] d = image.data().clone();
        for (int n = 0; n < d.length; n++) {
            d[n] = -d[n];
        }
        return List.of(new Derived("testnegated", Volume.wrap(image.geometry(), d, image.metadata()),
                customArgs.isEmpty() ? settings : settings.with(customArgs, "imageType TestNegated")));
    }
}
