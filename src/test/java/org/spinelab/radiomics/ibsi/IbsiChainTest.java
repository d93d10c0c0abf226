package org.spinelab.radiomics.ibsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spinelab.util.InvalidInputException;

/** Analytic cases for the processing chain: fixed bin number, outlier filtering, re-segmentation, rounding. */
class IbsiChainTest {

    private static IbsiSettings settings(Double lo, Double hi, Double sigma, Double width, Integer count) {
        return new IbsiSettings(false, null, Interpolator.LINEAR, false, 0.5, lo, hi, sigma, width, null, count, null,
                null, 1);
    }

    private static boolean[] all(int n) {
        boolean[] m = new boolean[n];
        Arrays.fill(m, true);
        return m;
    }

    @Test
    void fixedBinNumberSplitsTheRangeInto32EqualBins() {
        // 64 voxels with intensities 0..63: X_d = floor(32 X / 63) + 1, the maximum in bin 32.
        IbsiGrid g = new IbsiGrid(64, 1, 1, 1, 1, 1);
        double[] img = new double[64];
        for (int q = 0; q < 64; q++) {
            img[q] = q;
        }
        RoiImage roi = new RoiImage(g, img, all(64), all(64));
        LevelImage lv = Discretiser.discretise(roi, settings(null, null, null, null, 32));
        assertEquals(32, lv.ng());
        for (int q = 0; q < 64; q++) {
            assertEquals(Math.min(32, (int) Math.floor(32.0 * q / 63) + 1), lv.levels()[q], "x = " + q);
        }
        assertEquals(1, lv.levels()[0]);
        assertEquals(32, lv.levels()[63]);
        int[] counts = new int[33];
        for (int l : lv.levels()) {
            counts[l]++;
        }
        for (int b = 1; b <= 32; b++) {
            assertEquals(2, counts[b], "bin " + b); // 64 evenly spread values, 2 per bin
        }
    }

    @Test
    void fixedBinSizeCountsFromTheLowerBound() {
        IbsiGrid g = new IbsiGrid(5, 1, 1, 1, 1, 1);
        double[] img = {-500, -476, -475, 0, 400};
        RoiImage roi = new RoiImage(g, img, all(5), all(5));
        IbsiSettings s = settings(-500.0, 400.0, null, 25.0, null);
        LevelImage lv = Discretiser.discretise(roi, s);
        // floor((x + 500)/25) + 1: 1, 1, 2, 21, 37
        assertEquals(Arrays.toString(new int[] {1, 1, 2, 21, 37}), Arrays.toString(lv.levels()));
        assertEquals(37, lv.ng());
    }

    @Test
    void outlierFilterRemovesValuesBeyondThreeStandardDeviations() {
        // 99 zeros and one 100: mean 1, SD sqrt(9900/100) = 9.95, so [-28.8, 30.8] keeps the zeros only.
        IbsiGrid g = new IbsiGrid(10, 10, 1, 1, 1, 1);
        double[] img = new double[100];
        img[57] = 100;
        IbsiPreprocessor.Result r = IbsiPreprocessor.prepare(g, img, all(100), settings(null, null, 3.0, 1.0, null));
        assertFalse(r.roi().intensityMask()[57]);
        assertEquals(99, RoiImage.count(r.roi().intensityMask()));
        assertEquals(100, RoiImage.count(r.roi().morphMask()), "the morphological mask is not re-segmented");
        assertEquals(99.0, r.diagnostics().get("int_mask_vox_count_reseg_roi"));
        assertEquals(100.0, r.diagnostics().get("morph_mask_vox_count_reseg_roi"));
    }

    @Test
    void rangeResegmentationWithAnOpenBound() {
        IbsiGrid g = new IbsiGrid(4, 1, 1, 1, 1, 1);
        double[] img = {-1000, -200, 50, 3000};
        IbsiPreprocessor.Result r = IbsiPreprocessor.prepare(g, img, all(4), settings(-500.0, null, null, 1.0, null));
        assertEquals("[false, true, true, true]", Arrays.toString(r.roi().intensityMask()));
        assertThrows(InvalidInputException.class,
                () -> IbsiPreprocessor.prepare(g, img, all(4), settings(5000.0, null, null, 1.0, null)));
    }

    @Test
    void interpolatedMaskUsesThePartialVolumeThresholdAndIntensitiesAreRounded() {
        // 1-D mask 0 0 1 1 on spacing 2, resampled to spacing 1: positions -0.25, 0.25, ..., 3.25.
        IbsiGrid g = new IbsiGrid(4, 1, 1, 2, 1, 1);
        double[] img = {0, 1, 2, 3};
        boolean[] mask = {false, false, true, true};
        IbsiSettings s = new IbsiSettings(false, new double[] {1, 0, 0}, Interpolator.LINEAR, true, 0.5, null, null,
                null, 1.0, null, null, null, null, 1);
        IbsiPreprocessor.Result r = IbsiPreprocessor.prepare(g, img, mask, s);
        assertEquals(8, r.roi().grid().nx());
        // linear mask values: 0, 0, 0, 0.25, 0.75, 1, 1, 1 -> threshold 0.5
        assertEquals("[false, false, false, false, true, true, true, true]", Arrays.toString(r.roi().morphMask()));
        // intensities x clamped to [0, 3] and rounded half-even: 0, 0.25, 0.75, 1.25, 1.75, 2.25, 2.75, 3
        assertEquals("[0.0, 0.0, 1.0, 1.0, 2.0, 2.0, 3.0, 3.0]", Arrays.toString(r.roi().intensity()));
    }

    @Test
    void tricubicChainOnAConstantImageStaysConstant() {
        IbsiGrid g = new IbsiGrid(6, 6, 4, 1, 1, 3);
        double[] img = new double[g.size()];
        Arrays.fill(img, 42);
        IbsiSettings s = new IbsiSettings(false, new double[] {1.5, 1.5, 1.5}, Interpolator.TRICUBIC, false, 0.5, null,
                null, null, 1.0, null, null, null, null, 1);
        IbsiPreprocessor.Result r = IbsiPreprocessor.prepare(g, img, all(g.size()), s);
        for (double v : r.roi().intensity()) {
            assertEquals(42, v, 1e-9);
        }
        assertEquals(8.0, r.diagnostics().get("img_dim_z_interp_img")); // ceil(4 * 3 / 1.5)
    }

    @Test
    void texturesOfAFixedBinNumberChainAreFinite() {
        IbsiGrid g = new IbsiGrid(7, 6, 5, 1, 1, 1);
        double[] img = new double[g.size()];
        for (int q = 0; q < img.length; q++) {
            img[q] = (q * 37 % 101) - 50;
        }
        Map<String, Double> f = IbsiExtractor.features(new RoiImage(g, img, all(g.size()), all(g.size())),
                settings(null, null, null, null, 32));
        assertTrue(f.size() > 170);
        f.forEach((k, v) -> assertTrue(Double.isFinite(v), k + " = " + v));
        assertEquals(32.0, f.get("ih_max"), "with fixed bin number the maximum falls in the top bin");
    }

    @Test
    void intensityVolumeHistogramWithFixedBinNumber() {
        // intensities 1..10 in 10 bins: level = intensity, ν(i) = (11 - i)/10, γ = (i - 1)/9.
        // V10: γ ≥ 0.1 ⇔ i ≥ 1.9 → 9/10; V90: i ≥ 9.1 → 1/10; I10 = min{i : ν ≤ 0.1} = 10; I90 = 2;
        // AUC = (1/9)·[(1 + 0.1)/2 + (0.2 + … + 0.9)] = 0.55.
        IbsiGrid g = new IbsiGrid(10, 1, 1, 1, 1, 1);
        double[] img = {3, 1, 4, 10, 5, 9, 2, 6, 8, 7};
        IbsiSettings s = new IbsiSettings(false, null, Interpolator.LINEAR, false, 0.5, null, null, null, 1.0, null,
                null, null, 10, 1);
        Map<String, Double> f = IntensityVolumeHistogram.compute(new RoiImage(g, img, all(10), all(10)), s);
        assertEquals(0.9, f.get("ivh_v10"), 1e-12);
        assertEquals(0.1, f.get("ivh_v90"), 1e-12);
        assertEquals(10.0, f.get("ivh_i10"));
        assertEquals(2.0, f.get("ivh_i90"));
        assertEquals(0.8, f.get("ivh_diff_v10_v90"), 1e-12);
        assertEquals(8.0, f.get("ivh_diff_i10_i90"));
        assertEquals(0.55, f.get("ivh_auc"), 1e-12);
    }
}
