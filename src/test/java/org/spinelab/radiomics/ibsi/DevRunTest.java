package org.spinelab.radiomics.ibsi;

import org.junit.jupiter.api.Test;
import org.spinelab.testing.SharedData;

class DevRunTest {
    @Test
    void run() {
        String which = System.getProperty("case", "DIGITAL_PHANTOM");
        long t0 = System.nanoTime();
        IbsiConformance.Report r = IbsiConformance.run(IbsiConformance.Case.valueOf(which), SharedData.conformance("ibsi"));
        System.out.println(r.table());
        for (IbsiConformance.Comparison c : r.rows()) if (System.getProperty("all") != null) System.out.println("ROW " + c.reference().tag() + " " + c.value() + " " + c.reference().value() + " " + c.pass());
        System.out.println("time " + (System.nanoTime() - t0) / 1e9);
    }
}
