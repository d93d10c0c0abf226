package org.spinelab.radiomics.ibsi;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Intensity-volume histogram features (reference manual, section 3.5, {@code ivh_*}).
 *
 * <p>Intensities: with {@code ivhBinWidth} {@code w}, the centre {@code X_min + (d - 1/2) w} of the
 * fixed-size bin {@code d} (lower bound as for discretisation); with {@code ivhBinCount}, the
 * fixed-bin-number level; otherwise the intensities themselves. The intensity range
 * {@code [X_min, X_max]} is the re-segmentation range when both bounds are set (in bin centres when
 * binned), else the ROI range. Candidate intensities for {@code I_x} run over that range in steps of
 * the bin width (1 for integer intensities; the distinct values otherwise).
 *
 * <pre>
 * ν(i) = fraction of ROI voxels with intensity ≥ i;  γ(i) = (i - X_min)/(X_max - X_min)
 * V_x = fraction of voxels with γ ≥ x (x = 0.1, 0.9);  I_x = min{ candidate i : ν(i) ≤ x }
 * diff_v10_v90 = V_10 - V_90;  diff_i10_i90 = I_10 - I_90
 * auc = trapezoidal area under ν(γ) over the candidates
 * </pre>
 */
public final class IntensityVolumeHistogram {

    private IntensityVolumeHistogram() {}

    public static Map<String, Double> compute(RoiImage roi, IbsiSettings s) {
        double[] raw = roi.roiValues();
        double min = Arrays.stream(raw).min().orElseThrow();
        double max = Arrays.stream(raw).max().orElseThrow();
        boolean bounded = s.resegmentLower() != null && s.resegmentUpper() != null;
        double[] v = new double[raw.length];
        double lo;
        double hi;
        double[] candidates;
        if (s.ivhBinWidth() != null) {
            double w = s.ivhBinWidth();
            double lower = Discretiser.lowerBound(new IbsiSettings(false, null, Interpolator.LINEAR, false, 0.5,
                    s.resegmentLower(), s.resegmentUpper(), null, w, null, null, null, null, 1), min);
            double top = bounded ? s.resegmentUpper() : max;
            int nb = Math.max(1, (int) Math.ceil((top - lower) / w - 1e-9));
            if (!bounded) {
                nb = Math.max(nb, Discretiser.fixedBin(max, lower, w));
            }
            for (int q = 0; q < raw.length; q++) {
                int d = Math.min(nb, Math.max(1, Discretiser.fixedBin(raw[q], lower, w)));
                v[q] = lower + (d - 0.5) * w;
            }
            int dLo = bounded ? 1 : Math.max(1, Discretiser.fixedBin(min, lower, w));
            lo = lower + (dLo - 0.5) * w;
            hi = lower + (nb - 0.5) * w;
            candidates = new double[nb - dLo + 1];
            for (int d = dLo; d <= nb; d++) {
                candidates[d - dLo] = lower + (d - 0.5) * w;
            }
        } else if (s.ivhBinCount() != null) {
            int ng = s.ivhBinCount();
            double span = max - min;
            for (int q = 0; q < raw.length; q++) {
                v[q] = span == 0 ? 1 : Math.min(ng, (int) Math.floor(ng * (raw[q] - min) / span) + 1);
            }
            lo = 1;
            hi = ng;
            candidates = new double[ng];
            for (int d = 1; d <= ng; d++) {
                candidates[d - 1] = d;
            }
        } else {
            System.arraycopy(raw, 0, v, 0, raw.length);
            lo = bounded ? s.resegmentLower() : min;
            hi = bounded ? s.resegmentUpper() : max;
            boolean integral = Arrays.stream(raw).allMatch(x -> x == Math.rint(x)) && lo == Math.rint(lo)
                    && hi == Math.rint(hi);
            if (integral) {
                candidates = new double[(int) (hi - lo) + 1];
                for (int t = 0; t < candidates.length; t++) {
                    candidates[t] = lo + t;
                }
            } else {
                TreeSet<Double> set = new TreeSet<>();
                for (double x : raw) {
                    set.add(x);
                }
                candidates = set.stream().mapToDouble(Double::doubleValue).toArray();
            }
        }
        Arrays.sort(v);
        int n = v.length;
        double span = hi - lo;
        double[] nu = new double[candidates.length];
        for (int t = 0; t < candidates.length; t++) {
            nu[t] = (double) (n - lowerIndex(v, candidates[t])) / n;
        }
        Map<String, Double> f = new LinkedHashMap<>();
        double v10 = fractionAtLeast(v, span == 0 ? lo : lo + 0.1 * span);
        double v90 = fractionAtLeast(v, span == 0 ? lo : lo + 0.9 * span);
        double i10 = intensityAt(candidates, nu, 0.1);
        double i90 = intensityAt(candidates, nu, 0.9);
        f.put("ivh_v10", v10);
        f.put("ivh_v90", v90);
        f.put("ivh_i10", i10);
        f.put("ivh_i90", i90);
        f.put("ivh_diff_v10_v90", v10 - v90);
        f.put("ivh_diff_i10_i90", i10 - i90);
        double auc = 0;
        if (span > 0) {
            for (int t = 1; t < candidates.length; t++) {
                auc += (candidates[t] - candidates[t - 1]) / span * (nu[t] + nu[t - 1]) / 2;
            }
        }
        f.put("ivh_auc", auc);
        return f;
    }

    /** Index of the first element ≥ x in sorted {@code v}. */
    private static int lowerIndex(double[] v, double x) {
        int a = 0;
        int b = v.length;
        while (a < b) {
            int m = (a + b) >>> 1;
            if (v[m] < x - 1e-9) {
                a = m + 1;
            } else {
                b = m;
            }
        }
        return a;
    }

    private static double fractionAtLeast(double[] v, double x) {
        return (double) (v.length - lowerIndex(v, x)) / v.length;
    }

    private static double intensityAt(double[] candidates, double[] nu, double x) {
        for (int t = 0; t < candidates.length; t++) {
            if (nu[t] <= x) {
                return candidates[t];
            }
        }
        return candidates[candidates.length - 1];
    }
}
