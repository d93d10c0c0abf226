package org.spinelab.study.comparator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spinelab.magn.MagnCase;
import org.spinelab.magn.StratifiedFolds;

/**
 * The comparator and the radiologist are scored on MAGN's folds: the id/label assignment equals the
 * one {@code CrossValidation} draws from the loaded cases, and {@link FoldedScores} tests each fold on
 * exactly its rows and trains on all the others.
 */
class SharedFoldsTest {

    /** 30 patients, every third with a second lesion row (same id, same label). */
    private static List<MagnCase> cases() {
        List<MagnCase> out = new ArrayList<>();
        for (int p = 0; p < 30; p++) {
            int label = p % 3 == 0 ? 0 : 1;
            out.add(new MagnCase("P" + p, label, Map.of()));
            if (p % 3 == 1) {
                out.add(new MagnCase("P" + p, label, Map.of()));
            }
        }
        return out;
    }

    @Test
    void idLabelAssignmentIsMagnsAssignment() {
        List<MagnCase> cases = cases();
        List<String> ids = cases.stream().map(MagnCase::id).toList();
        int[] labels = cases.stream().mapToInt(MagnCase::label).toArray();
        for (long seed : new long[] {1, 42, 12345}) {
            for (int k : new int[] {2, 5}) {
                int[] magn = StratifiedFolds.assign(cases, k, seed);
                assertArrayEquals(magn, StratifiedFolds.assign(ids, labels, k, seed));
                Map<String, Integer> patientFold = new HashMap<>();
                for (int i = 0; i < magn.length; i++) {
                    Integer prev = patientFold.putIfAbsent(ids.get(i), magn[i]);
                    assertTrue(prev == null || prev == magn[i], "patient split across folds: " + ids.get(i));
                }
            }
        }
    }

    @Test
    void eachFoldIsTestedOnItsRowsAndTrainedOnTheRest() {
        int[] fold = {0, 1, 2, 0, 1, 2, 2, 1, 0, 0};
        int[] labels = {0, 1, 0, 1, 0, 1, 1, 0, 1, 0};
        List<int[]> seenTest = new ArrayList<>();
        FoldedScores s = FoldedScores.run(fold, 3, labels, (f, train, test) -> {
            for (int r : train) {
                assertTrue(fold[r] != f);
            }
            assertEquals(fold.length, train.length + test.length);
            seenTest.add(test);
            double[] p = new double[test.length];
            for (int i = 0; i < test.length; i++) {
                p[i] = 100 * f + test[i];
            }
            return p;
        });
        assertArrayEquals(new int[] {0, 3, 8, 9}, seenTest.get(0));
        assertArrayEquals(new int[] {1, 4, 7}, seenTest.get(1));
        assertArrayEquals(new int[] {2, 5, 6}, seenTest.get(2));
        assertArrayEquals(new double[] {0, 101, 202, 3, 104, 205, 206, 107, 8, 9}, s.outOfFold(), 0.0);
        assertEquals(3, s.perFold().size());
    }

    @Test
    void radiologistScoreKeepsOrderAndCutsAtTheCutoff() {
        double[] s = RadiologistScore.of(new double[] {1, 2, 3, 4, 5}, 3);
        for (int i = 1; i < s.length; i++) {
            assertTrue(s[i] > s[i - 1]);
        }
        assertTrue(s[1] < 0.5);
        assertTrue(s[2] >= 0.5);
    }
}
