package org.spinelab.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The phantom's lesions agree with the clinical variables they were drawn for: largest diameter =
 * clinical diameter, lobulated iff irregular, necrotic inclusions iff heterogeneous, a wide margin iff
 * ill-defined, extra and smaller lesions iff multiple, and the index lesion centred in a vertebral body.
 */
class LesionAgreementTest {

    @Test
    void lesionsFollowTheClinicalVariables() {
        double regularRatio = 0, irregularRatio = 0;
        int regular = 0, irregular = 0;
        for (PatientSpec s : CohortPlan.patients(300, 31)) {
            ClinicalVariables c = s.clinical();
            PatientPhantom ph = PatientPhantom.build(s, 1.0, new SplittableRandom(s.seed()));
            Lesion index = ph.indexLesion();
            double maxR = 0;
            for (double[] u : SphereDirections.fibonacci(5000)) {
                maxR = Math.max(maxR, index.surfaceRadius(u[0], u[1], u[2]));
            }
            assertEquals(c.diameterCm() * 10, 2 * maxR, 0.01 * c.diameterCm() * 10, s.id() + " diameter");
            double ratio = index.minimumRadius() / maxR;
            if (c.irregularShape()) {
                irregularRatio += ratio;
                irregular++;
            } else {
                regularRatio += ratio;
                regular++;
                assertTrue(ratio >= 0.69, s.id() + " a round/oval lesion has semi-axes >= 0.7: " + ratio);
            }
            assertEquals(c.heterogeneous(), index.inclusionCount() > 0, s.id() + " inclusions");
            assertEquals(c.illDefinedMargin() ? LesionFactory.ILL_DEFINED_EDGE_MM : LesionFactory.WELL_DEFINED_EDGE_MM,
                    index.edgeWidthMm(), 0, s.id() + " margin");
            assertEquals(c.multipleLesions(), ph.lesions().size() > 1, s.id() + " multiple");
            for (Lesion extra : ph.lesions().subList(1, ph.lesions().size())) {
                assertTrue(extra.boundingRadius() - extra.edgeWidthMm() < maxR + 1e-9, s.id() + " index lesion is the largest");
            }
            double[] ctr = index.centre();
            assertEquals(Tissue.MARROW, ph.anatomy().tissueAt(ctr[0], ctr[1], ctr[2]), s.id() + " centre in a vertebral body");
        }
        assertTrue(regular > 20 && irregular > 20);
        assertTrue(irregularRatio / irregular < regularRatio / regular - 0.15,
                "irregular lesions are less round: " + irregularRatio / irregular + " vs " + regularRatio / regular);
    }
}
