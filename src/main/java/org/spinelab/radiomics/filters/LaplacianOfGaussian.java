package org.spinelab.radiomics.filters;

import org.spinelab.image.Volume;

/**
 * Scale-normalised Laplacian of Gaussian, {@code σ² ∇²(G_σ * f)} (σ in mm), computed as ITK's
 * {@code LaplacianRecursiveGaussianImageFilter} with {@code NormalizeAcrossScale} on — what PyRadiomics' LoG
 * image type runs through SimpleITK.
 *
 * <p>For each axis {@code a}: the {@link RecursiveGaussian} second derivative along {@code a}, then
 * recursive Gaussian smoothing along each other axis in increasing order; the result, divided by
 * {@code h_a²} (the derivative is taken per voxel), is added to the sum. ITK keeps every intermediate
 * image and the running sum in single precision ({@code InternalRealType = float}); so do we, rounding at
 * the same points, so that values agree with ITK's to float rounding whatever the input type. Spacing is
 * used per axis; direction cosines do not enter. Every axis needs at least 4 voxels.
 */
public final class LaplacianOfGaussian {

    private LaplacianOfGaussian() {}

    /** {@code σ² ∇²(G_σ * f)} of {@code image}, σ in mm (&gt; 0). */
    public static double[] of(Volume image, double sigma) {
        int[] dims = {image.nx(), image.ny(), image.nz()};
        for (int d : dims) {
            if (d < 4) {
                throw new IllegalArgumentException("the recursive Gaussian needs at least 4 voxels along every axis: "
                        + dims[0] + "×" + dims[1] + "×" + dims[2]);
            }
        }
        double[] h = image.geometry().spacing();
        double[] sum = new double[image.data().length];
        for (int a = 0; a < 3; a++) {
            double[] work = new double[sum.length];
            pass(image.data(), work, dims, a, RecursiveGaussian.of(sigma, h[a], 2));
            for (int b = 0; b < 3; b++) {
                if (b != a) {
                    pass(work, work, dims, b, RecursiveGaussian.of(sigma, h[b], 0));
                }
            }
            double inv = 1.0 / (h[a] * h[a]);
            for (int p = 0; p < sum.length; p++) {
                sum[p] = (float) (sum[p] + work[p] * inv);
            }
        }
        return sum;
    }

    /** One recursive pass along {@code axis}, the result rounded to single precision as ITK stores it. */
    private static void pass(double[] src, double[] dst, int[] dims, int axis, RecursiveGaussian g) {
        ThreadLocal<double[]> scratch = ThreadLocal.withInitial(() -> new double[dims[axis]]);
        Lines.along(src, dst, dims, axis, (in, out, n) -> {
            g.filter(in, out, scratch.get(), n);
            for (int t = 0; t < n; t++) {
                out[t] = (float) out[t];
            }
        });
    }
}
