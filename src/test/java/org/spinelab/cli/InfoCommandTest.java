package org.spinelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.spinelab.testing.SharedData;

class InfoCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    /** Expected numbers from the file's header text (space: left-posterior-superior, see NrrdFormatTest). */
    @Test
    void printsBrain1Geometry() {
        String path = SharedData.conformance("pyradiomics/brain1_image.nrrd").toString();
        assertEquals(0, run("info", path), err::toString);
        String s = out.toString();
        assertTrue(s.contains("format:     NRRD"), s);
        assertTrue(s.contains("dimensions: 256 x 256 x 25"), s);
        assertTrue(s.contains("spacing:    (0.78125, 0.78125, 6.5) mm"), s);
        assertTrue(s.contains("origin:     (-99.609375, 99.609375, -78) mm (LPS)"), s);
        assertTrue(s.contains("direction:  (1, 0, 0) (i axis, LPS)"), s);
        assertTrue(s.contains("(0, -1, 0) (j axis)"), s);
        assertTrue(s.contains("(0, 0, 1) (k axis)"), s);
        assertTrue(s.contains("range:      0 .. 3057"), s); // min/max from src/test/python/nrrd_raw_data.py
        assertTrue(s.contains("pixel type: int16"), s);
        assertEquals("", err.toString());
    }

    @Test
    void printsIbsiPhantomInLps() {
        String path = SharedData.conformance("ibsi/ct_phantom_image.nii.gz").toString();
        assertEquals(0, run("info", path), err::toString);
        String s = out.toString();
        assertTrue(s.contains("format:     NIfTI-1"), s);
        assertTrue(s.contains("dimensions: 204 x 201 x 60"), s);
        // RAS qoffset/srow offset (174.3945, 79.6255, -100.4) from the raw header → LPS
        assertTrue(s.contains("origin:     (-174.3945"), s);
    }

    @Test
    void missingFileExitsTwoWithOneErrorLine() {
        assertEquals(2, run("info", "no/such/image.nii.gz"));
        String e = err.toString().strip();
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("spinelab: error: ") && e.contains("no/such/image.nii.gz"), e);
        assertEquals("", out.toString());
    }

    @Test
    void unknownExtensionExitsTwo() {
        assertEquals(2, run("info", SharedData.conformance("dicom/grids.json").toString()));
        String e = err.toString().strip();
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.contains("grids.json") && e.contains("unknown image format"), e);
    }
}
