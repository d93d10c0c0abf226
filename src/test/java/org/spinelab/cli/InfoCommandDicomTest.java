package org.spinelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.testing.SharedData;

/** {@code spinelab info} on a DICOM series directory; expected numbers from {@code conformance/dicom/grids.json}. */
class InfoCommandDicomTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void printsTheObliqueAxialGeometryFromPositionsAndOrientation() {
        String path = SharedData.conformance("dicom/dicom/axial").toString();
        assertEquals(0, run("info", path), err::toString);
        String s = out.toString();
        assertTrue(s.contains("format:     DICOM series"), s);
        assertTrue(s.contains("dimensions: 256 x 256 x 12"), s);
        assertTrue(s.contains("spacing:    (0.7, 0.7, 4) mm"), s); // not ImageJ's 3.96
        assertTrue(s.contains("origin:     (-87.04, -73.7432, 17.7653) mm (LPS)"), s); // ipp[0]
        assertTrue(s.contains("direction:  (1, 0, 0) (i axis, LPS)"), s); // iop[0:3]
        assertTrue(s.contains("(0, 0.990268, -0.139173) (j axis)"), s); // iop[3:6]
        assertTrue(s.contains("(0, 0.139173, 0.990268) (k axis)"), s); // normal
        assertTrue(s.contains("series:     T1 TSE AX OBL"), s);
        assertTrue(s.contains("frame of reference: 2.25.319956094501274106101498447585208658446"), s);
    }

    @Test
    void mixedSeriesDirectoryExitsTwoWithOneLine(@TempDir Path tmp) throws IOException {
        Path mixed = Files.createDirectory(tmp.resolve("mixed"));
        Files.copy(SharedData.conformance("dicom/dicom/axial/IM0001.dcm"), mixed.resolve("a.dcm"));
        Files.copy(SharedData.conformance("dicom/dicom/sagittal/IM0001.dcm"), mixed.resolve("b.dcm"));
        assertEquals(2, run("info", mixed.toString()));
        String e = err.toString().strip();
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("spinelab: error: " + mixed) && e.contains("T1 TSE AX OBL") && e.contains("T1 TSE SAG"), e);
        assertEquals("", out.toString());
    }
}
