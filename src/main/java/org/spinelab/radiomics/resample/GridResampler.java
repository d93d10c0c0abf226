package org.spinelab.radiomics.resample;

import org.spinelab.image.Geometry;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;

/**
 * Resamples a volume onto another grid in patient space, as ITK's {@code ResampleImageFilter} with
 * the identity transform (what SimpleITK's {@code ResampleImageFilter} runs by default).
 *
 * <p>For output index o: point p = O_out + M_out·o; input continuous index x = M_in⁻¹·(p − O_in),
 * with M = direction·diag(spacing). ITK evaluates x at the start of each output row and then adds the
 * constant step Δ = x(o + e_i) − x(o) along the row; we do the same so that rounding (which decides
 * nearest-neighbour ties) matches. Points outside the input ({@link ImageInterpolator#isInside}) get
 * {@code defaultValue}; the rest are interpolated and cast to {@code outputType} ({@link PixelCast}).
 */
public final class GridResampler {

    private GridResampler() {}

    public static Volume resample(Volume input, Geometry target, Interpolator kind, double defaultValue,
            PixelType outputType) {
        return resample(input, Interpolators.create(input, kind), target, defaultValue, outputType);
    }

    /** Same, with an interpolator already built over {@code input}. */
    public static Volume resample(Volume input, ImageInterpolator interpolator, Geometry target,
            double defaultValue, PixelType outputType) {
        double[][] toIndex = physicalToIndex(input.geometry());
        double[] inOrigin = input.geometry().origin();
        double[][] outMatrix = indexToPhysical(target);
        double[] outOrigin = target.origin();
        int nx = (int) target.dim(0), ny = (int) target.dim(1), nz = (int) target.dim(2);
        double[] out = new double[Math.toIntExact(target.voxelCount())];

        double[] x0 = continuousIndex(toIndex, inOrigin, outMatrix, outOrigin, 0, 0, 0);
        double[] x1 = continuousIndex(toIndex, inOrigin, outMatrix, outOrigin, 1, 0, 0);
        double[] step = {x1[0] - x0[0], x1[1] - x0[1], x1[2] - x0[2]};
        int t = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                double[] x = continuousIndex(toIndex, inOrigin, outMatrix, outOrigin, 0, j, k);
                for (int i = 0; i < nx; i++) {
                    if (interpolator.isInside(x[0], x[1], x[2])) {
                        out[t] = PixelCast.cast(interpolator.valueAt(x[0], x[1], x[2]), outputType);
                    } else {
                        out[t] = defaultValue;
                    }
                    t++;
                    x[0] += step[0];
                    x[1] += step[1];
                    x[2] += step[2];
                }
            }
        }
        return Volume.wrap(target, out, input.metadata().withPixelType(outputType));
    }

    /** M = direction·diag(spacing), entry by entry as ITK forms it. */
    static double[][] indexToPhysical(Geometry g) {
        double[][] d = g.direction();
        double[] s = g.spacing();
        double[][] m = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                m[r][c] = d[r][c] * s[c];
            }
        }
        return m;
    }

    /** M⁻¹ = diag(1/spacing)·directionᵀ (the direction is orthonormal). */
    static double[][] physicalToIndex(Geometry g) {
        double[][] d = g.direction();
        double[] s = g.spacing();
        double[][] m = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                m[r][c] = d[c][r] / s[r];
            }
        }
        return m;
    }

    private static double[] continuousIndex(double[][] toIndex, double[] inOrigin, double[][] outMatrix,
            double[] outOrigin, int i, int j, int k) {
        double[] p = new double[3];
        for (int r = 0; r < 3; r++) {
            double v = outOrigin[r];
            v += outMatrix[r][0] * i;
            v += outMatrix[r][1] * j;
            v += outMatrix[r][2] * k;
            p[r] = v - inOrigin[r];
        }
        double[] x = new double[3];
        for (int r = 0; r < 3; r++) {
            double v = 0;
            v += toIndex[r][0] * p[0];
            v += toIndex[r][1] * p[1];
            v += toIndex[r][2] * p[2];
            x[r] = v;
        }
        return x;
    }
}
