package org.spinelab.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinelab.util.InvalidInputException;

class CohortPlanTest {

    @Test
    void cohortOfThePapersSizeHasThePapersCentersAndClasses() {
        // Radiomics paper: 211 internal (144 metastasis), 40 (20) and 61 (32) external.
        List<PatientSpec> ps = CohortPlan.patients(312, 5);
        assertEquals(211, count(ps, Center.INTERNAL, -1));
        assertEquals(144, count(ps, Center.INTERNAL, 1));
        assertEquals(40, count(ps, Center.EXTERNAL1, -1));
        assertEquals(20, count(ps, Center.EXTERNAL1, 1));
        assertEquals(61, count(ps, Center.EXTERNAL2, -1));
        assertEquals(32, count(ps, Center.EXTERNAL2, 1));
    }

    @Test
    void sameSeedSamePatientsAndAnyPatientCanBeRedrawnAlone() {
        List<PatientSpec> a = CohortPlan.patients(50, 42);
        List<PatientSpec> b = CohortPlan.patients(50, 42);
        assertEquals(a, b);
        PatientSpec p = a.get(17);
        assertEquals(p, CohortPlan.patient(17, 3, p.center(), p.label(), 42));
        assertNotEquals(a, CohortPlan.patients(50, 43));
        assertEquals("P018", p.id());
    }

    @Test
    void classesAndCentersAreMixedNotBlocked() {
        List<PatientSpec> ps = CohortPlan.patients(72, 1);
        long firstHalfExternal = ps.subList(0, 36).stream().filter(p -> p.center().isExternal()).count();
        assertTrue(firstHalfExternal > 3 && firstHalfExternal < 20, "shuffled: " + firstHalfExternal);
    }

    @Test
    void zeroPatientsIsAnInputError() {
        assertThrows(InvalidInputException.class, () -> CohortPlan.patients(0, 1));
    }

    private static long count(List<PatientSpec> ps, Center c, int label) {
        return ps.stream().filter(p -> p.center() == c && (label < 0 || p.label() == label)).count();
    }
}
