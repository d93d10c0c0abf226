package org.spinelab.nomogram;

/**
 * "Pretty" axis tick values as R's {@code pretty(c(lo, hi), n)} computes them (R_pretty with
 * min.n = n %/% 3, shrink.sml = 0.75, high.u.bias = 1.5, u5.bias = 0.5 + 1.5·1.5, eps.correct = 0):
 * a unit of 1, 2, 5 or 10 × 10^k near (hi − lo)/n, preferring the smaller units by the bias factors,
 * and ticks from ⌊lo/unit⌋·unit to ⌈hi/unit⌉·unit. rms::nomogram draws (and scales) each continuous
 * predictor over these ticks with n = 10.
 */
public final class PrettyTicks {

    private static final double ROUNDING_EPS = 1e-10;
    private static final double H = 1.5;
    private static final double H5 = 0.5 + 1.5 * H;
    private static final double SHRINK_SML = 0.75;

    private PrettyTicks() {}

    public static double[] of(double lo, double hi, int n) {
        if (!(Double.isFinite(lo) && Double.isFinite(hi)) || hi < lo) {
            throw new IllegalArgumentException("bad range [" + lo + ", " + hi + "]");
        }
        int minN = n / 3;
        double dx = hi - lo;
        double cell;
        boolean small;
        if (dx == 0 && hi == 0) {
            cell = 1;
            small = true;
        } else {
            cell = Math.max(Math.abs(lo), Math.abs(hi));
            double u = 1 + ((H5 >= 1.5 * H + 0.5) ? 1 / (1 + H) : 1.5 / (1 + H5));
            u *= Math.max(1, n) * Math.ulp(1.0);
            small = dx < cell * u * 3;
        }
        if (small) {
            if (cell > 10) {
                cell = 9 + cell / 10;
            }
            cell *= SHRINK_SML;
            if (minN > 1) {
                cell /= minN;
            }
        } else {
            cell = dx;
            if (n > 1) {
                cell /= n;
            }
        }
        double base = Math.pow(10.0, Math.floor(Math.log10(cell)));
        double unit = base;
        double ns;
        if ((ns = 2 * base) - cell < H * (cell - unit)) {
            unit = ns;
            if ((ns = 5 * base) - cell < H5 * (cell - unit)) {
                unit = ns;
                if ((ns = 10 * base) - cell < H * (cell - unit)) {
                    unit = ns;
                }
            }
        }
        double nsLow = Math.floor(lo / unit + ROUNDING_EPS);
        double nuHigh = Math.ceil(hi / unit - ROUNDING_EPS);
        while (nsLow * unit > lo + ROUNDING_EPS * unit) {
            nsLow--;
        }
        while (nuHigh * unit < hi - ROUNDING_EPS * unit) {
            nuHigh++;
        }
        int k = (int) (0.5 + nuHigh - nsLow);
        if (k < minN) {
            int add = minN - k;
            if (nsLow >= 0) {
                nuHigh += add / 2;
                nsLow -= add / 2 + add % 2;
            } else {
                nsLow -= add / 2;
                nuHigh += add / 2 + add % 2;
            }
            k = minN;
        }
        double from = Math.min(nsLow * unit, lo);
        double to = Math.max(nuHigh * unit, hi);
        double[] ticks = new double[k + 1];
        double by = k == 0 ? 0 : (to - from) / k;
        for (int t = 0; t <= k; t++) {
            ticks[t] = from + t * by;
        }
        ticks[k] = to;
        double delta = k == 0 ? 0 : (to - from) / k;
        for (int t = 0; t <= k; t++) {
            if (Math.abs(ticks[t]) < 1e-14 * delta) {
                ticks[t] = 0; // R snaps values that are zero up to rounding
            }
        }
        return ticks;
    }
}
