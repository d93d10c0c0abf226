package org.spinelab.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.util.InvalidInputException;

class ExtractionParametersTest {

    @TempDir
    Path dir;

    private Path yaml(String text) throws Exception {
        Path p = dir.resolve("params.yaml");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void defaultsArePyRadiomicsDefaults() {
        ExtractionParameters p = ExtractionParameters.defaults();
        RadiomicsSettings s = p.settings();
        assertEquals(25, s.binWidth());
        assertEquals(1, s.label());
        assertEquals(5, s.padDistance());
        assertEquals(2, s.minimumROIDimensions());
        assertEquals(List.of(1), s.distances());
        assertEquals("sitkBSpline", s.interpolator());
        assertEquals(0, s.voxelArrayShift());
        assertTrue(s.symmetricalGLCM());
        assertEquals(List.of("Original"), List.copyOf(p.imageTypes().keySet()));
        // every class but shape2D
        assertEquals(List.of("shape", "firstorder", "glcm", "gldm", "glrlm", "glszm", "ngtdm"), List.copyOf(p.features().keySet()));
    }

    @Test
    void readsAPyRadiomicsParameterFile() throws Exception {
        ExtractionParameters p = ExtractionParameters.load(yaml("""
                imageType:
                  Original: {}
                featureClass:
                  glcm: [Contrast, MCC]
                  firstorder:
                setting:
                  binWidth: 10
                  label: 2
                  resegmentRange: [-3, 3]
                  resegmentMode: sigma
                  force2D: true
                voxelSetting:
                  kernelRadius: 2
                """));
        assertEquals(10, p.settings().binWidth());
        assertEquals(2, p.settings().label());
        assertEquals(List.of(-3.0, 3.0), p.settings().resegmentRange());
        assertEquals(List.of("Contrast", "MCC"), p.features().get("glcm"));
        assertEquals(List.of(), p.features().get("firstorder"));
        assertTrue(p.settings().force2D());
    }

    @Test
    void unknownKeysAndWrongTypesNameTheKeyAndFile() throws Exception {
        Path f = yaml("setting:\n  binWidht: 25\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ExtractionParameters.load(f));
        assertTrue(e.getMessage().contains("binWidht") && e.getMessage().contains(f.toString()), e.getMessage());

        Path g = yaml("setting:\n  binWidth: wide\n");
        e = assertThrows(InvalidInputException.class, () -> ExtractionParameters.load(g));
        assertTrue(e.getMessage().contains("binWidth") && e.getMessage().contains(g.toString()), e.getMessage());

        Path h = yaml("settings:\n  binWidth: 25\n");
        e = assertThrows(InvalidInputException.class, () -> ExtractionParameters.load(h));
        assertTrue(e.getMessage().contains("settings"), e.getMessage());

        Path i = yaml("featureClass:\n  glcm: [Contrast, Homogeneity9]\n");
        e = assertThrows(InvalidInputException.class, () -> ExtractionParameters.load(i));
        assertTrue(e.getMessage().contains("Homogeneity9"), e.getMessage());

        Path j = yaml("setting:\n  distances: 1\n");
        e = assertThrows(InvalidInputException.class, () -> ExtractionParameters.load(j));
        assertTrue(e.getMessage().contains("distances"), e.getMessage());

        Path k = yaml("setting:\n  resegmentMode: percent\n");
        e = assertThrows(InvalidInputException.class, () -> ExtractionParameters.load(k));
        assertTrue(e.getMessage().contains("resegmentMode"), e.getMessage());

        Path l = yaml("imageType:\n  Fourier: {}\n");
        e = assertThrows(InvalidInputException.class, () -> ExtractionParameters.load(l));
        assertTrue(e.getMessage().contains("Fourier"), e.getMessage());
    }

    @Test
    void pythonLiteralSettingsOfTheBaselines() {
        Object o = PythonLiteral.parse("{'distances': [1], 'resegmentRange': [-3, 3], 'interpolator': None, 'force2D': True, 'normalizeScale': 100}");
        ExtractionParameters p = ExtractionParameters.of(java.util.Map.of("setting", o), "dict");
        assertEquals(List.of(-3.0, 3.0), p.settings().resegmentRange());
        assertEquals(null, p.settings().interpolator());
        assertEquals(100.0, p.settings().normalizeScale());
    }

    @Test
    void settingsDiagnosticIsAPythonDictThatReadsBack() throws Exception {
        ExtractionParameters p = ExtractionParameters.load(yaml("setting:\n  binWidth: 12.5\n  resegmentRange: [-3, 3]\n  force2D: true\n"));
        String dict = Diagnostics.general(p).get("diagnostics_Configuration_Settings");
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> parsed = (java.util.Map<String, Object>) PythonLiteral.parse(dict);
        ExtractionParameters back = ExtractionParameters.of(java.util.Map.of("setting", parsed), "diagnostic");
        assertEquals(p.settings().asMap(), back.settings().asMap());
    }
}
