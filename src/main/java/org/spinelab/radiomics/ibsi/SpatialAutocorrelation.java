package org.spinelab.radiomics.ibsi;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Moran's I and Geary's C (reference manual, sections 3.1.26–27) over the intensity ROI with inverse
 * distance weights {@code w_ij = 1/||x_i - x_j||} (mm), {@code i ≠ j}, {@code W = Σ w_ij}:
 *
 * <pre>
 * I = N/W · Σ w_ij (X_i - μ)(X_j - μ) / Σ (X_i - μ)²
 * C = (N - 1)/(2W) · Σ w_ij (X_i - X_j)² / Σ (X_i - μ)²
 * </pre>
 *
 * Exact (all pairs, weights from a table indexed by the voxel offset) up to {@link #EXACT_LIMIT} ROI
 * voxels. Above it the pair sums are estimated from {@link #SAMPLED_PAIRS} uniformly drawn pairs —
 * the manual allows approximating these O(N²) features on large ROIs; the ratio estimators
 * {@code Σ w y_i y_j / W} and {@code Σ w (X_i - X_j)² / W} are consistent, μ and {@code Σ (X_i - μ)²}
 * stay exact, and the seed is fixed so results are reproducible.
 */
public final class SpatialAutocorrelation {

    static final int EXACT_LIMIT = 60_000;
    static final int SAMPLED_PAIRS = 20_000_000;

    private SpatialAutocorrelation() {}

    /** {Moran's I, Geary's C}. */
    public static double[] compute(RoiImage roi) {
        IbsiGrid g = roi.grid();
        boolean[] mask = roi.intensityMask();
        int n = RoiImage.count(mask);
        int[] ci = new int[n];
        int[] cj = new int[n];
        int[] ck = new int[n];
        double[] x = new double[n];
        int t = 0;
        double mean = 0;
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    int q = g.index(i, j, k);
                    if (mask[q]) {
                        ci[t] = i;
                        cj[t] = j;
                        ck[t] = k;
                        x[t] = roi.intensity()[q];
                        mean += x[t];
                        t++;
                    }
                }
            }
        }
        mean /= n;
        double ss = 0;
        for (int a = 0; a < n; a++) {
            x[a] -= mean;
            ss += x[a] * x[a];
        }
        if (n < 2 || ss == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        int nx = g.nx();
        int ny = g.ny();
        int nz = g.nz();
        double[] w = new double[nx * ny * nz];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    double d = Math.sqrt(sq(i * g.sx()) + sq(j * g.sy()) + sq(k * g.sz()));
                    w[i + nx * (j + ny * k)] = d == 0 ? 0 : 1 / d;
                }
            }
        }
        double sumW;
        double sumMoran;
        double sumGeary;
        if (n <= EXACT_LIMIT) {
            double[][] parts = IntStream.range(0, n).parallel().mapToObj(a -> {
                double sw = 0;
                double sm = 0;
                double sg = 0;
                for (int b = a + 1; b < n; b++) {
                    double wt = w[Math.abs(ci[a] - ci[b]) + nx * (Math.abs(cj[a] - cj[b]) + ny * Math.abs(ck[a] - ck[b]))];
                    sw += wt;
                    sm += wt * x[a] * x[b];
                    double d = x[a] - x[b];
                    sg += wt * d * d;
                }
                return new double[] {sw, sm, sg};
            }).toArray(double[][]::new);
            sumW = 0;
            sumMoran = 0;
            sumGeary = 0;
            for (double[] p : parts) {
                sumW += p[0];
                sumMoran += p[1];
                sumGeary += p[2];
            }
        } else {
            SplittableRandom rnd = new SplittableRandom(20240601L);
            sumW = 0;
            sumMoran = 0;
            sumGeary = 0;
            for (int s = 0; s < SAMPLED_PAIRS; s++) {
                int a = rnd.nextInt(n);
                int b = rnd.nextInt(n - 1);
                if (b >= a) {
                    b++;
                }
                double wt = w[Math.abs(ci[a] - ci[b]) + nx * (Math.abs(cj[a] - cj[b]) + ny * Math.abs(ck[a] - ck[b]))];
                sumW += wt;
                sumMoran += wt * x[a] * x[b];
                double d = x[a] - x[b];
                sumGeary += wt * d * d;
            }
        }
        double moran = n / sumW * sumMoran / ss;
        double geary = (n - 1) / (2 * sumW) * sumGeary / ss;
        return new double[] {moran, geary};
    }

    private static double sq(double v) {
        return v * v;
    }
}
