package org.spinelab.radiomics.filters;

/**
 * PyRadiomics' voxel-wise intensity filters (Square, SquareRoot, Logarithm, Exponential). Each rescales
 * with the largest absolute intensity {@code M = max|x|} of the whole image so that the result stays on
 * the original range, and keeps the sign of negative intensities where PyRadiomics does. The arithmetic
 * follows PyRadiomics' numpy expressions operation by operation (a zero image gives NaNs there as here).
 */
public final class IntensityTransforms {

    private IntensityTransforms() {}

    /** {@code M = max|x|} over all voxels (NaN-propagating like numpy's max). */
    static double maxAbs(double[] x) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            double a = Math.abs(v);
            if (a > m || Double.isNaN(a)) {
                m = a;
                if (Double.isNaN(a)) {
                    return a;
                }
            }
        }
        return m;
    }

    /** Square: {@code f(x) = (c·x)²} with {@code c = 1/√M}. */
    public static double[] square(double[] x) {
        double c = 1 / Math.sqrt(maxAbs(x));
        double[] out = new double[x.length];
        for (int p = 0; p < x.length; p++) {
            double v = c * x[p];
            out[p] = v * v;
        }
        return out;
    }

    /** SquareRoot: {@code f(x) = √(M·x)} for {@code x > 0}, {@code −√(−M·x)} for {@code x < 0}, 0 at 0. */
    public static double[] squareRoot(double[] x) {
        double c = maxAbs(x);
        double[] out = new double[x.length];
        for (int p = 0; p < x.length; p++) {
            double v = x[p];
            out[p] = v > 0 ? Math.sqrt(v * c) : v < 0 ? -Math.sqrt(-v * c) : v;
        }
        return out;
    }

    /**
     * Logarithm: {@code g(x) = log(x + 1)} for {@code x > 0}, {@code −log(−(x − 1))} for {@code x < 0}, then
     * {@code f = g · (M / max|g|)}.
     */
    public static double[] logarithm(double[] x) {
        double m = maxAbs(x);
        double[] out = new double[x.length];
        for (int p = 0; p < x.length; p++) {
            double v = x[p];
            out[p] = v > 0 ? Math.log(v + 1) : v < 0 ? -Math.log(-(v - 1)) : v;
        }
        double scale = m / maxAbs(out);
        for (int p = 0; p < out.length; p++) {
            out[p] = out[p] * scale;
        }
        return out;
    }

    /** Exponential: {@code f(x) = exp(c·x)} with {@code c = log(M)/M}. */
    public static double[] exponential(double[] x) {
        double m = maxAbs(x);
        double c = Math.log(m) / m;
        double[] out = new double[x.length];
        for (int p = 0; p < x.length; p++) {
            out[p] = Math.exp(c * x[p]);
        }
        return out;
    }
}
