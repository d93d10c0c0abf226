package org.spinelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code bench filters} runs every filter image type once and prints one rate line each (no timing asserted). */
class BenchFiltersCommandTest {

    @Test
    void printsOneLinePerImageType() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int rc = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("bench", "filters", "--size", "12,10,8", "--repeat", "1");
        assertEquals(0, rc, err::toString);
        String s = out.toString();
        for (String t : new String[] {"LoG", "Wavelet", "Square", "SquareRoot", "Logarithm", "Exponential", "Gradient", "LBP2D", "LBP3D"}) {
            assertTrue(s.lines().anyMatch(l -> l.startsWith(t + " ") && l.contains("Mvoxel/s")), t + " missing in:\n" + s);
        }
    }
}
