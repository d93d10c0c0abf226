package org.spinelab.radiomics.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.ImageType;
import org.spinelab.util.InvalidInputException;

/**
 * LBP2D against scikit-image 0.19.3's {@code local_binary_pattern} applied slice by slice as PyRadiomics
 * does ({@code make_filter_references.py}), for every method and each slicing axis, to 1e-12.
 */
class LBP2DImageTypeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "default-settings, , , , 0",
        "r2-p16-default-d1, 2, 16, default, 1",
        "r1.5-p12-ror-d2, 1.5, 12, ror, 2",
        "r1-p8-nri, 1, 8, nri_uniform, 0",
        "r1-p8-var, 1, 8, var, 0",
    })
    void matchesScikitImage(String id, Double radius, Integer samples, String method, int dim) {
        Map<String, Object> args = new LinkedHashMap<>();
        if (radius != null) {
            args.put("lbp2DRadius", radius);
            args.put("lbp2DSamples", samples);
            args.put("lbp2DMethod", method);
        }
        args.put("force2Ddimension", dim);
        Volume image = FilterReferences.read("volume_b.nrrd");
        List<ImageType.Derived> out = FilterReferences.derive(new LBP2DImageType(), image, args);
        assertEquals("lbp-2D", out.get(0).name());
        FilterReferences.assertClose(FilterReferences.read("lbp2d_" + id + ".nrrd"), out.get(0).image().data(), 1e-12, id);
    }

    /** On an int16 image PyRadiomics stores the codes into int16: var truncated, 16-sample codes wrapped. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"int16-r1-p8-var, 1, 8, var", "int16-r1-p16-default, 1, 16, default"})
    void integerImagesGetNumpysStoredValues(String id, double radius, int samples, String method) {
        Volume image = FilterReferences.read("volume_b_int16.nrrd");
        Map<String, Object> args = Map.of("lbp2DRadius", radius, "lbp2DSamples", samples, "lbp2DMethod", method);
        List<ImageType.Derived> out = FilterReferences.derive(new LBP2DImageType(), image, args);
        FilterReferences.assertClose(FilterReferences.read("lbp2d_" + id + ".nrrd"), out.get(0).image().data(), 0, id);
    }

    @Test
    void unknownMethodIsNamed() {
        Volume image = FilterReferences.read("volume_c.nrrd");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> FilterReferences.derive(new LBP2DImageType(), image, Map.of("lbp2DMethod", "fancy")));
        assertTrue(e.getMessage().contains("lbp2DMethod") && e.getMessage().contains("fancy"), e.getMessage());
    }
}
