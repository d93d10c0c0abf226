package org.spinelab.radiomics.filters;

import java.util.stream.IntStream;
import org.spinelab.image.Volume;

/**
 * Gradient magnitude as ITK's {@code GradientMagnitudeImageFilter} (what PyRadiomics' Gradient image type
 * runs): central differences along each index axis,
 * {@code ∂_a f(x) = (f(x + e_a) − f(x − e_a)) / (2 h_a)}, with a zero-flux Neumann boundary (the voxel
 * beyond an edge repeats the edge voxel, so the edge difference is {@code (f(x+1) − f(x)) / 2h}), and
 * {@code |∇f| = √(Σ_a (∂_a f)²)}. {@code h_a} is the spacing along axis {@code a} when spacing is used,
 * else 1. Direction cosines do not enter: the magnitude of a gradient is the same in any orthonormal frame.
 */
public final class GradientMagnitude {

    private GradientMagnitude() {}

    /** The gradient magnitude of {@code image}; {@code useSpacing} as ITK's {@code UseImageSpacing}. */
    public static double[] of(Volume image, boolean useSpacing) {
        int nx = image.nx(), ny = image.ny(), nz = image.nz();
        double[] h = useSpacing ? image.geometry().spacing() : new double[] {1, 1, 1};
        double[] f = image.data();
        double[] out = new double[f.length];
        int sx = 1, sy = nx, sz = nx * ny;
        IntStream.range(0, nz).parallel().forEach(k -> {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int p = i + nx * (j + ny * k);
                    double gx = diff(f, p, i, nx, sx) / h[0];
                    double gy = diff(f, p, j, ny, sy) / h[1];
                    double gz = diff(f, p, k, nz, sz) / h[2];
                    out[p] = Math.sqrt(gx * gx + gy * gy + gz * gz);
                }
            }
        });
        return out;
    }

    /** Half the difference of the neighbours along one axis, neighbours clamped to the grid. */
    private static double diff(double[] f, int p, int coord, int n, int stride) {
        double next = coord + 1 < n ? f[p + stride] : f[p];
        double prev = coord > 0 ? f[p - stride] : f[p];
        return 0.5 * next - 0.5 * prev;
    }
}
