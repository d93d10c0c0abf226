package org.spinelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthCommandTest {

    @Test
    void writesCohortTableAndVolumes(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("cohort");
        int rc = run(new StringWriter(), "synth", "--patients", "2", "--seed", "5", "--out", out.toString(), "--preview");
        assertEquals(0, rc);
        assertTrue(Files.isRegularFile(out.resolve("cohort.csv")));
        assertTrue(Files.isRegularFile(out.resolve("P002/mask_ax_true.nii.gz")));
        assertTrue(Files.isRegularFile(out.resolve("preview/P001.png")));
        assertEquals(3, Files.readAllLines(out.resolve("cohort.csv")).size());
    }

    @Test
    void badOptionsAreOneLineErrorsWithExitTwoAndNoOutput(@TempDir Path tmp) {
        for (String[] bad : new String[][] {{"--size", "huge"}, {"--separation", "-1"}, {"--patients", "0"}}) {
            Path out = tmp.resolve("x" + bad[0].substring(2));
            StringWriter err = new StringWriter();
            String patients = bad[0].equals("--patients") ? bad[1] : "2";
            String[] args = bad[0].equals("--patients")
                    ? new String[] {"synth", "--patients", patients, "--seed", "1", "--out", out.toString()}
                    : new String[] {"synth", "--patients", patients, "--seed", "1", "--out", out.toString(), bad[0], bad[1]};
            assertEquals(2, run(err, args), String.join(" ", bad));
            assertTrue(err.toString().startsWith("spinelab: error: " + bad[0]), err.toString());
            assertFalse(Files.exists(out.resolve("cohort.csv")));
        }
    }

    @Test
    void outputThatIsAFileIsAnInputError(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("occupied"), "x");
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "synth", "--patients", "1", "--seed", "1", "--out", file.toString()));
        assertTrue(err.toString().contains("--out exists and is not a directory"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
    }

    private static int run(StringWriter err, String... args) {
        return Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true)).execute(args);
    }
}
