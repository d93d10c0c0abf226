package org.spinelab.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StratifiedSplitTest {

    @Test
    void keepsSevenTenthsOfEachClassAndIsSeeded() {
        int[] labels = new int[43];
        for (int i = 0; i < 29; i++) {
            labels[i * 43 / 29] = 1;
        }
        int ones = Arrays.stream(labels).sum();
        boolean[] t = StratifiedSplit.training(labels, 0.7, 5);
        int trainOnes = 0;
        int trainZeros = 0;
        for (int i = 0; i < labels.length; i++) {
            if (t[i]) {
                if (labels[i] == 1) {
                    trainOnes++;
                } else {
                    trainZeros++;
                }
            }
        }
        assertEquals(Math.round(ones * 0.7), trainOnes);
        assertEquals(Math.round((43 - ones) * 0.7), trainZeros);
        assertArrayEquals(t, StratifiedSplit.training(labels, 0.7, 5));
        assertFalse(Arrays.equals(t, StratifiedSplit.training(labels, 0.7, 6)), "another seed, another split");
    }
}
