package org.spinelab.radiomics.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spinelab.image.Geometry;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.ImageType;

/** PyRadiomics' LoG naming and skipping rules (getLoGImage), and Python's str() of the sigma. */
class LoGImageTypeTest {

    private static Volume volume(int nx, int ny, int nz, double... spacing) {
        Volume v = Volume.zeros(Geometry.axisAligned(new long[] {nx, ny, nz}, spacing, new double[3]), null);
        for (int p = 0; p < v.data().length; p++) {
            v.data()[p] = (p * 7919) % 101;
        }
        return v;
    }

    private static List<String> names(Volume v, List<?> sigmas) {
        return FilterReferences.derive(new LoGImageType(), v, Map.of("sigma", sigmas)).stream().map(ImageType.Derived::name).toList();
    }

    @Test
    void namesFollowPythonStr() {
        Volume v = volume(12, 12, 12, 1, 1, 1);
        assertEquals(List.of("log-sigma-1-0-mm-3D", "log-sigma-2-mm-3D", "log-sigma-0-5-mm-3D"), names(v, List.of(1.0, 2, 0.5)));
        assertEquals("1e-05", PythonNumbers.str(1e-5));
        assertEquals("0.0001", PythonNumbers.str(1e-4));
        assertEquals("2.5", PythonNumbers.str(2.5));
        assertEquals("1e+16", PythonNumbers.str(1e16));
        assertEquals("3", PythonNumbers.str(3));
    }

    @Test
    void sigmaTooLargeForTheImageOrNotPositiveIsSkipped() {
        // k has 5 slices of 2 mm: sigma 8 needs ceil(8/2) + 1 = 5 slices (kept), sigma 8.5 needs 6 (skipped).
        Volume v = volume(40, 40, 5, 0.5, 0.5, 2);
        assertEquals(List.of("log-sigma-8-0-mm-3D"), names(v, List.of(8.0, 8.5, 0.0, -1.0)));
    }

    @Test
    void imagesWithAnAxisShorterThanFourGetNoLoG() {
        assertTrue(names(volume(10, 10, 3, 1, 1, 1), List.of(1.0)).isEmpty());
        assertTrue(names(volume(10, 10, 1, 1, 1, 1), List.of(1.0)).isEmpty(), "a single slice (2-D image)");
    }

    @Test
    void noSigmaNoImage() {
        assertTrue(FilterReferences.derive(new LoGImageType(), volume(8, 8, 8, 1, 1, 1), Map.of()).isEmpty());
    }

    @Test
    void constantImageHasZeroLaplacian() {
        Volume v = Volume.zeros(Geometry.axisAligned(new long[] {9, 7, 6}, new double[] {0.7, 1.3, 2}, new double[3]), null);
        java.util.Arrays.fill(v.data(), 123.0);
        for (double x : LaplacianOfGaussian.of(v, 1.5)) {
            assertEquals(0, x, 1e-9);
        }
    }
}
