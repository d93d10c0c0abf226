package org.spinelab.radiomics.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.resample.Interpolator;
import org.spinelab.radiomics.resample.ResampledPair;
import org.spinelab.radiomics.resample.Resampler;

/**
 * 3-D shape features against PyRadiomics' baseline ({@code baseline_shape.csv}): every
 * {@code original_shape_*} row of every column (brain1, breast1, with and without resampling to
 * 2 mm by B-spline), to 1e-6 relative. The mask is cropped to the label's bounding box as
 * PyRadiomics' extractor crops it for the shape class: the mesh of a binary mask is not always closed
 * (complemented cube configurations), so its signed volume depends on where the crop puts the origin.
 */
class ShapeBaselineTest {

    private static final double REL = 1e-6;

    /**
     * brain1 without resampling: the baseline's area and volume came from a development build that
     * differs from PyRadiomics' released mesh (see pyradiomics_earlier_brain1_shape.csv); these four
     * rows are checked to 0.1 % here and the area exactly against PyRadiomics' earlier baseline.
     */
    private static final Set<String> BRAIN1_BUILD_DEVIATIONS =
            Set.of("MeshVolume", "SurfaceArea", "SurfaceVolumeRatio", "Sphericity");

    static List<PyRadiomicsColumn> columns() {
        return PyRadiomicsColumn.all("shape");
    }

    static LinkedHashMap<String, Double> features(PyRadiomicsColumn c) {
        Volume image = c.image();
        Volume labels = c.label();
        int label = c.intSetting("label", 1);
        double[] spacing = c.resampledPixelSpacing();
        if (spacing != null) {
            ResampledPair p = Resampler.resample(image, labels, spacing, Interpolator.fromName(c.interpolator()), label,
                    c.intSetting("padDistance", 5));
            labels = p.mask();
        }
        RoiCrop roi = new RoiCrop(labels, label);
        return ShapeFeatures.compute(roi.mask, roi.nx, roi.ny, roi.nz, roi.spacing);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("columns")
    void everyBaselineRowMatches(PyRadiomicsColumn c) {
        Map<String, String> rows = c.rowsStartingWith("original_shape_");
        assertEquals(14, rows.size(), "baseline rows in " + c);
        LinkedHashMap<String, Double> f = features(c);
        rows.forEach((key, value) -> {
            String name = key.substring("original_shape_".length());
            Double actual = f.get(name);
            assertNotNull(actual, c + ": no implementation of " + name);
            double expected = Double.parseDouble(value);
            double rel = c.name().equals("brain1") && BRAIN1_BUILD_DEVIATIONS.contains(name) ? 1e-3 : REL;
            assertTrue(PyRadiomicsColumn.close(expected, actual, rel),
                    c + " " + name + ": expected " + expected + ", got " + actual + " (rel " + rel + ")");
        });
    }

    @Test
    void brain1SurfaceAreaEqualsPyRadiomicsEarlierBaseline() throws Exception {
        PyRadiomicsColumn brain1 = columns().stream().filter(c -> c.name().equals("brain1")).findFirst().orElseThrow();
        double expected = Double.NaN;
        try (var in = getClass().getResourceAsStream("pyradiomics_earlier_brain1_shape.csv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (l.startsWith("SurfaceArea,")) {
                    expected = Double.parseDouble(l.substring(l.indexOf(',') + 1));
                }
            }
        }
        assertFalse(Double.isNaN(expected));
        assertEquals(expected, features(brain1).get("SurfaceArea"), 1e-9 * expected);
    }

    @Test
    void allSeventeenFeaturesAreComputed() {
        boolean[] m = {true, true, true, true, true, true, true, true};
        LinkedHashMap<String, Double> f = ShapeFeatures.compute(m, 2, 2, 2, new double[] {1, 2, 3});
        assertEquals(List.of("MeshVolume", "VoxelVolume", "SurfaceArea", "SurfaceVolumeRatio", "Sphericity",
                "Compactness1", "Compactness2", "SphericalDisproportion", "Maximum3DDiameter", "Maximum2DDiameterSlice",
                "Maximum2DDiameterColumn", "Maximum2DDiameterRow", "MajorAxisLength", "MinorAxisLength",
                "LeastAxisLength", "Elongation", "Flatness"), List.copyOf(f.keySet()));
    }
}
