package org.spinelab.radiomics.ibsi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.util.InvalidInputException;

class IbsiSettingsTest {

    @TempDir
    Path dir;

    private IbsiSettings parse(String yaml) throws Exception {
        Path p = dir.resolve("params.yaml");
        Files.writeString(p, yaml);
        return IbsiSettings.fromYaml(p);
    }

    @Test
    void bundledConfigurationC() {
        IbsiSettings s = IbsiSettings.bundled("config_C");
        assertArrayEquals(new double[] {2, 2, 2}, s.resampledPixelSpacing());
        assertEquals(Interpolator.LINEAR, s.interpolator());
        assertTrue(s.intensityRounding());
        assertEquals(0.5, s.maskPartialVolumeThreshold());
        assertEquals(-1000.0, s.resegmentLower());
        assertEquals(400.0, s.resegmentUpper());
        assertEquals(25.0, s.binWidth());
        assertEquals(-1000.0, s.binLowerBound());
        assertEquals(2.5, s.ivhBinWidth());
        assertEquals(false, s.force2D());
    }

    @Test
    void bundledConfigurationA() {
        IbsiSettings s = IbsiSettings.bundled("config_A");
        assertTrue(s.force2D());
        assertNull(s.resampledPixelSpacing());
        assertEquals(-500.0, s.resegmentLower());
        assertEquals(25.0, s.binWidth());
    }

    @Test
    void allKeysWithNullBoundAndFixedBinNumber() throws Exception {
        IbsiSettings s = parse("""
                setting:
                  force2D: true
                  resampledPixelSpacing: [1, 1, 0]
                  interpolator: tricubic
                  intensityRounding: false
                  maskPartialVolumeThreshold: 0.4
                  resegmentRange: [null, 400]
                  outlierFilterSigma: 3
                  binCount: 32
                  ivhBinCount: 100
                  label: 2
                """);
        assertNull(s.resegmentLower());
        assertEquals(400.0, s.resegmentUpper());
        assertEquals(Interpolator.TRICUBIC, s.interpolator());
        assertEquals(32, s.binCount());
        assertNull(s.binWidth());
        assertEquals(3.0, s.outlierFilterSigma());
        assertEquals(100, s.ivhBinCount());
        assertEquals(2, s.label());
        assertArrayEquals(new double[] {1, 1, 0}, s.resampledPixelSpacing());
    }

    @Test
    void unknownKeyIsNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse("setting:\n  binwidth: 25\n"));
        assertTrue(e.getMessage().contains("'binwidth'"), e.getMessage());
    }

    @Test
    void wrongTypeIsNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> parse("setting:\n  intensityRounding: maybe\n"));
        assertTrue(e.getMessage().contains("'intensityRounding'"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> parse("setting:\n  resegmentRange: 400\n"));
        assertTrue(e.getMessage().contains("'resegmentRange'"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> parse("setting:\n  binCount: 3.5\n"));
        assertTrue(e.getMessage().contains("'binCount'"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> parse("setting:\n  interpolator: spline5\n"));
        assertTrue(e.getMessage().contains("interpolator"), e.getMessage());
    }

    @Test
    void exclusiveBinSettingsAndMissingFile() {
        assertThrows(InvalidInputException.class, () -> parse("setting:\n  binWidth: 25\n  binCount: 32\n"));
        assertThrows(InvalidInputException.class, () -> IbsiSettings.fromYaml(dir.resolve("absent.yaml")));
    }
}
