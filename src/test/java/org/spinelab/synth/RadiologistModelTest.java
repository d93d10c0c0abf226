package org.spinelab.synth;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rating has the modest accuracy of the papers' radiologists: AUC 0.711 / 0.613 / 0.632
 * (radiomics paper: training / validation / external) and 0.64 / 0.71 (MAGN paper). We require the
 * AUC on a large cohort to lie within [0.60, 0.75].
 */
class RadiologistModelTest {

    @Test
    void ratingAucIsModest() {
        List<PatientSpec> ps = CohortPlan.patients(8000, 77);
        double auc = auc(ps);
        assertTrue(auc >= 0.60 && auc <= 0.75, "radiologist AUC " + auc);
        for (PatientSpec p : ps) {
            int r = p.clinical().radiologistRating();
            assertTrue(r >= 1 && r <= 5);
        }
        // every category is used
        for (int r = 1; r <= 5; r++) {
            final int rr = r;
            assertTrue(ps.stream().filter(p -> p.clinical().radiologistRating() == rr).count() > 200, "rating " + r);
        }
    }

    /** Mann–Whitney AUC with ties counted half. */
    static double auc(List<PatientSpec> ps) {
        long pos = 0, neg = 0;
        double wins = 0;
        long[][] counts = new long[2][6];
        for (PatientSpec p : ps) {
            counts[p.label()][p.clinical().radiologistRating()]++;
        }
        for (int a = 1; a <= 5; a++) {
            pos += counts[1][a];
            neg += counts[0][a];
            for (int b = 1; b <= 5; b++) {
                double w = a > b ? 1 : (a == b ? 0.5 : 0);
                wins += w * counts[1][a] * counts[0][b];
            }
        }
        return wins / (pos * (double) neg);
    }
}
