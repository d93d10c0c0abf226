package org.spinelab.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Random split of the internal center into training and validation sets at a fixed ratio,
 * stratified by class so both sets keep the center's metastasis/myeloma proportion (the paper's
 * "randomly assigned … at a ratio of 7:3"). Within each class
 * round(n_class · fraction) patients, chosen by a seeded shuffle, go to training.
 */
public final class StratifiedSplit {

    private StratifiedSplit() {}

    /**
     * @param labels   class (0/1) of each internal patient
     * @param fraction share of each class that goes to training (0.7)
     * @param seed     shuffle seed (same seed, same split)
     * @return for each patient, true when it belongs to the training set
     */
    public static boolean[] training(int[] labels, double fraction, long seed) {
        boolean[] train = new boolean[labels.length];
        Random rng = new Random(seed);
        for (int cls = 0; cls <= 1; cls++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == cls) {
                    members.add(i);
                }
            }
            Collections.shuffle(members, rng);
            long k = Math.round(members.size() * fraction);
            for (int t = 0; t < k; t++) {
                train[members.get(t)] = true;
            }
        }
        return train;
    }
}
