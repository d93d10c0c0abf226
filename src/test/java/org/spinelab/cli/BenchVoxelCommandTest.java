package org.spinelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code bench voxel} runs on a tiny ROI and prints one rate line per run (no timing asserted). */
class BenchVoxelCommandTest {

    @Test
    void printsOneLinePerRadiusAndComparison() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int rc = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("bench", "voxel", "--roi-voxels", "300", "--radius", "1", "--threads", "1", "--compare-recount");
        assertEquals(0, rc, err::toString);
        String s = out.toString();
        assertTrue(s.contains("ellipsoid ROI of "), s);
        for (String label : new String[] {"firstorder+glcm", "glcm (sliding counts)", "glcm (recount each kernel)"}) {
            assertTrue(s.lines().anyMatch(l -> l.startsWith(label) && l.contains("voxels/s") && l.contains("s CPU")), label + " in:\n" + s);
        }
    }
}
