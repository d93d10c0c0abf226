package org.spinelab.radiomics.voxel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinelab.radiomics.Discretizer;
import org.spinelab.radiomics.FeatureClass;
import org.spinelab.radiomics.FeatureInput;
import org.spinelab.radiomics.GrayLevels;
import org.spinelab.radiomics.Plugins;
import org.spinelab.radiomics.RadiomicsSettings;
import org.spinelab.radiomics.Roi;

/**
 * Every map value equals the segment-based feature of that voxel's neighbourhood used as its own mask, as
 * PyRadiomics' voxel-based mode defines it: the kernel is the cube of radius r around the voxel clipped to
 * the image, intersected with the ROI when masked (with the box around the ROI when not), and gray levels
 * are discretised once, on the ROI (masked) or on the ROI's bounding box grown by r (unmasked).
 */
class FeatureMapExtractorTest {

    static final List<String> FAMILIES = List.of("firstorder", "glcm", "glrlm", "glszm", "gldm", "ngtdm");
    static final int[] DIMS = {9, 8, 5};

    static Stream<Arguments> configs() {
        return Stream.of(
                Arguments.of(1, true, Map.of("binWidth", 10.0), 11L),
                Arguments.of(1, false, Map.of("binWidth", 10.0), 12L),
                Arguments.of(2, true, Map.of("binCount", 6), 13L),
                Arguments.of(2, false, Map.of("binWidth", 15.0), 14L),
                Arguments.of(1, true, Map.of("binWidth", 10.0, "force2D", true), 15L),
                Arguments.of(1, true, Map.of("binWidth", 10.0, "distances", List.of(1, 2), "symmetricalGLCM", true), 16L));
    }

    static double maxDeviation = 0;

    @ParameterizedTest
    @MethodSource("configs")
    void mapsEqualSegmentFeaturesOfEachKernel(int radius, boolean masked, Map<String, Object> extra, long seed) {
        Random rnd = new Random(seed);
        int n = DIMS[0] * DIMS[1] * DIMS[2];
        double[] image = new double[n];
        boolean[] roi = new boolean[n];
        for (int v = 0; v < n; v++) {
            image[v] = Math.round(rnd.nextDouble() * 1000) / 10.0;
        }
        // a random blob touching the image edge (i = 0) plus isolated voxels: edges of every kind
        for (int k = 0; k < DIMS[2]; k++) {
            for (int j = 1; j < DIMS[1]; j++) {
                for (int i = 0; i < DIMS[0] - 2; i++) {
                    roi[i + DIMS[0] * (j + DIMS[1] * k)] = rnd.nextDouble() < 0.55;
                }
            }
        }
        roi[DIMS[0] - 1] = true; // a lone voxel at the image corner (i max, j 0, k 0)
        Map<String, Object> s = new LinkedHashMap<>(extra);
        s.put("kernelRadius", radius);
        s.put("maskedKernel", masked);
        s.put("initValue", Double.NaN);
        RadiomicsSettings settings = RadiomicsSettings.defaults().with(s, "test");
        double[] spacing = {0.8, 0.9, 2.5};
        Map<FeatureClass, Set<String>> fams = new LinkedHashMap<>();
        for (String f : FAMILIES) {
            FeatureClass fc = Plugins.featureClasses().get(f);
            fams.put(fc, new HashSet<>(fc.featureNames()));
        }
        FeatureMapExtractor ex = new FeatureMapExtractor(settings, fams);
        KernelGrid g = ex.grid(image, roi, DIMS, spacing);
        Map<String, double[]> maps = ex.computeExact(g);
        Map<String, double[]> recounted = new FeatureMapExtractor(settings, fams).incremental(false).computeExact(g);
        for (String name : maps.keySet()) {
            double[] a = maps.get(name), b = recounted.get(name);
            for (int v = 0; v < a.length; v++) {
                if (!(Double.isNaN(a[v]) && Double.isNaN(b[v])) && Math.abs(a[v] - b[v]) > 1e-9 * Math.max(1, Math.abs(b[v]))) {
                    fail(name + ": incremental and recomputed maps differ at box voxel " + v + ": " + a[v] + " vs " + b[v]);
                }
            }
        }
        assertEquals(6 * 0 + fams.values().stream().mapToInt(Set::size).sum(), maps.size());

        Reference ref = new Reference(image, roi, spacing, settings, radius, masked);
        int[] o = g.origin(), sz = g.size();
        int checked = 0;
        double worst = 0;
        for (int k = 0; k < DIMS[2]; k++) {
            for (int j = 0; j < DIMS[1]; j++) {
                for (int i = 0; i < DIMS[0]; i++) {
                    int bi = i - o[0], bj = j - o[1], bk = k - o[2];
                    boolean inBox = bi >= 0 && bj >= 0 && bk >= 0 && bi < sz[0] && bj < sz[1] && bk < sz[2];
                    int b = inBox ? bi + sz[0] * (bj + sz[1] * bk) : -1;
                    boolean inRoi = roi[i + DIMS[0] * (j + DIMS[1] * k)];
                    if (!inRoi) {
                        for (double[] m : maps.values()) {
                            assertTrue(b < 0 || Double.isNaN(m[b]), "initValue outside the ROI");
                        }
                        continue;
                    }
                    for (String f : FAMILIES) {
                        FeatureClass fc = Plugins.featureClasses().get(f);
                        Map<String, Double> expected = ref.features(fc, i, j, k);
                        for (String feat : fc.featureNames()) {
                            double e = expected.get(feat), a = maps.get(f + "_" + feat)[b];
                            if (Double.isNaN(e) || Double.isNaN(a)) {
                                if (Double.isNaN(e) != Double.isNaN(a)) {
                                    fail(f + "_" + feat + " at " + i + "," + j + "," + k + ": expected " + e + ", got " + a);
                                }
                                continue;
                            }
                            double d = Math.abs(a - e) / Math.max(1, Math.abs(e));
                            worst = Math.max(worst, d);
                            if (d > 1e-9) {
                                fail(f + "_" + feat + " at " + i + "," + j + "," + k + ": expected " + e + ", got " + a);
                            }
                            checked++;
                        }
                    }
                }
            }
        }
        assertTrue(checked > 1000, "too few values compared: " + checked);
        maxDeviation = Math.max(maxDeviation, worst);
        System.out.println("voxel maps r=" + radius + " masked=" + masked + " " + extra + ": " + checked
                + " values, max relative deviation " + worst);
    }

    /** The segment-based families on one kernel, set up from scratch as PyRadiomics defines the kernel. */
    static final class Reference {
        final double[] image;
        final boolean[] domain;
        final int[] gray;
        final GrayLevels roiLevels;
        final double[] spacing;
        final RadiomicsSettings settings;
        final int[] radius;

        Reference(double[] image, boolean[] roi, double[] spacing, RadiomicsSettings s, int r, boolean masked) {
            this.image = image;
            this.spacing = spacing;
            this.settings = s;
            int slice = s.force2D() ? 2 - s.force2Ddimension() : -1;
            radius = new int[] {slice == 0 ? 0 : r, slice == 1 ? 0 : r, slice == 2 ? 0 : r};
            int n = image.length;
            domain = new boolean[n];
            if (masked) {
                System.arraycopy(roi, 0, domain, 0, n);
            } else { // the ROI's bounding box grown by r, clipped to the image
                int[] lo = {99, 99, 99}, hi = {-1, -1, -1};
                forEach((i, j, k, v) -> {
                    if (roi[v]) {
                        int[] c = {i, j, k};
                        for (int a = 0; a < 3; a++) {
                            lo[a] = Math.min(lo[a], c[a]);
                            hi[a] = Math.max(hi[a], c[a]);
                        }
                    }
                });
                forEach((i, j, k, v) -> {
                    int[] c = {i, j, k};
                    boolean in = true;
                    for (int a = 0; a < 3; a++) {
                        in &= c[a] >= lo[a] - r && c[a] <= hi[a] + r;
                    }
                    domain[v] = in;
                });
            }
            roiLevels = Discretizer.discretize(new Roi(image, domain, DIMS[0], DIMS[1], DIMS[2], spacing), s);
            gray = roiLevels.gray();
        }

        interface VoxelVisitor {
            void visit(int i, int j, int k, int v);
        }

        static void forEach(VoxelVisitor f) {
            for (int k = 0, v = 0; k < DIMS[2]; k++) {
                for (int j = 0; j < DIMS[1]; j++) {
                    for (int i = 0; i < DIMS[0]; i++, v++) {
                        f.visit(i, j, k, v);
                    }
                }
            }
        }

        /**
         * The family on the kernel of (i, j, k) as its own mask. GLCM keeps every gray level of the ROI, as
         * PyRadiomics' voxel-based matrices do; NGTDM keeps the levels present in the kernel (PyRadiomics
         * masks p_i = 0 and counts N<sub>g,p</sub> per voxel); the others are indifferent (zero rows).
         */
        Map<String, Double> features(FeatureClass fc, int ci, int cj, int ck) {
            int[] c = {ci, cj, ck}, lo = new int[3], sz = new int[3];
            for (int a = 0; a < 3; a++) {
                lo[a] = Math.max(0, c[a] - radius[a]);
                sz[a] = Math.min(DIMS[a] - 1, c[a] + radius[a]) - lo[a] + 1;
            }
            int n = sz[0] * sz[1] * sz[2];
            double[] v = new double[n];
            boolean[] m = new boolean[n];
            int[] gk = new int[n];
            Set<Integer> present = new java.util.TreeSet<>();
            for (int k = 0, q = 0; k < sz[2]; k++) {
                for (int j = 0; j < sz[1]; j++) {
                    for (int i = 0; i < sz[0]; i++, q++) {
                        int src = (lo[0] + i) + DIMS[0] * ((lo[1] + j) + DIMS[1] * (lo[2] + k));
                        v[q] = image[src];
                        m[q] = domain[src];
                        gk[q] = m[q] ? gray[src] : 0;
                        if (m[q]) {
                            present.add(gray[src]);
                        }
                    }
                }
            }
            int[] levels = fc.name().equals("ngtdm")
                    ? present.stream().mapToInt(Integer::intValue).toArray()
                    : roiLevels.levels();
            GrayLevels gl = new GrayLevels(gk, roiLevels.ng(), levels, roiLevels.edges());
            Roi kernel = new Roi(v, m, sz[0], sz[1], sz[2], spacing);
            return fc.compute(new FeatureInput(kernel, settings, gl), new HashSet<>(fc.featureNames()));
        }
    }
}
