package org.spinelab.nomogram;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Cleveland's LOWESS scatterplot smoother as R's {@code lowess(x, y, f = 2/3, iter, delta)}: at each
 * x a local straight line is fitted to the ⌊f·n⌋ nearest neighbours with tricube weights
 * (1 − (d/h)³)³, h = distance to the farthest of them (points closer than 0.001·h weigh 1, beyond
 * 0.999·h weigh 0). Points within {@code delta} (default 1% of the x range) of the last fitted point
 * are linearly interpolated, tied x share one fit. {@code iter} robustness iterations reweight by
 * bisquare of residuals / (6 × median |residual|). rms::calibrate uses iter = 0.
 */
public final class Lowess {

    /** Smoothed curve: x sorted ascending (ties kept) and the fitted values. */
    public record Curve(double[] x, double[] y) {

        /**
         * Linear interpolation at {@code at} as R's {@code approx(curve, xout, ties = function(v) v[1])}:
         * tied x collapse to their first fitted value; outside the x range NaN (approx's rule = 1).
         */
        public double interpolate(double at) {
            int n = x.length;
            if (Double.isNaN(at) || at < x[0] || at > x[n - 1]) {
                return Double.NaN;
            }
            int hi = 0;
            while (hi < n && x[hi] < at) {
                hi++;
            }
            if (x[hi] == at) {
                return y[hi]; // first of the ties
            }
            int lo = hi - 1;
            while (lo > 0 && x[lo - 1] == x[lo]) {
                lo--; // first of the ties at the left end
            }
            return y[lo] + (y[hi] - y[lo]) * (at - x[lo]) / (x[hi] - x[lo]);
        }
    }

    private Lowess() {}

    /** R's defaults: f = 2/3, iter = 3, delta = 0.01 · range(x). */
    public static Curve smooth(double[] x, double[] y, int iter) {
        return smooth(x, y, 2.0 / 3.0, iter);
    }

    public static Curve smooth(double[] x, double[] y, double f, int iter) {
        int n = x.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> x[i])); // stable, as R's order()
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x[order[i]];
            ys[i] = y[order[i]];
        }
        double delta = 0.01 * (xs[n - 1] - xs[0]);
        return new Curve(xs, fit(xs, ys, f, iter, delta));
    }

    private static double[] fit(double[] x, double[] y, double f, int nsteps, double delta) {
        int n = x.length;
        double[] ys = new double[n];
        if (n < 2) {
            ys[0] = y[0];
            return ys;
        }
        int ns = Math.max(2, Math.min(n, (int) (f * n + 1e-7)));
        double[] rw = new double[n];
        double[] w = new double[n];
        double[] res = new double[n];
        for (int iteration = 1; iteration <= nsteps + 1; iteration++) {
            int nleft = 0;
            int nright = ns - 1;
            int last = -1;
            int i = 0;
            while (true) {
                if (nright < n - 1) {
                    double d1 = x[i] - x[nleft];
                    double d2 = x[nright + 1] - x[i];
                    if (d1 > d2) {
                        nleft++;
                        nright++;
                        continue;
                    }
                }
                Double fitted = local(x, y, x[i], nleft, nright, w, iteration > 1, rw);
                ys[i] = fitted == null ? y[i] : fitted;
                if (last < i - 1) {
                    double denom = x[i] - x[last];
                    for (int j = last + 1; j < i; j++) {
                        double alpha = (x[j] - x[last]) / denom;
                        ys[j] = alpha * ys[i] + (1 - alpha) * ys[last];
                    }
                }
                last = i;
                double cut = x[last] + delta;
                for (i = last + 1; i < n; i++) {
                    if (x[i] > cut) {
                        break;
                    }
                    if (x[i] == x[last]) {
                        ys[i] = ys[last];
                        last = i;
                    }
                }
                i = Math.max(last + 1, i - 1);
                if (last >= n - 1) {
                    break;
                }
            }
            for (int k = 0; k < n; k++) {
                res[k] = y[k] - ys[k];
            }
            if (iteration > nsteps) {
                break;
            }
            robustnessWeights(res, rw);
        }
        return ys;
    }

    /** Weighted local linear fit at xs over [nleft, nright] (extended over ties); null when all weights vanish. */
    private static Double local(double[] x, double[] y, double xs, int nleft, int nright, double[] w,
            boolean userw, double[] rw) {
        int n = x.length;
        double range = x[n - 1] - x[0];
        double h = Math.max(xs - x[nleft], x[nright] - xs);
        double h9 = 0.999 * h;
        double h1 = 0.001 * h;
        double a = 0;
        int j = nleft;
        while (j < n) {
            w[j] = 0;
            double r = Math.abs(x[j] - xs);
            if (r <= h9) {
                if (r <= h1) {
                    w[j] = 1;
                } else {
                    double q = r / h;
                    q = 1 - q * q * q;
                    w[j] = q * q * q;
                }
                if (userw) {
                    w[j] *= rw[j];
                }
                a += w[j];
            } else if (x[j] > xs) {
                break;
            }
            j++;
        }
        int nrt = j - 1;
        if (a <= 0) {
            return null;
        }
        for (j = nleft; j <= nrt; j++) {
            w[j] /= a;
        }
        if (h > 0) {
            a = 0;
            for (j = nleft; j <= nrt; j++) {
                a += w[j] * x[j];
            }
            double b = xs - a;
            double c = 0;
            for (j = nleft; j <= nrt; j++) {
                c += w[j] * (x[j] - a) * (x[j] - a);
            }
            if (Math.sqrt(c) > 0.001 * range) {
                b /= c;
                for (j = nleft; j <= nrt; j++) {
                    w[j] *= b * (x[j] - a) + 1;
                }
            }
        }
        double ys = 0;
        for (j = nleft; j <= nrt; j++) {
            ys += w[j] * y[j];
        }
        return ys;
    }

    private static void robustnessWeights(double[] res, double[] rw) {
        int n = res.length;
        double[] abs = new double[n];
        for (int k = 0; k < n; k++) {
            abs[k] = Math.abs(res[k]);
        }
        double[] sorted = abs.clone();
        Arrays.sort(sorted);
        int m1 = n / 2;
        double cmad = n % 2 == 0 ? 3 * (sorted[m1 - 1] + sorted[m1]) : 6 * sorted[m1];
        double c9 = 0.999 * cmad;
        double c1 = 0.001 * cmad;
        for (int k = 0; k < n; k++) {
            double r = abs[k];
            if (r <= c1) {
                rw[k] = 1;
            } else if (r <= c9) {
                double q = r / cmad;
                q = 1 - q * q;
                rw[k] = q * q;
            } else {
                rw[k] = 0;
            }
        }
    }
}
