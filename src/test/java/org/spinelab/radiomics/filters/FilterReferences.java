package org.spinelab.radiomics.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import org.spinelab.image.Volume;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.radiomics.ImageType;
import org.spinelab.radiomics.RadiomicsSettings;

/**
 * Reference volumes under {@code src/test/resources/filters/} (made by the scripts in
 * {@code src/test/python/filters/} and {@code src/test/cpp/}) and a voxel-wise comparison.
 */
final class FilterReferences {

    private FilterReferences() {}

    /** A reference NRRD; a missing one fails the test. */
    static Volume read(String name) {
        URL url = FilterReferences.class.getResource("/filters/" + name);
        if (url == null) {
            fail("missing reference file filters/" + name);
        }
        try {
            return VolumeIO.read(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Asserts {@code |actual − expected| ≤ rel · max(|expected|, floor)} at every voxel, where
     * {@code floor = 1e-3 · max|expected|} (NaN matches NaN) keeps values that cancel to nearly zero from demanding more than
     * the arithmetic carries. Returns the largest relative difference seen (for reporting).
     */
    static double assertClose(Volume expected, double[] actual, double rel, String what) {
        double[] e = expected.data();
        assertEquals(e.length, actual.length, what + ": voxel count");
        double scale = 0;
        for (double v : e) {
            scale = Double.isNaN(v) ? scale : Math.max(scale, Math.abs(v));
        }
        double floor = 1e-3 * scale;
        double worst = 0;
        for (int p = 0; p < e.length; p++) {
            if (Double.isNaN(e[p]) && Double.isNaN(actual[p])) {
                continue; // both undefined (e.g. LBP var of a flat neighbourhood)
            }
            double d = Math.abs(actual[p] - e[p]) / Math.max(Math.abs(e[p]), floor);
            if (!(d <= rel)) {
                fail(what + ": voxel " + p + " expected " + e[p] + " but was " + actual[p] + " (relative " + d + ")");
            }
            worst = Math.max(worst, d);
        }
        assertTrue(scale > 0, what + ": reference is all zeros");
        return worst;
    }

    /** The derived images of {@code type} on {@code image} with PyRadiomics' default settings plus {@code args}. */
    static java.util.List<ImageType.Derived> derive(ImageType type, Volume image, Map<String, Object> args) {
        boolean[] roi = new boolean[image.data().length];
        return type.derive(image, roi, args, RadiomicsSettings.defaults());
    }
}
