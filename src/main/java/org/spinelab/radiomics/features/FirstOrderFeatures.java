package org.spinelab.radiomics.features;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spinelab.radiomics.FeatureClass;
import org.spinelab.radiomics.FeatureInput;
import org.spinelab.radiomics.GrayLevels;
import org.spinelab.radiomics.Roi;

/**
 * PyRadiomics' first-order features: statistics of the N<sub>p</sub> ROI intensities X (not
 * discretised, except Entropy and Uniformity, which use the histogram p(i) of the discretised gray
 * levels). c = {@code voxelArrayShift}; V<sub>vox</sub> = product of the voxel spacings.
 */
public final class FirstOrderFeatures implements FeatureClass {

    private static final List<String> NAMES = List.of("10Percentile", "90Percentile", "Energy", "Entropy",
            "InterquartileRange", "Kurtosis", "Maximum", "Mean", "MeanAbsoluteDeviation", "Median", "Minimum", "Range",
            "RobustMeanAbsoluteDeviation", "RootMeanSquared", "Skewness", "TotalEnergy", "Uniformity", "Variance");

    @Override
    public String name() {
        return "firstorder";
    }

    @Override
    public List<String> featureNames() {
        return NAMES;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Map<String, Double> compute(FeatureInput input, Set<String> enabled) {
        Roi roi = input.roi();
        double[] x = roi.roiValues();
        Arrays.sort(x);
        Calc c = new Calc(x, input.settings().voxelArrayShift(), roi.spacing(), histogram(input.grayLevels()));
        return EnabledFeatures.compute(NAMES, enabled, c::feature);
    }

    /** p(i): the fraction of ROI voxels with each present gray level. */
    private static double[] histogram(GrayLevels g) {
        long[] counts = new long[g.ng() + 1];
        long total = 0;
        for (int v : g.gray()) {
            if (v > 0) {
                counts[v]++;
                total++;
            }
        }
        double[] p = new double[g.levels().length];
        for (int i = 0; i < p.length; i++) {
            p[i] = counts[g.levels()[i]] / (double) total;
        }
        return p;
    }

    /** The computations on the sorted intensities. */
    private static final class Calc {
        private final double[] x;
        private final double shift;
        private final double[] spacing;
        private final double[] p;
        private final double mean;

        Calc(double[] sorted, double shift, double[] spacing, double[] p) {
            this.x = sorted;
            this.shift = shift;
            this.spacing = spacing;
            this.p = p;
            double s = 0;
            for (double v : x) {
                s += v;
            }
            this.mean = s / x.length;
        }

        double feature(String name) {
            return switch (name) {
                case "10Percentile" -> percentile(10);
                case "90Percentile" -> percentile(90);
                case "Energy" -> energy();
                case "Entropy" -> entropy();
                case "InterquartileRange" -> interquartileRange();
                case "Kurtosis" -> kurtosis();
                case "Maximum" -> x[x.length - 1];
                case "Mean" -> mean;
                case "MeanAbsoluteDeviation" -> meanAbsoluteDeviation();
                case "Median" -> median();
                case "Minimum" -> x[0];
                case "Range" -> x[x.length - 1] - x[0];
                case "RobustMeanAbsoluteDeviation" -> robustMeanAbsoluteDeviation();
                case "RootMeanSquared" -> rootMeanSquared();
                case "Skewness" -> skewness();
                case "TotalEnergy" -> totalEnergy();
                case "Uniformity" -> uniformity();
                case "Variance" -> centralMoment(2);
                default -> throw new IllegalArgumentException(name);
            };
        }

        /** Energy = Σ (X(i) + c)². */
        double energy() {
            double s = 0;
            for (double v : x) {
                double w = v + shift;
                s += w * w;
            }
            return s;
        }

        /** TotalEnergy = V<sub>vox</sub> · Σ (X(i) + c)². */
        double totalEnergy() {
            return energy() * spacing[0] * spacing[1] * spacing[2];
        }

        /** Entropy = −Σ p(i) log2(p(i) + ε), ε = machine epsilon. */
        double entropy() {
            return Stats.entropy(p);
        }

        /**
         * The q-th percentile with numpy's default linear interpolation between order statistics at
         * position (N<sub>p</sub> − 1)·q/100.
         */
        double percentile(double q) {
            double pos = (x.length - 1) * (q / 100.0);
            int lo = (int) Math.floor(pos);
            int hi = Math.min(lo + 1, x.length - 1);
            double t = pos - lo;
            double a = x[lo], b = x[hi];
            double d = b - a;
            // numpy's _lerp: evaluated from the nearer end for stability
            return t >= 0.5 ? b - d * (1 - t) : a + d * t;
        }

        /** InterquartileRange = P75 − P25. */
        double interquartileRange() {
            return percentile(75) - percentile(25);
        }

        /** Median: the middle order statistic, or the mean of the two middle ones. */
        double median() {
            int n = x.length;
            return n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
        }

        /** μ<sub>k</sub> = (1/N<sub>p</sub>) Σ (X(i) − X̄)<sup>k</sup>; Variance = μ₂. */
        double centralMoment(int k) {
            double s = 0;
            for (double v : x) {
                s += Math.pow(v - mean, k);
            }
            return s / x.length;
        }

        /** MeanAbsoluteDeviation = (1/N<sub>p</sub>) Σ |X(i) − X̄|. */
        double meanAbsoluteDeviation() {
            double s = 0;
            for (double v : x) {
                s += Math.abs(v - mean);
            }
            return s / x.length;
        }

        /**
         * RobustMeanAbsoluteDeviation: the mean absolute deviation from their mean of the intensities
         * between the 10th and 90th percentiles (inclusive).
         */
        double robustMeanAbsoluteDeviation() {
            double p10 = percentile(10), p90 = percentile(90);
            double s = 0;
            int n = 0;
            for (double v : x) {
                if (v >= p10 && v <= p90) {
                    s += v;
                    n++;
                }
            }
            double m = s / n;
            double d = 0;
            for (double v : x) {
                if (v >= p10 && v <= p90) {
                    d += Math.abs(v - m);
                }
            }
            return d / n;
        }

        /** RootMeanSquared = √(Σ (X(i) + c)² / N<sub>p</sub>). */
        double rootMeanSquared() {
            return Math.sqrt(energy() / x.length);
        }

        /** Skewness = μ₃ / μ₂<sup>3/2</sup>; 0 for a flat region. */
        double skewness() {
            double m2 = centralMoment(2);
            if (m2 == 0) {
                return 0;
            }
            return centralMoment(3) / Math.pow(m2, 1.5);
        }

        /** Kurtosis = μ₄ / μ₂² (not the excess kurtosis); 0 for a flat region. */
        double kurtosis() {
            double m2 = centralMoment(2);
            if (m2 == 0) {
                return 0;
            }
            return centralMoment(4) / (m2 * m2);
        }

        /** Uniformity = Σ p(i)². */
        double uniformity() {
            double s = 0;
            for (double v : p) {
                s += v * v;
            }
            return s;
        }
    }
}
