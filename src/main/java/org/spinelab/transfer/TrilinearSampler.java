package org.spinelab.transfer;

/**
 * Trilinear interpolation of label indicators. For a point with fractional offsets (u, v, w) from the
 * voxel (i0, j0, k0), label ℓ gets the weight {@code p_ℓ = Σ_corners w_c · [label_c = ℓ]} with
 * {@code w_c = (u or 1−u)(v or 1−v)(w or 1−w)}, i.e. the trilinear interpolation of ℓ's indicator;
 * the label with the largest weight wins, background included, ties going to a non-zero label. For a
 * binary label this keeps the voxel exactly where the interpolated mask is ≥ 0.5.
 *
 * <p>Holds scratch arrays for the eight corners, so each thread uses its own instance ({@link #copy}).
 */
final class TrilinearSampler implements LabelSampler {

    private final SourceLabels src;
    private final int[] c = new int[8];
    private final double[] w = new double[8];

    TrilinearSampler(SourceLabels src) {
        this.src = src;
    }

    @Override
    public LabelSampler copy() {
        return new TrilinearSampler(src);
    }

    @Override
    public int label(double x, double y, double z) {
        corners(x, y, z);
        boolean uniform = true;
        for (int n = 1; n < 8; n++) {
            uniform &= c[n] == c[0];
        }
        if (uniform) {
            return c[0];
        }
        int best = 0;
        double bestWeight = -1;
        for (int n = 0; n < 8; n++) {
            int l = c[n];
            boolean seen = false;
            for (int m = 0; m < n; m++) {
                seen |= c[m] == l;
            }
            if (seen) {
                continue;
            }
            double s = 0;
            for (int m = n; m < 8; m++) {
                if (c[m] == l) {
                    s += w[m];
                }
            }
            if (s > bestWeight || (s == bestWeight && prefer(l, best))) {
                best = l;
                bestWeight = s;
            }
        }
        return best;
    }

    @Override
    public double foreground(double x, double y, double z) {
        corners(x, y, z);
        double p = 0;
        for (int n = 0; n < 8; n++) {
            if (c[n] != 0) {
                p += w[n];
            }
        }
        return Math.min(1, p);
    }

    /** Non-zero beats background on a tie; between two labels, the smaller value, for determinism. */
    private static boolean prefer(int candidate, int current) {
        return current == 0 ? candidate != 0 : candidate != 0 && candidate < current;
    }

    private void corners(double x, double y, double z) {
        int i0 = (int) Math.floor(x);
        int j0 = (int) Math.floor(y);
        int k0 = (int) Math.floor(z);
        double u = x - i0;
        double v = y - j0;
        double t = z - k0;
        int i1 = Math.min(i0 + 1, src.nx - 1);
        int j1 = Math.min(j0 + 1, src.ny - 1);
        int k1 = Math.min(k0 + 1, src.nz - 1);
        int n = 0;
        for (int dk = 0; dk < 2; dk++) {
            int k = dk == 0 ? k0 : k1;
            double wk = dk == 0 ? 1 - t : t;
            for (int dj = 0; dj < 2; dj++) {
                int j = dj == 0 ? j0 : j1;
                double wj = dj == 0 ? 1 - v : v;
                for (int di = 0; di < 2; di++, n++) {
                    int i = di == 0 ? i0 : i1;
                    c[n] = src.values[src.index(i, j, k)];
                    w[n] = wk * wj * (di == 0 ? 1 - u : u);
                }
            }
        }
    }
}
