package org.spinelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.spinelab.testing.SharedData;

/** The benchmark runs and reports its rates (the numbers themselves are not checked: no timed tests). */
class BenchExtractCommandTest {

    @Test
    void reportsRates() {
        StringWriter out = new StringWriter();
        int rc = Main.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)).execute("bench", "extract",
                "--image", SharedData.conformance("pyradiomics/breast1_image.nrrd").toString(),
                "--mask", SharedData.conformance("pyradiomics/breast1_label.nrrd").toString(),
                "--repeat", "2", "--cases", "2");
        assertEquals(0, rc);
        assertTrue(out.toString().contains("features/s") && out.toString().contains("cases/s"), out.toString());
    }
}
