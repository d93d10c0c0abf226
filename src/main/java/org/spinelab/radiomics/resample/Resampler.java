package org.spinelab.radiomics.resample;

import java.util.Arrays;
import org.spinelab.image.Geometry;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.util.InvalidInputException;

/**
 * PyRadiomics' {@code imageoperations.resampleImage(image, mask, resampledPixelSpacing,
 * interpolator, label, padDistance)}: image and mask resampled onto a new spacing, on a grid that
 * covers only the ROI's bounding box plus {@code padDistance} new voxels.
 *
 * <p>With mask spacing s, new spacing s' (a component 0 keeps s; an axis on which the ROI spans one
 * voxel keeps s too), r = s / s', ROI bounding box lower index b and size n (per axis):
 * <ul>
 *   <li>new index bounds L = max(0, ⌊(b − ½)·r − pad⌋), U = min(⌈N·r⌉ − 1, ⌈(b + n − ½)·r + pad⌉)
 *       with N the mask's size; new size U − L + 1;</li>
 *   <li>origin = mask's physical point at continuous index ½(s' − s)/s + L / r — so that the new
 *       grid's voxel edges line up with the original grid's outer edge;</li>
 *   <li>direction = the mask's; the image is interpolated with {@code interpolator} and kept in its
 *       pixel type ({@link PixelCast}), the mask by nearest neighbour; outside the input the value
 *       is 0 (SimpleITK's default, PyRadiomics does not set another).</li>
 * </ul>
 * When the image spacing already equals the target (numpy {@code allclose}), nothing is
 * interpolated: as PyRadiomics 3 does, the mask is put on the image grid (nearest neighbour) and both
 * are cropped to the ROI's bounding box ± padDistance voxels.
 */
public final class Resampler {

    /** PyRadiomics' tolerance when checking that the ROI lies within the image (in voxels). */
    private static final double ROI_TOLERANCE = 1e-3;

    private Resampler() {}

    public static ResampledPair resample(Volume image, Volume mask, double[] resampledPixelSpacing,
            Interpolator interpolator, int label, double padDistance) {
        if (resampledPixelSpacing == null || resampledPixelSpacing.length != 3) {
            throw new InvalidInputException("resampledPixelSpacing: need 3 values, got "
                    + (resampledPixelSpacing == null ? "none" : Arrays.toString(resampledPixelSpacing)));
        }
        for (double s : resampledPixelSpacing) {
            if (!(s >= 0) || Double.isInfinite(s)) {
                throw new InvalidInputException("resampledPixelSpacing: values must be ≥ 0 (0 keeps the original), got "
                        + Arrays.toString(resampledPixelSpacing));
            }
        }
        Geometry maskGeometry = mask.geometry();
        double[] maskSpacing = maskGeometry.spacing();
        double[] imageSpacing = image.geometry().spacing();
        LabelBounds bb = LabelBounds.of(mask, label);
        checkRoiInsideImage(image, mask, bb);

        double[] spacing = new double[3];
        for (int a = 0; a < 3; a++) {
            double s = resampledPixelSpacing[a] == 0 ? maskSpacing[a] : resampledPixelSpacing[a];
            spacing[a] = bb.size()[a] != 1 ? s : maskSpacing[a];
        }
        if (allClose(imageSpacing, spacing)) {
            return onImageGrid(image, mask, label, padDistance);
        }
        Geometry grid = resampledGrid(maskGeometry, bb, spacing, padDistance);
        PixelType imageType = image.metadata().pixelType();
        PixelType maskType = mask.metadata().pixelType();
        Volume outImage = GridResampler.resample(image, grid, interpolator, 0, imageType);
        Volume outMask = GridResampler.resample(mask, grid, Interpolator.NEAREST_NEIGHBOR, 0, maskType);
        return new ResampledPair(outImage, outMask);
    }

    /** The output grid of {@link #resample} for the ROI box {@code bb} and final spacing. */
    static Geometry resampledGrid(Geometry maskGeometry, LabelBounds bb, double[] spacing, double padDistance) {
        double[] maskSpacing = maskGeometry.spacing();
        long[] size = new long[3];
        double[] originIndex = new double[3];
        for (int a = 0; a < 3; a++) {
            double ratio = maskSpacing[a] / spacing[a];
            double lower = Math.floor((bb.lower()[a] - 0.5) * ratio - padDistance);
            double upper = Math.ceil((bb.lower()[a] + bb.size()[a] - 0.5) * ratio + padDistance);
            double maxUpper = Math.ceil(maskGeometry.dim(a) * ratio) - 1;
            lower = lower < 0 ? 0 : lower;
            upper = upper > maxUpper ? maxUpper : upper;
            size[a] = (long) (upper - lower + 1);
            double newOriginIndex = 0.5 * (spacing[a] - maskSpacing[a]) / maskSpacing[a];
            originIndex[a] = newOriginIndex + lower / ratio;
        }
        double[] origin = continuousIndexToPhysical(maskGeometry, originIndex);
        return Geometry.of(size, spacing, origin, maskGeometry.direction());
    }

    /** ITK's TransformContinuousIndexToPhysicalPoint: O + Σ_c M[r][c]·x[c]. */
    private static double[] continuousIndexToPhysical(Geometry g, double[] x) {
        double[][] m = GridResampler.indexToPhysical(g);
        double[] o = g.origin();
        double[] p = new double[3];
        for (int r = 0; r < 3; r++) {
            double sum = 0;
            for (int c = 0; c < 3; c++) {
                sum += m[r][c] * x[c];
            }
            p[r] = sum + o[r];
        }
        return p;
    }

    /** The ROI's box (voxel edges) must map inside the image's, as PyRadiomics' _checkROI demands. */
    private static void checkRoiInsideImage(Volume image, Volume mask, LabelBounds bb) {
        Geometry ig = image.geometry();
        for (int c = 0; c < 8; c++) {
            double[] idx = new double[3];
            for (int a = 0; a < 3; a++) {
                idx[a] = ((c >> a) & 1) == 0 ? bb.lower()[a] - 0.5 : bb.lower()[a] + bb.size()[a] - 0.5;
            }
            double[] inImage = ig.patientToIndex(mask.geometry().indexToPatient(idx));
            for (int a = 0; a < 3; a++) {
                if (inImage[a] < -0.5 - ROI_TOLERANCE || inImage[a] > ig.dim(a) - 0.5 + ROI_TOLERANCE) {
                    String src = mask.metadata().source();
                    throw new InvalidInputException((src == null ? "mask" : src)
                            + ": the bounding box of the ROI extends outside the image");
                }
            }
        }
    }

    /** Mask put on the image grid, both cropped to the ROI's box ± padDistance (PyRadiomics 3). */
    private static ResampledPair onImageGrid(Volume image, Volume mask, int label, double padDistance) {
        Volume m = mask.geometry().sameGridAs(image.geometry(), 1e-6) ? mask
                : GridResampler.resample(mask, image.geometry(), Interpolator.NEAREST_NEIGHBOR, 0,
                        mask.metadata().pixelType());
        LabelBounds bb = LabelBounds.of(m, label);
        int pad = (int) padDistance;
        long[] lower = new long[3];
        long[] size = new long[3];
        for (int a = 0; a < 3; a++) {
            long lo = Math.max(0, bb.lower()[a] - pad);
            long hi = Math.min(image.geometry().dim(a) - 1, bb.lower()[a] + bb.size()[a] - 1 + pad);
            lower[a] = lo;
            size[a] = hi - lo + 1;
        }
        return new ResampledPair(crop(image, lower, size), crop(m, lower, size));
    }

    static Volume crop(Volume v, long[] lower, long[] size) {
        Geometry g = v.geometry().crop(lower, size);
        int nx = (int) size[0], ny = (int) size[1], nz = (int) size[2];
        double[] out = new double[nx * ny * nz];
        int t = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                int from = v.index((int) lower[0], (int) lower[1] + j, (int) lower[2] + k);
                System.arraycopy(v.data(), from, out, t, nx);
                t += nx;
            }
        }
        return Volume.wrap(g, out, v.metadata());
    }

    /** numpy.allclose(a, b): |a − b| ≤ 1e-8 + 1e-5·|b| element-wise. */
    private static boolean allClose(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > 1e-8 + 1e-5 * Math.abs(b[i])) {
                return false;
            }
        }
        return true;
    }
}
