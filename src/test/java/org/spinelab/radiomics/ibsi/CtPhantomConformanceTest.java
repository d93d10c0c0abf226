package org.spinelab.radiomics.ibsi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.spinelab.testing.SharedData;

/**
 * The IBSI-1 CT phantom, configurations A and C: at least 95 % of the reference features within
 * tolerance, every diagnostic of the processing chain (dimensions, voxel counts, intensities after
 * interpolation and re-segmentation) within tolerance; the table of counts and misses is printed.
 */
class CtPhantomConformanceTest {

    private static void check(IbsiConformance.Case which) {
        IbsiConformance.Report r = IbsiConformance.run(which, SharedData.conformance("ibsi"));
        System.out.println(r.table());
        String misses = r.features().stream().filter(c -> !c.pass()).map(c -> c.reference().tag())
                .collect(Collectors.joining(", "));
        double share = (double) r.passed() / r.features().size();
        assertTrue(share >= 0.95, which.title + ": only " + r.passed() + "/" + r.features().size()
                + " within tolerance; misses: " + misses + "\n" + r.table());
        assertTrue(r.diagnostics().stream().allMatch(IbsiConformance.Comparison::pass), r.table());
    }

    @Test
    void configurationA() {
        check(IbsiConformance.Case.CONFIG_A);
    }

    @Test
    void configurationC() {
        check(IbsiConformance.Case.CONFIG_C);
    }
}
