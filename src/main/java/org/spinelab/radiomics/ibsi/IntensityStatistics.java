package org.spinelab.radiomics.ibsi;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Intensity statistics (reference manual, section 3.3, {@code stat_*}) over the intensity ROI, and
 * the same descriptors of the discretised intensities for the intensity histogram
 * ({@code ih_*}, section 3.4). Moments use {@code 1/N_v}. Percentiles interpolate linearly between
 * order statistics: {@code P_q = x_(h) + (h - floor h)(x_(h+1) - x_(h))} with
 * {@code h = (N_v - 1) q} (0-based).
 *
 * <pre>
 * var = Σ (x-μ)²/N;  skew = m3 / m2^{3/2};  kurt = m4 / m2² - 3
 * iqr = P75 - P25;  range = max - min;  mad = Σ |x-μ|/N
 * rmad = mean |x - μ_{10-90}| over x in [P10, P90], μ_{10-90} their mean;  medad = Σ |x - median|/N
 * cov = σ/μ;  qcod = (P75 - P25)/(P75 + P25);  energy = Σ x²;  rms = sqrt(Σ x²/N)
 * </pre>
 */
public final class IntensityStatistics {

    private IntensityStatistics() {}

    /** Statistics of {@code values} with keys prefixed by {@code prefix}; energy and rms only when {@code withEnergy}. */
    public static Map<String, Double> compute(double[] values, String prefix, boolean withEnergy) {
        double[] x = values.clone();
        Arrays.sort(x);
        int n = x.length;
        double sum = 0;
        double sum2 = 0;
        for (double v : x) {
            sum += v;
            sum2 += v * v;
        }
        double mean = sum / n;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        double mad = 0;
        for (double v : x) {
            double d = v - mean;
            m2 += d * d;
            m3 += d * d * d;
            m4 += d * d * d * d;
            mad += Math.abs(d);
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        double median = percentile(x, 0.5);
        double p10 = percentile(x, 0.1);
        double p90 = percentile(x, 0.9);
        double p25 = percentile(x, 0.25);
        double p75 = percentile(x, 0.75);
        double rsum = 0;
        int rn = 0;
        for (double v : x) {
            if (v >= p10 && v <= p90) {
                rsum += v;
                rn++;
            }
        }
        double rmean = rsum / rn;
        double rmad = 0;
        for (double v : x) {
            if (v >= p10 && v <= p90) {
                rmad += Math.abs(v - rmean);
            }
        }
        double medad = 0;
        for (double v : x) {
            medad += Math.abs(v - median);
        }
        Map<String, Double> f = new LinkedHashMap<>();
        f.put(prefix + "mean", mean);
        f.put(prefix + "var", m2);
        f.put(prefix + "skew", m2 == 0 ? 0.0 : m3 / Math.pow(m2, 1.5));
        f.put(prefix + "kurt", m2 == 0 ? 0.0 : m4 / (m2 * m2) - 3);
        f.put(prefix + "median", median);
        f.put(prefix + "min", x[0]);
        f.put(prefix + "p10", p10);
        f.put(prefix + "p90", p90);
        f.put(prefix + "max", x[n - 1]);
        f.put(prefix + "iqr", p75 - p25);
        f.put(prefix + "range", x[n - 1] - x[0]);
        f.put(prefix + "mad", mad / n);
        f.put(prefix + "rmad", rmad / rn);
        f.put(prefix + "medad", medad / n);
        f.put(prefix + "cov", Math.sqrt(m2) / mean);
        f.put(prefix + "qcod", (p75 - p25) / (p75 + p25));
        if (withEnergy) {
            f.put(prefix + "energy", sum2);
            f.put(prefix + "rms", Math.sqrt(sum2 / n));
        }
        return f;
    }

    /** Linear-interpolation percentile of sorted {@code x}. */
    static double percentile(double[] x, double q) {
        double h = (x.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, x.length - 1);
        return x[lo] + (h - lo) * (x[hi] - x[lo]);
    }
}
