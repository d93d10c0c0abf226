package org.spinelab.radiomics.ibsi;

/**
 * In-place radix-2 complex FFT of a 3-D array (power-of-two sizes, i fastest), applied axis by axis.
 * Used for exact spatial autocorrelation sums over all voxel pairs in O(M log M).
 */
final class Fft3D {

    private Fft3D() {}

    /** Transforms (re, im) of size n0·n1·n2 in place; {@code inverse} applies the 1/M scaling. */
    static void transform(double[] re, double[] im, int n0, int n1, int n2, boolean inverse) {
        int[] n = {n0, n1, n2};
        int[] stride = {1, n0, n0 * n1};
        for (int axis = 0; axis < 3; axis++) {
            int len = n[axis];
            if (len == 1) {
                continue;
            }
            // lines along axis 1 and 2 are gathered in blocks of consecutive i, so that every cache
            // line read from the big arrays is used whole
            int block = axis == 0 ? 1 : Math.min(16, n0);
            double[][] lr = new double[block][len];
            double[][] li = new double[block][len];
            int outerAxis = axis == 2 ? 1 : 2;
            int innerCount = axis == 0 ? n1 : n0;
            for (int o = 0; o < n[outerAxis]; o++) {
                for (int u0 = 0; u0 < innerCount; u0 += block) {
                    int b = Math.min(block, innerCount - u0);
                    for (int c = 0; c < b; c++) {
                        int base = o * stride[outerAxis] + (u0 + c) * (axis == 0 ? stride[1] : 1);
                        for (int t = 0; t < len; t++) {
                            lr[c][t] = re[base + t * stride[axis]];
                            li[c][t] = im[base + t * stride[axis]];
                        }
                    }
                    for (int c = 0; c < b; c++) {
                        fft1d(lr[c], li[c], inverse);
                    }
                    for (int c = 0; c < b; c++) {
                        int base = o * stride[outerAxis] + (u0 + c) * (axis == 0 ? stride[1] : 1);
                        for (int t = 0; t < len; t++) {
                            re[base + t * stride[axis]] = lr[c][t];
                            im[base + t * stride[axis]] = li[c][t];
                        }
                    }
                }
            }
        }
        if (inverse) {
            double s = 1.0 / ((double) n0 * n1 * n2);
            for (int q = 0; q < re.length; q++) {
                re[q] *= s;
                im[q] *= s;
            }
        }
    }

    /** Iterative Cooley–Tukey with bit-reversal permutation. */
    static void fft1d(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double ang = 2 * Math.PI / len * (inverse ? 1 : -1);
            double wr = Math.cos(ang);
            double wi = Math.sin(ang);
            for (int i = 0; i < n; i += len) {
                double cr = 1;
                double ci = 0;
                for (int k = 0; k < len / 2; k++) {
                    int a = i + k;
                    int b = a + len / 2;
                    double xr = re[b] * cr - im[b] * ci;
                    double xi = re[b] * ci + im[b] * cr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                    double t = cr * wr - ci * wi;
                    ci = cr * wi + ci * wr;
                    cr = t;
                }
            }
        }
    }

    static int pow2AtLeast(int n) {
        int p = 1;
        while (p < n) {
            p <<= 1;
        }
        return p;
    }
}
