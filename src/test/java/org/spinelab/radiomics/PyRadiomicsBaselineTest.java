package org.spinelab.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.testing.SharedData;

/**
 * Golden test against PyRadiomics' own baseline tables: for brain1 and breast1 and every
 * configuration column we support, every baseline feature row of every texture/first-order class must
 * be reproduced. The loop runs over the BASELINE's rows, so a missing feature (or class) fails.
 *
 * <p>Tolerance: |ours − baseline| ≤ 1e-6·|baseline| + 1e-9 (the absolute floor only matters for
 * values that are 0 up to rounding, e.g. ClusterShade of a symmetric histogram). One documented
 * exception: brain1's (not resampled) shape column was written by a PyRadiomics development build whose
 * mesh differs from the released one; its four mesh-based features agree to 1e-3 only (see the shape
 * helper's {@code ShapeBaselineTest}, which checks them against PyRadiomics' earlier released baseline).
 */
class PyRadiomicsBaselineTest {

    static final double REL = 1e-6;
    static final double ABS = 1e-9;

    /** Every configuration of the baseline tables for brain1 and breast1; a column of another kind fails. */
    static final List<String> CONFIGS = List.of("", "_2d", "_FBN", "_combined", "_flatRegion", "_normalization",
            "_resampling", "_resegmentation");

    static final List<String> CLASSES = List.of("shape", "firstorder", "glcm", "gldm", "glrlm", "glszm", "ngtdm");

    static final List<String> CASES = List.of("brain1", "breast1");

    static final List<String> BRAIN1_MESH_BUILD_DEVIATIONS = List.of("original_shape_MeshVolume",
            "original_shape_SurfaceArea", "original_shape_SurfaceVolumeRatio", "original_shape_Sphericity");

    private static final Map<String, Map<String, Double>> CACHE = new ConcurrentHashMap<>();

    static Stream<Arguments> columns() {
        List<Arguments> a = new ArrayList<>();
        for (String cls : CLASSES) {
            // the baseline's own columns: a column we cannot run fails below instead of being skipped
            for (String column : BaselineTable.of(cls).columns()) {
                a.add(Arguments.of(cls, column));
            }
        }
        return a.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("columns")
    void matchesBaseline(String featureClass, String column) {
        BaselineTable b = BaselineTable.of(featureClass);
        String c = column.contains("_") ? column.substring(0, column.indexOf('_')) : column;
        String cfg = column.substring(c.length());
        if (!CASES.contains(c) || !CONFIGS.contains(cfg)) {
            fail("baseline column " + column + " of " + featureClass + " is of a case/configuration this test does not know");
        }
        Map<String, Double> expected = b.features(column);
        assertFalse(expected.isEmpty(), "baseline has no features for " + featureClass + " " + column);
        Map<String, Double> ours = extract(column, b.settings(column));
        List<String> bad = new ArrayList<>();
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            Double v = ours.get(e.getKey());
            if (v == null) {
                bad.add(e.getKey() + ": not computed");
                continue;
            }
            double ref = e.getValue();
            double rel = column.equals("brain1") && BRAIN1_MESH_BUILD_DEVIATIONS.contains(e.getKey()) ? 1e-3 : REL;
            if (!(Math.abs(v - ref) <= rel * Math.abs(ref) + ABS)) {
                bad.add(e.getKey() + ": ours " + v + " baseline " + ref + " rel " + Math.abs(v - ref) / Math.abs(ref));
            }
        }
        if (!bad.isEmpty()) {
            fail(column + ": " + bad.size() + " of " + expected.size() + " differ:\n  " + String.join("\n  ", bad));
        }
    }

    @ParameterizedTest(name = "diagnostics {0}")
    @MethodSource("cases")
    void diagnosticsMatchBaseline(String c) {
        BaselineTable b = BaselineTable.of("glcm");
        RadiomicsExtractor.Result r = extractor(b.settings(c)).extract(image(c), mask(c), c, c);
        for (String d : List.of("diagnostics_Image-original_Hash", "diagnostics_Mask-original_Hash",
                "diagnostics_Mask-original_BoundingBox", "diagnostics_Mask-original_VoxelNum",
                "diagnostics_Mask-original_Size", "diagnostics_Image-original_Size")) {
            String ref = b.value(d, c + "_2d");
            assertEquals(ref, r.diagnostics().get(d), d);
        }
    }

    /**
     * shape2D through the extractor (force2D, one-slice ROI). PyRadiomics' shape2D baseline used a
     * single-slice mask that it put back on the image grid; that slice is the z of
     * {@code diagnostics_Mask-corrected_BoundingBox}, so we keep only that slice of the 3-D label (the
     * shape helper's Shape2DBaselineTest checks it is the same ROI).
     */
    @ParameterizedTest(name = "shape2D {0}")
    @MethodSource("cases")
    void shape2DMatchesBaseline(String c) {
        BaselineTable b = BaselineTable.of("shape2D");
        String column = c + "_shape2D";
        String bb = b.value("diagnostics_Mask-corrected_BoundingBox", column);
        int z = Integer.parseInt(bb.replaceAll("[()\\s]", "").split(",")[2]);
        LabelVolume full = mask(c);
        Volume one = Volume.zeros(full.geometry(), full.volume().metadata());
        for (int j = 0; j < one.ny(); j++) {
            for (int i = 0; i < one.nx(); i++) {
                one.set(i, j, z, full.volume().get(i, j, z));
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        Map<String, Object> classes = new LinkedHashMap<>();
        classes.put("shape2D", null);
        doc.put("featureClass", classes);
        doc.put("setting", b.settings(column));
        Map<String, Double> ours = new RadiomicsExtractor(ExtractionParameters.of(doc, "baseline settings"))
                .extract(image(c), LabelVolume.of(one, c), c, c).features();
        Map<String, Double> expected = b.features(column);
        assertEquals(9, expected.size());
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            Double v = ours.get(e.getKey());
            if (v == null || !(Math.abs(v - e.getValue()) <= REL * Math.abs(e.getValue()) + ABS)) {
                fail(column + " " + e.getKey() + ": ours " + v + " baseline " + e.getValue());
            }
        }
    }

    static Stream<String> cases() {
        return CASES.stream();
    }

    static Map<String, Double> extract(String column, Map<String, Object> settings) {
        return CACHE.computeIfAbsent(column, k -> {
            String c = column.contains("_") ? column.substring(0, column.indexOf('_')) : column;
            return extractor(settings).extract(image(c), mask(c), c, c).features();
        });
    }

    static RadiomicsExtractor extractor(Map<String, Object> settings) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("imageType", Map.of("Original", Map.of()));
        Map<String, Object> classes = new LinkedHashMap<>();
        for (String cls : CLASSES) {
            classes.put(cls, null);
        }
        doc.put("featureClass", classes);
        doc.put("setting", settings);
        return new RadiomicsExtractor(ExtractionParameters.of(doc, "baseline settings"));
    }

    static Volume image(String c) {
        Path p = SharedData.conformance("pyradiomics/" + c + "_image.nrrd");
        return VolumeIO.read(p);
    }

    static LabelVolume mask(String c) {
        return VolumeIO.readLabels(SharedData.conformance("pyradiomics/" + c + "_label.nrrd"));
    }
}
