package org.spinelab.magn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.spinelab.util.InvalidInputException;

/**
 * Stratified K-fold assignment at patient level (paper: "randomly and equally divided into 5 groups
 * following the ratio of spinal MM and metastases"). Rows with the same id are one patient and land
 * in the same fold. Patients of each class are shuffled (seeded) and dealt to the folds in turn,
 * continuing the turn across classes so fold sizes differ by at most one.
 */
public final class StratifiedFolds {

    private StratifiedFolds() {}

    /** The fold (0..k−1) of every case. */
    public static int[] assign(List<MagnCase> cases, int k, long seed) {
        List<String> ids = new ArrayList<>();
        int[] labels = new int[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            ids.add(cases.get(i).id());
            labels[i] = cases.get(i).label();
        }
        return assign(ids, labels, k, seed);
    }

    /**
     * The same assignment from ids and labels alone, so that models that never load images (the
     * radiomics comparator, the radiologist) are scored on exactly MAGN's folds.
     */
    public static int[] assign(List<String> caseIds, int[] caseLabels, int k, long seed) {
        if (k < 2) {
            throw new InvalidInputException("--folds: at least 2 folds are needed, got " + k);
        }
        Map<String, List<Integer>> patients = new LinkedHashMap<>();
        Map<String, Integer> patientLabel = new LinkedHashMap<>();
        for (int i = 0; i < caseIds.size(); i++) {
            String id = caseIds.get(i);
            patients.computeIfAbsent(id, x -> new ArrayList<>()).add(i);
            Integer prev = patientLabel.putIfAbsent(id, caseLabels[i]);
            if (prev != null && prev != caseLabels[i]) {
                throw new InvalidInputException("patient '" + id + "' has rows with different labels");
            }
        }
        Random r = new Random(seed);
        int[] fold = new int[caseIds.size()];
        int turn = 0;
        for (int label = 0; label <= 1; label++) {
            List<String> ids = new ArrayList<>();
            for (Map.Entry<String, Integer> e : patientLabel.entrySet()) {
                if (e.getValue() == label) {
                    ids.add(e.getKey());
                }
            }
            if (ids.size() < k) {
                throw new InvalidInputException("--folds " + k + ": class " + label + " has only " + ids.size()
                        + " patients; every fold needs one of each class");
            }
            Collections.shuffle(ids, r);
            for (String id : ids) {
                for (int i : patients.get(id)) {
                    fold[i] = turn % k;
                }
                turn++;
            }
        }
        return fold;
    }
}
