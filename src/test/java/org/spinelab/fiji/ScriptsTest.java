package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;
import org.scijava.log.LogMessage;
import org.scijava.log.LogService;
import org.scijava.script.ScriptModule;
import org.scijava.script.ScriptService;
import org.spinelab.testing.SharedData;

/**
 * The SciJava scripts in {@code scripts/} run as Fiji's Script Editor runs them: through
 * {@link ScriptService}, their {@code #@} parameters filled by name, the commands reached through
 * CommandService. Groovy comes from its JSR-223 engine, which ScriptService adapts (a test dependency;
 * Fiji ships Groovy). Outputs are checked against PyRadiomics' own baseline for brain1.
 */
class ScriptsTest {

    static final File EXTRACT = new File("scripts/extract_features.groovy");
    static Context context;
    static final LogCapture errors = new LogCapture();

    @BeforeAll
    static void start() {
        context = new Context(ScriptService.class, CommandService.class, StatusService.class, LogService.class);
        context.service(LogService.class).addLogListener(errors);
    }

    @AfterAll
    static void stop() {
        context.dispose();
    }

    static ScriptModule runExtract(Path params, String features) throws Exception {
        Map<String, Object> in = new HashMap<>();
        in.put("image_file", SharedData.conformance("pyradiomics/brain1_image.nrrd").toFile());
        in.put("mask_file", SharedData.conformance("pyradiomics/brain1_label.nrrd").toFile());
        in.put("params", params.toFile());
        in.put("label", 1);
        in.put("features", features);
        return context.service(ScriptService.class).run(EXTRACT, true, in).get();
    }

    static Path brain1Params(Path dir) throws Exception {
        Path params = dir.resolve("brain1.yaml");
        Files.writeString(params, """
                imageType: {Original: {}}
                featureClass: {firstorder: [], glcm: []}
                setting: {binWidth: 25, voxelArrayShift: 2000, label: 1}
                """);
        return params;
    }

    @Test
    void extractFeaturesScriptReturnsPyRadiomicsValues(@TempDir Path dir) throws Exception {
        List<String> names = List.of("original_firstorder_Mean", "original_firstorder_Entropy", "original_glcm_Contrast",
                "original_glcm_Idmn");
        ScriptModule m = runExtract(brain1Params(dir), String.join(", ", names));
        @SuppressWarnings("unchecked")
        Map<String, Double> values = (Map<String, Double>) m.getOutput("values");
        assertNotNull(values, "no output; logged errors: " + errors.errors());
        assertEquals(names, List.copyOf(values.keySet()), "the features asked for, in that order");
        Map<String, Double> reference = new HashMap<>(ExtractFeaturesCommandTest.baseline("firstorder"));
        reference.putAll(ExtractFeaturesCommandTest.baseline("glcm"));
        for (String name : names) {
            double ref = reference.get(name);
            assertEquals(ref, values.get(name), 1e-6 * Math.max(1, Math.abs(ref)), name);
        }
    }

    @Test
    void aFeatureThatWasNotComputedIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
        int before = errors.errors().size();
        ScriptModule m = runExtract(brain1Params(dir), "original_firstorder_Mean, original_shape_Sphericity");
        assertNull(m.getOutput("values"), "no output for a failed script");
        StringBuilder logged = new StringBuilder();
        for (LogMessage e : errors.errors().subList(before, errors.errors().size())) {
            logged.append(e.text()).append(' ').append(e.throwable()).append('\n');
        }
        assertTrue(logged.toString().contains("features: 'original_shape_Sphericity' was not computed"), logged.toString());
    }
}
