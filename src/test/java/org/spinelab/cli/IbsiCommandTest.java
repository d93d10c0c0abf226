package org.spinelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.spinelab.testing.SharedData;

class IbsiCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void digitalPhantomConformanceTable() {
        String dir = SharedData.conformance("ibsi").toString();
        assertEquals(0, run("ibsi", "conformance", "--data", dir, "--case", "digital-phantom"), err::toString);
        String s = out.toString();
        assertTrue(s.contains("digital phantom: 349/349 features within tolerance"), s);
        assertTrue(s.contains("Co-occurrence matrix (3D, merged)"), s);
        assertTrue(s.matches("(?s).*Morphology\\s+27 / 27.*"), s);
    }

    @Test
    void badInputGivesOneErrorLine() {
        assertEquals(Main.EXIT_BAD_INPUT, run("ibsi", "conformance", "--data", "/no/such/dir"));
        assertTrue(err.toString().startsWith("spinelab: error: /no/such/dir"), err.toString());
        err.getBuffer().setLength(0);
        String dir = SharedData.conformance("ibsi").toString();
        assertEquals(Main.EXIT_BAD_INPUT, run("ibsi", "conformance", "--data", dir, "--case", "config-z"));
        assertTrue(err.toString().contains("--case"), err.toString());
    }
}
