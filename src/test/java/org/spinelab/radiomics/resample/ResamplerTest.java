package org.spinelab.radiomics.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinelab.image.Geometry;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.util.InvalidInputException;

/** {@link Resampler} on synthetic volumes whose result follows from PyRadiomics' grid rule by hand. */
class ResamplerTest {

    private static final double[][] FLIP_Y = {{1, 0, 0}, {0, -1, 0}, {0, 0, 1}};

    /** f(i, j, k) = i + 100 j + 10000 k, FLOAT64, on a 20×20×10 grid with y flipped. */
    private static Volume ramp(double[] spacing) {
        long[] dims = {20, 20, 10};
        Geometry g = Geometry.of(dims, spacing, new double[] {-5, 7, 3}, FLIP_Y);
        double[] d = new double[20 * 20 * 10];
        for (int k = 0; k < 10; k++) {
            for (int j = 0; j < 20; j++) {
                for (int i = 0; i < 20; i++) {
                    d[i + 20 * (j + 20 * k)] = i + 100 * j + 10000 * k;
                }
            }
        }
        return Volume.wrap(g, d, VolumeMetadata.of("ramp", PixelType.FLOAT64));
    }

    private static Volume boxMask(Geometry g, int[] lo, int[] hi, int label) {
        Volume m = Volume.zeros(g, VolumeMetadata.of("mask", PixelType.UINT8));
        for (int k = lo[2]; k <= hi[2]; k++) {
            for (int j = lo[1]; j <= hi[1]; j++) {
                for (int i = lo[0]; i <= hi[0]; i++) {
                    m.set(i, j, k, label);
                }
            }
        }
        return m;
    }

    /**
     * Spacing 1 → 2.5 on i and j, 0 (kept) on k. ratio r = 0.4; ROI i in [6, 9]: L = ⌊5.5·0.4 − 1⌋ = 1,
     * U = ⌈9.5·0.4 + 1⌉ = 5 → 5 voxels; origin index ½(2.5 − 1)/1 + 1/0.4 = 3.25. On k (ratio 1, ROI
     * [3, 5]): L = ⌊2.5 − 1⌋ = 1, U = ⌈5.5 + 1⌉ = 7 → 7 slices from index 1. Linear interpolation of a
     * ramp returns the continuous index itself.
     */
    @Test
    void linearRampFollowsTheGridRule() {
        Volume image = ramp(new double[] {1, 1, 2});
        Volume mask = boxMask(image.geometry(), new int[] {6, 6, 3}, new int[] {9, 9, 5}, 2);
        ResampledPair p = Resampler.resample(image, mask, new double[] {2.5, 2.5, 0}, Interpolator.LINEAR, 2, 1);
        Volume out = p.image();
        assertArrayEquals(new long[] {5, 5, 7}, out.geometry().dims());
        assertArrayEquals(new double[] {2.5, 2.5, 2}, out.geometry().spacing(), 1e-12);
        double[] origin = image.geometry().indexToPatient(new double[] {3.25, 3.25, 1});
        assertArrayEquals(origin, out.geometry().origin(), 1e-12);
        for (int k = 0; k < out.nz(); k++) {
            for (int j = 0; j < out.ny(); j++) {
                for (int i = 0; i < out.nx(); i++) {
                    double ci = 3.25 + 2.5 * i, cj = 3.25 + 2.5 * j, ck = 1 + k;
                    double expected = Math.min(ci, 19) + 100 * Math.min(cj, 19) + 10000 * ck;
                    assertEquals(expected, out.get(i, j, k), 1e-9, i + "," + j + "," + k);
                }
            }
        }
        assertEquals(PixelType.UINT8, p.mask().metadata().pixelType());
        assertEquals(2.0, p.mask().get(2, 2, 2));
    }

    @Test
    void zeroSpacingAndSingleSliceAxesKeepTheOriginalSpacing() {
        Volume image = ramp(new double[] {1, 1, 2});
        Volume mask = boxMask(image.geometry(), new int[] {6, 6, 4}, new int[] {9, 9, 4}, 1);
        ResampledPair p = Resampler.resample(image, mask, new double[] {0, 0.5, 3}, Interpolator.NEAREST_NEIGHBOR, 1, 0);
        // i: 0 keeps 1; j: 0.5; k: the ROI is one slice thick, so k keeps 2 although 3 was asked
        assertArrayEquals(new double[] {1, 0.5, 2}, p.image().geometry().spacing(), 1e-12);
        // pad 0 along k with ratio 1: L = ⌊3.5⌋ = 3, U = ⌈4.5⌉ = 5 → 3 slices
        assertEquals(3, p.image().nz());
    }

    @Test
    void sameSpacingCropsWithoutInterpolating() {
        Volume image = ramp(new double[] {1, 1, 2});
        Volume mask = boxMask(image.geometry(), new int[] {6, 6, 3}, new int[] {9, 9, 5}, 1);
        ResampledPair p = Resampler.resample(image, mask, new double[] {1, 1, 2}, Interpolator.BSPLINE, 1, 2);
        assertArrayEquals(new long[] {8, 8, 7}, p.image().geometry().dims());
        assertEquals(image.get(4, 4, 1), p.image().get(0, 0, 0));
        assertTrue(p.image().geometry().sameGridAs(p.mask().geometry(), 1e-9));
        assertArrayEquals(image.geometry().indexToPatient(new double[] {4, 4, 1}), p.image().geometry().origin(), 1e-12);
    }

    @Test
    void integerImagesAreTruncatedTowardZero() {
        Volume image = ramp(new double[] {1, 1, 2}).withMetadata(VolumeMetadata.of("ramp", PixelType.INT32));
        Volume mask = boxMask(image.geometry(), new int[] {6, 6, 3}, new int[] {9, 9, 5}, 1);
        ResampledPair p = Resampler.resample(image, mask, new double[] {2.5, 2.5, 0}, Interpolator.LINEAR, 1, 1);
        // first voxel at continuous index (3.25, 3.25, 1): 3.25 + 100·3.25 + 10000·1 = 10328.25 → 10328
        assertEquals(10328.0, p.image().get(0, 0, 0));
        assertEquals(PixelType.INT32, p.image().metadata().pixelType());
    }

    @Test
    void badInputIsRejectedWithItsName() {
        Volume image = ramp(new double[] {1, 1, 2});
        Volume mask = boxMask(image.geometry(), new int[] {6, 6, 3}, new int[] {9, 9, 5}, 1);
        InvalidInputException noLabel = assertThrows(InvalidInputException.class,
                () -> Resampler.resample(image, mask, new double[] {2, 2, 2}, Interpolator.LINEAR, 3, 5));
        assertTrue(noLabel.getMessage().contains("label 3"), noLabel.getMessage());
        InvalidInputException spacing = assertThrows(InvalidInputException.class,
                () -> Resampler.resample(image, mask, new double[] {2, 2}, Interpolator.LINEAR, 1, 5));
        assertTrue(spacing.getMessage().contains("resampledPixelSpacing"));
        Volume shifted = mask.withGeometry(Geometry.of(mask.geometry().dims(), new double[] {1, 1, 2},
                new double[] {100, 7, 3}, FLIP_Y));
        InvalidInputException outside = assertThrows(InvalidInputException.class,
                () -> Resampler.resample(image, shifted, new double[] {2, 2, 2}, Interpolator.LINEAR, 1, 5));
        assertTrue(outside.getMessage().contains("outside the image"), outside.getMessage());
    }
}
