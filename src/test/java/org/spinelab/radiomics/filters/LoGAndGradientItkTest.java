package org.spinelab.radiomics.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.ImageType;

/**
 * LoG and Gradient against ITK 5.2 itself ({@code src/test/cpp/itk_filter_references.cxx}:
 * {@code LaplacianRecursiveGaussianImageFilter} with NormalizeAcrossScale, {@code GradientMagnitudeImageFilter}
 * with and without spacing), both with SimpleITK's float output image, on an anisotropic, rotated 24×20×12
 * volume and an odd-sized 13×10×7 one. Observed: identical values; asserted to one float rounding (1e-7).
 */
class LoGAndGradientItkTest {

    @ParameterizedTest(name = "LoG {0} sigma {1}")
    @CsvSource({"a, 0.5", "a, 1.0", "a, 2.5", "b, 1.5"})
    void logMatchesItk(String vol, double sigma) {
        Volume image = FilterReferences.read("volume_" + vol + ".nrrd");
        List<ImageType.Derived> out = FilterReferences.derive(new LoGImageType(), image, Map.of("sigma", List.of(sigma)));
        assertEquals(1, out.size());
        assertEquals("log-sigma-" + String.valueOf(sigma).replace('.', '-') + "-mm-3D", out.get(0).name());
        double worst = FilterReferences.assertClose(FilterReferences.read("log_" + vol + "_sigma_" + sigma + ".nrrd"),
                out.get(0).image().data(), 1e-7, "LoG " + vol + " σ=" + sigma);
        System.out.println("LoG " + vol + " sigma " + sigma + ": largest relative difference to ITK " + worst);
    }

    @ParameterizedTest(name = "Gradient {0} useSpacing {1}")
    @CsvSource({"a, true", "a, false", "b, true", "b, false"})
    void gradientMatchesItk(String vol, boolean useSpacing) {
        Volume image = FilterReferences.read("volume_" + vol + ".nrrd");
        List<ImageType.Derived> out = FilterReferences.derive(new GradientImageType(), image, Map.of("gradientUseSpacing", useSpacing));
        assertEquals("gradient", out.get(0).name());
        double worst = FilterReferences.assertClose(FilterReferences.read("gradient_" + vol + (useSpacing ? "_spacing" : "_nospacing") + ".nrrd"),
                out.get(0).image().data(), 1e-7, "gradient " + vol);
        System.out.println("Gradient " + vol + " useSpacing " + useSpacing + ": largest relative difference to ITK " + worst);
    }
}
