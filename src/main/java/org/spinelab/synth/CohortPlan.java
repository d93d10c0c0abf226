package org.spinelab.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.spinelab.util.InvalidInputException;

/**
 * Who is in a cohort of N: centers in the paper's proportions (211 : 40 : 61), classes within each
 * center in its proportions (144/211, 20/40, 32/61 metastasis), in an order shuffled by the cohort
 * seed, each patient with its own seed and clinical variables. Drawing the plan costs microseconds per
 * patient (no images), so large cohorts serve to check the clinical distributions.
 *
 * <p>Counts are fixed, not random (largest-remainder rounding of N · share): every cohort of the same
 * N has the same case mix, as a study design would.
 */
public final class CohortPlan {

    private CohortPlan() {}

    /** The patients of a cohort of {@code n} with seed {@code seed}. */
    public static List<PatientSpec> patients(int n, long seed) {
        if (n < 1) {
            throw new InvalidInputException("--patients: must be at least 1, got " + n);
        }
        List<int[]> slots = slots(n);
        SplittableRandom shuffle = new SplittableRandom(Rng.mix64(seed ^ 0x5DEECE66DL));
        for (int i = slots.size() - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            int[] t = slots.get(i);
            slots.set(i, slots.get(j));
            slots.set(j, t);
        }
        int width = Math.max(3, Integer.toString(n).length());
        List<PatientSpec> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Center c = Center.values()[slots.get(i)[0]];
            int label = slots.get(i)[1];
            out.add(patient(i, width, c, label, seed));
        }
        return out;
    }

    /** One patient, reproducible on its own from (cohort seed, index, center, label). */
    public static PatientSpec patient(int index, int idWidth, Center center, int label, long cohortSeed) {
        long ps = Rng.patientSeed(cohortSeed, index);
        // The clinical stream is the first split of the patient's generator, so drawing clinical
        // variables alone (cheap) gives exactly the values the full image path uses.
        SplittableRandom clinical = new SplittableRandom(ps).split();
        ClinicalVariables cv = ClinicalSampler.sample(center, label, clinical);
        String id = String.format(java.util.Locale.ROOT, "P%0" + idWidth + "d", index + 1);
        return new PatientSpec(id, index, center, label, ps, cv);
    }

    /** (center ordinal, label) for every patient, in a fixed order before shuffling. */
    static List<int[]> slots(int n) {
        Center[] cs = Center.values();
        int[] perCenter = largestRemainder(n, cs);
        List<int[]> slots = new ArrayList<>(n);
        for (int c = 0; c < cs.length; c++) {
            int met = (int) Math.round(perCenter[c] * cs[c].metastasisFraction());
            for (int k = 0; k < perCenter[c]; k++) {
                slots.add(new int[] {c, k < met ? 1 : 0});
            }
        }
        return slots;
    }

    private static int[] largestRemainder(int n, Center[] cs) {
        int[] counts = new int[cs.length];
        double[] rem = new double[cs.length];
        int assigned = 0;
        for (int c = 0; c < cs.length; c++) {
            double exact = n * cs[c].share();
            counts[c] = (int) Math.floor(exact);
            rem[c] = exact - counts[c];
            assigned += counts[c];
        }
        while (assigned < n) {
            int best = 0;
            for (int c = 1; c < cs.length; c++) {
                if (rem[c] > rem[best]) {
                    best = c;
                }
            }
            counts[best]++;
            rem[best] = -1;
            assigned++;
        }
        return counts;
    }
}
