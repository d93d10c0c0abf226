package org.spinelab.radiomics.ibsi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.spinelab.util.InvalidInputException;

/**
 * The IBSI image-processing chain (reference manual, chapter 2): interpolation with grid-centre
 * alignment, intensity rounding, mask interpolation with a partial-volume threshold, re-segmentation
 * by range and by outliers. Records the manual's diagnostic values (image and ROI dimensions,
 * bounding boxes, voxel counts, intensities) after each step, keyed by the tags of the reference
 * files ({@code int_mask_vox_count_interp_roi}, …).
 *
 * <p>The mask is interpolated with the linear interpolator (nearest neighbour when the image is
 * interpolated by nearest neighbour): the manual recommends against cubic interpolation of masks.
 * Outlier filtering uses the mean and SD of the interpolated ROI before range re-segmentation; the
 * intensity mask is the intersection of both filters (manual, section 2.5).
 */
public final class IbsiPreprocessor {

    private IbsiPreprocessor() {}

    /** The processed image and the diagnostics of each step. */
    public record Result(RoiImage roi, Map<String, Double> diagnostics) {}

    /**
     * @param image intensities on {@code grid}
     * @param mask  ROI on the same grid
     */
    public static Result prepare(IbsiGrid grid, double[] image, boolean[] mask, IbsiSettings s) {
        if (image.length != grid.size() || mask.length != grid.size()) {
            throw new IllegalArgumentException("image/mask size does not match the grid");
        }
        if (RoiImage.count(mask) == 0) {
            throw new InvalidInputException("mask: empty ROI (no voxel with label " + s.label() + ")");
        }
        Map<String, Double> diag = new LinkedHashMap<>();
        imageDiagnostics(diag, "init_img", grid, image);
        roiDiagnostics(diag, "init_roi", grid, image, mask, mask);

        IbsiGrid g = grid;
        double[] img = image;
        boolean[] morph = mask;
        if (s.resampledPixelSpacing() != null) {
            g = GridResampler.targetGrid(grid, s.resampledPixelSpacing());
            img = GridResampler.resample(image, grid, g, s.interpolator());
            double[] m = new double[mask.length];
            for (int q = 0; q < m.length; q++) {
                m[q] = mask[q] ? 1 : 0;
            }
            Interpolator maskInterp = s.interpolator() == Interpolator.NEAREST ? Interpolator.NEAREST : Interpolator.LINEAR;
            double[] mi = GridResampler.resample(m, grid, g, maskInterp);
            morph = new boolean[mi.length];
            for (int q = 0; q < mi.length; q++) {
                // tiny slack: a trilinear weight sum of exactly 0.5 may come out as 0.4999999999
                morph[q] = mi[q] >= s.maskPartialVolumeThreshold() - 1e-12;
            }
        }
        if (s.intensityRounding()) {
            img = img.clone();
            for (int q = 0; q < img.length; q++) {
                img[q] = Math.rint(img[q]);
            }
        }
        imageDiagnostics(diag, "interp_img", g, img);
        roiDiagnostics(diag, "interp_roi", g, img, morph, morph);
        if (RoiImage.count(morph) == 0) {
            throw new InvalidInputException("mask: ROI vanishes after interpolation to the requested spacing");
        }

        boolean[] intensity = morph.clone();
        if (s.outlierFilterSigma() != null) {
            double sum = 0;
            double sum2 = 0;
            int n = 0;
            for (int q = 0; q < img.length; q++) {
                if (morph[q]) {
                    sum += img[q];
                    n++;
                }
            }
            double mean = sum / n;
            for (int q = 0; q < img.length; q++) {
                if (morph[q]) {
                    sum2 += (img[q] - mean) * (img[q] - mean);
                }
            }
            double sd = Math.sqrt(sum2 / n);
            double lo = mean - s.outlierFilterSigma() * sd;
            double hi = mean + s.outlierFilterSigma() * sd;
            for (int q = 0; q < img.length; q++) {
                intensity[q] &= img[q] >= lo && img[q] <= hi;
            }
        }
        if (s.resegmentLower() != null || s.resegmentUpper() != null) {
            double lo = s.resegmentLower() == null ? Double.NEGATIVE_INFINITY : s.resegmentLower();
            double hi = s.resegmentUpper() == null ? Double.POSITIVE_INFINITY : s.resegmentUpper();
            for (int q = 0; q < img.length; q++) {
                intensity[q] &= img[q] >= lo && img[q] <= hi;
            }
        }
        if (RoiImage.count(intensity) == 0) {
            throw new InvalidInputException("mask: no ROI voxel left after re-segmentation");
        }
        roiDiagnostics(diag, "reseg_roi", g, img, intensity, morph);
        return new Result(new RoiImage(g, img, morph, intensity), diag);
    }

    private static void imageDiagnostics(Map<String, Double> d, String step, IbsiGrid g, double[] img) {
        d.put("img_dim_x_" + step, (double) g.nx());
        d.put("img_dim_y_" + step, (double) g.ny());
        d.put("img_dim_z_" + step, (double) g.nz());
        d.put("vox_dim_x_" + step, g.sx());
        d.put("vox_dim_y_" + step, g.sy());
        d.put("vox_dim_z_" + step, g.sz());
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : img) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        d.put("mean_int_" + step, sum / img.length);
        d.put("min_int_" + step, min);
        d.put("max_int_" + step, max);
    }

    private static void roiDiagnostics(Map<String, Double> d, String step, IbsiGrid g, double[] img, boolean[] intMask,
            boolean[] morphMask) {
        d.put("int_mask_dim_x_" + step, (double) g.nx());
        d.put("int_mask_dim_y_" + step, (double) g.ny());
        d.put("int_mask_dim_z_" + step, (double) g.nz());
        int[] bbInt = boundingBox(g, intMask);
        int[] bbMorph = boundingBox(g, morphMask);
        String[] ax = {"x", "y", "z"};
        for (int a = 0; a < 3; a++) {
            d.put("int_mask_bb_dim_" + ax[a] + "_" + step, (double) bbInt[a]);
        }
        for (int a = 0; a < 3; a++) {
            d.put("morph_mask_bb_dim_" + ax[a] + "_" + step, (double) bbMorph[a]);
        }
        d.put("int_mask_vox_count_" + step, (double) RoiImage.count(intMask));
        d.put("morph_mask_vox_count_" + step, (double) RoiImage.count(morphMask));
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (int q = 0; q < img.length; q++) {
            if (intMask[q]) {
                sum += img[q];
                min = Math.min(min, img[q]);
                max = Math.max(max, img[q]);
                n++;
            }
        }
        d.put("int_mask_mean_int_" + step, n == 0 ? Double.NaN : sum / n);
        d.put("int_mask_min_int_" + step, min);
        d.put("int_mask_max_int_" + step, max);
    }

    /** Extents (voxels) of the bounding box of {@code mask} along x, y, z. */
    static int[] boundingBox(IbsiGrid g, boolean[] mask) {
        int[] lo = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        int[] hi = {-1, -1, -1};
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    if (mask[g.index(i, j, k)]) {
                        lo[0] = Math.min(lo[0], i);
                        hi[0] = Math.max(hi[0], i);
                        lo[1] = Math.min(lo[1], j);
                        hi[1] = Math.max(hi[1], j);
                        lo[2] = Math.min(lo[2], k);
                        hi[2] = Math.max(hi[2], k);
                    }
                }
            }
        }
        int[] ext = new int[3];
        for (int a = 0; a < 3; a++) {
            ext[a] = hi[a] < 0 ? 0 : hi[a] - lo[a] + 1;
        }
        return ext;
    }
}
