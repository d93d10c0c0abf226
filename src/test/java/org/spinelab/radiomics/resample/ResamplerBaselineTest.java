package org.spinelab.radiomics.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinelab.image.Geometry;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.shape.PyRadiomicsColumn;

/**
 * {@link Resampler} against the PyRadiomics baselines' {@code *_resampling} columns (2 mm isotropic,
 * {@code sitkBSpline}, brain1 and breast1):
 * <ul>
 *   <li>the grid and its contents, exactly as PyRadiomics reports them in the
 *       {@code diagnostics_Image-interpolated_*} and {@code diagnostics_Mask-interpolated_*} rows of
 *       {@code baseline_shape.csv};</li>
 *   <li>the grey levels inside the resampled ROI, through first-order statistics we compute here and
 *       compare with every such row of {@code baseline_firstorder.csv} (Energy, a sum of squares of
 *       the interpolated values truncated to int16, catches any single-voxel difference).</li>
 * </ul>
 */
class ResamplerBaselineTest {

    static List<PyRadiomicsColumn> shapeColumns() {
        return resampling(PyRadiomicsColumn.all("shape"));
    }

    static List<PyRadiomicsColumn> firstOrderColumns() {
        return resampling(PyRadiomicsColumn.all("firstorder"));
    }

    private static List<PyRadiomicsColumn> resampling(List<PyRadiomicsColumn> all) {
        List<PyRadiomicsColumn> out = all.stream().filter(c -> c.resampledPixelSpacing() != null).toList();
        assertEquals(2, out.size(), "resampling columns (brain1, breast1)");
        return out;
    }

    private static ResampledPair resample(PyRadiomicsColumn c) {
        String interpolator = c.interpolator();
        assertNotNull(interpolator, c + ": interpolator");
        return Resampler.resample(c.image(), c.label(), c.resampledPixelSpacing(), Interpolator.fromName(interpolator),
                c.intSetting("label", 1), c.intSetting("padDistance", 5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapeColumns")
    void gridAndDiagnosticsMatch(PyRadiomicsColumn c) {
        ResampledPair p = resample(c);
        int label = c.intSetting("label", 1);
        Volume image = p.image(), mask = p.mask();
        assertEquals(PixelType.INT16, image.metadata().pixelType(), "image keeps its pixel type");

        double[] size = {image.nx(), image.ny(), image.nz()};
        assertArrayEquals(c.tuple("diagnostics_Image-interpolated_Size"), size);
        assertArrayEquals(c.tuple("diagnostics_Mask-interpolated_Size"), size);
        assertArrayEquals(c.tuple("diagnostics_Image-interpolated_Spacing"), image.geometry().spacing(), 1e-12);
        assertArrayEquals(c.tuple("diagnostics_Mask-interpolated_Spacing"), mask.geometry().spacing(), 1e-12);
        double[] range = image.range();
        assertEquals(c.number("diagnostics_Image-interpolated_Minimum"), range[0]);
        assertEquals(c.number("diagnostics_Image-interpolated_Maximum"), range[1]);
        double sum = 0;
        for (double v : image.data()) {
            sum += v;
        }
        assertEquals(c.number("diagnostics_Image-interpolated_Mean"), sum / image.data().length, 1e-12 * Math.abs(sum));

        LabelBounds bb = LabelBounds.of(mask, label);
        double[] box = {bb.lower()[0], bb.lower()[1], bb.lower()[2], bb.size()[0], bb.size()[1], bb.size()[2]};
        assertArrayEquals(c.tuple("diagnostics_Mask-interpolated_BoundingBox"), box);
        assertEquals((long) c.number("diagnostics_Mask-interpolated_VoxelNum"), bb.count());

        double[] roi = roiValues(image, mask, label);
        assertEquals(c.number("diagnostics_Mask-interpolated_Minimum"), roi[0]);
        assertEquals(c.number("diagnostics_Mask-interpolated_Maximum"), roi[roi.length - 1]);
        assertEquals(c.number("diagnostics_Mask-interpolated_Mean"), mean(roi), 1e-12 * Math.abs(mean(roi)));

        double[] comIndex = new double[3];
        double[] comPhysical = new double[3];
        Geometry g = mask.geometry();
        for (int k = 0; k < mask.nz(); k++) {
            for (int j = 0; j < mask.ny(); j++) {
                for (int i = 0; i < mask.nx(); i++) {
                    if (mask.get(i, j, k) == label) {
                        double[] x = g.indexToPatient(new double[] {i, j, k});
                        for (int a = 0; a < 3; a++) {
                            comIndex[a] += a == 0 ? i : a == 1 ? j : k;
                            comPhysical[a] += x[a];
                        }
                    }
                }
            }
        }
        for (int a = 0; a < 3; a++) {
            comIndex[a] /= bb.count();
            comPhysical[a] /= bb.count();
        }
        assertArrayEquals(c.tuple("diagnostics_Mask-interpolated_CenterOfMassIndex"), comIndex, 1e-9);
        // the physical centre of mass checks the new grid's origin (PyRadiomics' alignment rule)
        assertArrayEquals(c.tuple("diagnostics_Mask-interpolated_CenterOfMass"), comPhysical, 1e-9);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("firstOrderColumns")
    void greyLevelsInTheRoiMatchFirstOrderBaseline(PyRadiomicsColumn c) {
        ResampledPair p = resample(c);
        double[] x = roiValues(p.image(), p.mask(), c.intSetting("label", 1));
        double voxelVolume = 1;
        for (double s : p.image().geometry().spacing()) {
            voxelVolume *= s;
        }
        Map<String, Double> ours = firstOrder(x, voxelVolume);
        Map<String, String> rows = c.rowsStartingWith("original_firstorder_");
        int compared = 0;
        for (Map.Entry<String, Double> e : ours.entrySet()) {
            String key = "original_firstorder_" + e.getKey();
            String expected = rows.get(key);
            assertNotNull(expected, c + ": baseline row " + key);
            double exp = Double.parseDouble(expected);
            assertTrue(PyRadiomicsColumn.close(exp, e.getValue(), 1e-9),
                    c + " " + e.getKey() + ": expected " + exp + ", got " + e.getValue());
            compared++;
        }
        assertEquals(13, compared);
    }

    /** The image's values inside the label, sorted. */
    private static double[] roiValues(Volume image, Volume mask, int label) {
        List<Double> v = new ArrayList<>();
        for (int t = 0; t < mask.data().length; t++) {
            if (mask.data()[t] == label) {
                v.add(image.data()[t]);
            }
        }
        assertFalse(v.isEmpty());
        double[] out = v.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(out);
        return out;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** numpy.percentile's default (linear between closest ranks) on sorted data. */
    private static double percentile(double[] sorted, double p) {
        double pos = p / 100 * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    /** PyRadiomics' first-order definitions that need no discretisation (voxelArrayShift 0). */
    private static Map<String, Double> firstOrder(double[] x, double voxelVolume) {
        int n = x.length;
        double mean = mean(x);
        double energy = 0, variance = 0, mad = 0;
        for (double v : x) {
            energy += v * v;
            variance += (v - mean) * (v - mean);
            mad += Math.abs(v - mean);
        }
        variance /= n;
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("Mean", mean);
        f.put("Minimum", x[0]);
        f.put("Maximum", x[n - 1]);
        f.put("Range", x[n - 1] - x[0]);
        f.put("Median", percentile(x, 50));
        f.put("10Percentile", percentile(x, 10));
        f.put("90Percentile", percentile(x, 90));
        f.put("InterquartileRange", percentile(x, 75) - percentile(x, 25));
        f.put("Energy", energy);
        f.put("TotalEnergy", energy * voxelVolume);
        f.put("RootMeanSquared", Math.sqrt(energy / n));
        f.put("Variance", variance);
        f.put("MeanAbsoluteDeviation", mad / n);
        return f;
    }
}
