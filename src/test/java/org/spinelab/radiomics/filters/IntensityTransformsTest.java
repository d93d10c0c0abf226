package org.spinelab.radiomics.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.ImageType;

/**
 * Square, SquareRoot, Logarithm and Exponential against PyRadiomics' numpy formulas
 * ({@code make_filter_references.py}) on a volume with negative and positive intensities, to 1e-12.
 */
class IntensityTransformsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "org.spinelab.radiomics.filters.SquareImageType, square",
        "org.spinelab.radiomics.filters.SquareRootImageType, squareroot",
        "org.spinelab.radiomics.filters.LogarithmImageType, logarithm",
        "org.spinelab.radiomics.filters.ExponentialImageType, exponential",
    })
    void matchesPyRadiomicsFormula(String typeClass, String name) throws Exception {
        ImageType type = (ImageType) Class.forName(typeClass).getDeclaredConstructor().newInstance();
        Volume image = FilterReferences.read("volume_b.nrrd");
        List<ImageType.Derived> out = FilterReferences.derive(type, image, Map.of());
        assertEquals(1, out.size());
        assertEquals(name, out.get(0).name());
        FilterReferences.assertClose(FilterReferences.read(name + "_b.nrrd"), out.get(0).image().data(), 1e-12, name);
    }
}
