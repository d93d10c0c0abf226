package org.spinelab.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The separation knob does what its Javadoc says: the class means of ln ℓ and ln A differ by
 * 2·s·0.22 and 2·s·0.18, and by nothing at s = 0; each has between-patient SD 0.25.
 */
class TextureModelTest {

    @Test
    void classDifferenceScalesWithSeparation() {
        for (double s : new double[] {0, 0.5, 1, 2}) {
            double[] d = meanDifference(s);
            double se = 0.25 * Math.sqrt(2.0 / 20000);
            assertEquals(2 * s * 0.22, d[0], 4 * se, "ln length, s = " + s);
            assertEquals(2 * s * 0.18, d[1], 4 * se, "ln amplitude, s = " + s);
            assertEquals(0.25, d[2], 0.01, "between-patient SD");
        }
    }

    private static double[] meanDifference(double s) {
        SplittableRandom r = new SplittableRandom(3);
        double[] sumL = new double[2], sumA = new double[2];
        double ss = 0;
        int n = 20000;
        for (int i = 0; i < n; i++) {
            for (int label = 0; label < 2; label++) {
                TextureModel t = TextureModel.draw(label, s, r);
                sumL[label] += Math.log(t.lengthMm());
                sumA[label] += Math.log(t.amplitude());
                if (label == 0) {
                    double z = Math.log(t.lengthMm()) - (Math.log(2.2) - s * 0.22);
                    ss += z * z;
                }
            }
        }
        return new double[] {(sumL[1] - sumL[0]) / n, (sumA[1] - sumA[0]) / n, Math.sqrt(ss / n)};
    }
}
