package org.spinelab.radiomics.ibsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinelab.testing.SharedData;

/**
 * The IBSI-1 digital phantom: every reference row of reference_digital_phantom.csv (iterated from the
 * reference, so a missing feature fails) must be within its tolerance (plus half a unit in the third
 * significant digit, the rounding of the published values).
 */
class DigitalPhantomConformanceTest {

    @Test
    void everyReferenceFeatureWithinTolerance() {
        IbsiConformance.Report r = IbsiConformance.run(IbsiConformance.Case.DIGITAL_PHANTOM, SharedData.conformance("ibsi"));
        System.out.println(r.table());
        assertEquals(349, r.features().size(), "reference rows");
        assertTrue(r.passed() == r.features().size(), r.table());
    }
}
