package org.spinelab.study.comparator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.spinelab.stats.RocCurve;

/**
 * Planted truth: 40 features of pure N(0,1) noise except feature 17, which is shifted by 3 SD in
 * class 1. The ranking must put 17 first, and a boosted model on an independent test set must reach
 * AUC ≥ 0.9 (the Bayes AUC of the planted feature alone is Φ(3/√2) = 0.983).
 */
class RadiomicsClassifierTest {

    static final int INFORMATIVE = 17;
    static final int P = 40;

    static double[][] x(int n, int[] y, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[n][P];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            for (int j = 0; j < P; j++) {
                x[i][j] = r.nextGaussian();
            }
            x[i][INFORMATIVE] += 3.0 * y[i];
        }
        return x;
    }

    @Test
    void forestRanksThePlantedFeatureFirst() {
        int[] y = new int[100];
        double[][] x = x(100, y, 1);
        int[] rank = ForestImportanceRanking.rank(x, y, 7);
        assertEquals(INFORMATIVE, rank[0]);
        assertEquals(P, rank.length);
        double[] imp = ForestImportanceRanking.importance(x, y, 7);
        for (int j = 0; j < P; j++) {
            if (j != INFORMATIVE) {
                assertTrue(imp[INFORMATIVE] > 2 * imp[j], "feature " + j + " importance " + imp[j]);
            }
        }
    }

    @Test
    void topHalfOfTopThirtyThenBoostingSeparatesNewCases() {
        int[] y = new int[100];
        double[][] x = x(100, y, 2);
        RadiomicsClassifier m = RadiomicsClassifier.fit(x, y, 11);
        assertEquals(15, m.selected().length, "top 30 -> first half");
        assertEquals(INFORMATIVE, m.selected()[0]);
        int[] yTest = new int[400];
        double[][] xTest = x(400, yTest, 3);
        double auc = RocCurve.of(m.probability(xTest), yTest).auc();
        assertTrue(auc >= 0.9, "AUC " + auc);
    }

    @Test
    void fewerThanThirtyFeaturesKeepsHalfOfThem() {
        int[] y = new int[60];
        double[][] x = RadiomicsClassifier.columns(x(60, y, 4), new int[] {0, 1, 2, 3, 4, 5, INFORMATIVE});
        RadiomicsClassifier m = RadiomicsClassifier.fit(x, y, 5);
        assertEquals(3, m.selected().length);
        assertEquals(6, m.selected()[0], "the planted column is the 7th of this table");
    }

    @Test
    void sameSeedSameModel() {
        int[] y = new int[80];
        double[][] x = x(80, y, 6);
        int[] yTest = new int[50];
        double[][] xTest = x(50, yTest, 8);
        RadiomicsClassifier a = RadiomicsClassifier.fit(x, y, 99);
        RadiomicsClassifier b = RadiomicsClassifier.fit(x, y, 99);
        assertArrayEquals(a.selected(), b.selected());
        assertArrayEquals(a.probability(xTest), b.probability(xTest), 0.0);
        assertArrayEquals(ForestImportanceRanking.importance(x, y, 3), ForestImportanceRanking.importance(x, y, 3), 0.0);
    }
}
