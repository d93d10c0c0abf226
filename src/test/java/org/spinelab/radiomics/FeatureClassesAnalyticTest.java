package org.spinelab.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spinelab.radiomics.features.FirstOrderFeatures;
import org.spinelab.radiomics.features.GlcmFeatures;
import org.spinelab.radiomics.features.GldmFeatures;
import org.spinelab.radiomics.features.GlrlmFeatures;
import org.spinelab.radiomics.features.GlszmFeatures;
import org.spinelab.radiomics.features.NgtdmFeatures;

/**
 * Feature formulas on tiny ROIs whose matrices can be worked out by hand (values derived in the
 * comments, not taken from our output).
 */
class FeatureClassesAnalyticTest {

    private static final double TOL = 1e-12;

    /** A 4×1×1 line with intensities 10, 10, 40, 40; binWidth 25 → gray levels 1, 1, 2, 2. */
    private static FeatureInput line() {
        double[] v = {10, 10, 40, 40};
        boolean[] m = {true, true, true, true};
        return new FeatureInput(new Roi(v, m, 4, 1, 1, new double[] {1, 1, 1}), RadiomicsSettings.defaults());
    }

    private static Map<String, Double> run(FeatureClass f, FeatureInput in) {
        return f.compute(in, new HashSet<>(f.featureNames()));
    }

    @Test
    void discretisedLineHasTwoGrayLevels() {
        GrayLevels g = line().grayLevels();
        assertEquals(2, g.ng());
        assertEquals(1, g.gray()[0]);
        assertEquals(2, g.gray()[3]);
    }

    @Test
    void glcmOfTheLine() {
        // one angle (1,0,0); pairs (1,1), (1,2), (2,2); symmetric P = [[2,1],[1,2]], p = P/6
        Map<String, Double> f = run(new GlcmFeatures(), line());
        assertEquals(2.0 / 6, f.get("Contrast"), TOL); // Σ p (i−j)² = 2/6
        assertEquals(10.0 / 36, f.get("JointEnergy"), TOL);
        double je = -(2 * (1.0 / 3) * log2(1.0 / 3) + 2 * (1.0 / 6) * log2(1.0 / 6));
        assertEquals(je, f.get("JointEntropy"), 1e-12);
        assertEquals(1.5, f.get("JointAverage"), TOL);
        assertEquals(3.0, f.get("SumAverage"), TOL);
        // autocorrelation: (2·1 + 2·2 + 2·4)/6
        assertEquals(14.0 / 6, f.get("Autocorrelation"), TOL);
        // Id: p(x−y) = {4/6, 2/6}: 4/6 + (2/6)/2
        assertEquals(5.0 / 6, f.get("Id"), TOL);
        assertEquals(1.0 / 3, f.get("MaximumProbability"), TOL);
        // correlation: σx² = σy² = 1/4, cov = Σ p (i−1.5)(j−1.5) = (4/6)(1/4) − (2/6)(1/4) = 1/12 → 1/3
        assertEquals(1.0 / 3, f.get("Correlation"), 1e-12);
    }

    @Test
    void runsZonesDependenceAndNgtdmOfTheLine() {
        Map<String, Double> rl = run(new GlrlmFeatures(), line());
        assertEquals(0.25, rl.get("ShortRunEmphasis"), TOL); // two runs of length 2
        assertEquals(0.5, rl.get("RunPercentage"), TOL);
        assertEquals(4.0, rl.get("LongRunEmphasis"), TOL);
        Map<String, Double> sz = run(new GlszmFeatures(), line());
        assertEquals(0.25, sz.get("SmallAreaEmphasis"), TOL);
        assertEquals(0.5, sz.get("ZonePercentage"), TOL);
        assertEquals(1.0, sz.get("GrayLevelNonUniformity"), TOL); // (1² + 1²)/2
        Map<String, Double> dm = run(new GldmFeatures(), line());
        // every voxel has exactly one equal neighbour → dependence j = 2 for all 4 voxels
        assertEquals(0.25, dm.get("SmallDependenceEmphasis"), TOL);
        assertEquals(4.0, dm.get("LargeDependenceEmphasis"), TOL);
        Map<String, Double> ng = run(new NgtdmFeatures(), line());
        // s1 = |1 − 1.5| = 0.5 (second voxel), s2 = 0.5; p = ½, ½
        assertEquals(2.0, ng.get("Coarseness"), TOL); // 1/(½·½ + ½·½)
        assertEquals(2.0, ng.get("Strength"), TOL); // (1·1 + 1·1)/1
        // contrast: (1/(2·1)) (2·¼·1) · (1/4) = 1/16
        assertEquals(1.0 / 16, ng.get("Contrast"), TOL);
        // busyness: 0.5 / (|½ − 1| + |1 − ½|) = 0.5
        assertEquals(0.5, ng.get("Busyness"), TOL);
    }

    @Test
    void firstOrderOfOneToTen() {
        double[] v = new double[10];
        boolean[] m = new boolean[10];
        for (int i = 0; i < 10; i++) {
            v[i] = i + 1;
            m[i] = true;
        }
        FeatureInput in = new FeatureInput(new Roi(v, m, 10, 1, 1, new double[] {2, 1, 0.5}),
                RadiomicsSettings.defaults().with("voxelArrayShift", 1));
        Map<String, Double> f = run(new FirstOrderFeatures(), in);
        assertEquals(5.5, f.get("Mean"), TOL);
        assertEquals(8.25, f.get("Variance"), TOL); // (n² − 1)/12
        assertEquals(5.5, f.get("Median"), TOL);
        assertEquals(1.9, f.get("10Percentile"), TOL); // numpy linear: 1 + 0.9
        assertEquals(9.1, f.get("90Percentile"), TOL);
        assertEquals(4.5, f.get("InterquartileRange"), TOL); // 7.75 − 3.25
        assertEquals(2.5, f.get("MeanAbsoluteDeviation"), TOL);
        assertEquals(0.0, f.get("Skewness"), TOL);
        // Σ (i+1)² for i = 1..10 = Σ_{k=2}^{11} k² = 505
        assertEquals(505.0, f.get("Energy"), TOL);
        assertEquals(505.0, f.get("TotalEnergy"), TOL); // voxel volume 2·1·0.5 = 1
        assertEquals(Math.sqrt(50.5), f.get("RootMeanSquared"), TOL);
        // Kurtosis μ4/μ2²: μ4 = Σ (i−5.5)⁴/10 = 120.8625
        assertEquals(120.8625 / (8.25 * 8.25), f.get("Kurtosis"), 1e-12);
        // all in one bin of width 25 → entropy ~0, uniformity 1
        assertEquals(1.0, f.get("Uniformity"), TOL);
        // robust MAD: values in [1.9, 9.1] = 2..9, mean 5.5, MAD = 2
        assertEquals(2.0, f.get("RobustMeanAbsoluteDeviation"), TOL);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
