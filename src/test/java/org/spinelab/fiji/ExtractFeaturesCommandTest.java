package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.log.LogService;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.testing.SharedData;
import org.spinelab.util.CsvTable;

/**
 * Extract Features through CommandService on brain1 opened as ImagePlus images (so through the
 * ImageJ conversion), against PyRadiomics' own first-order and GLCM baseline (column "brain1", whose
 * settings are binWidth 25, voxelArrayShift 2000, label 1).
 */
class ExtractFeaturesCommandTest {

    static Context context;

    @BeforeAll
    static void start() {
        context = new Context(CommandService.class, StatusService.class, LogService.class);
    }

    @AfterAll
    static void stop() {
        context.dispose();
    }

    static ImagePlus open(String name) {
        return ImagePlusBridge.toImagePlus(VolumeIO.read(SharedData.conformance("pyradiomics/" + name)));
    }

    static CommandModule run(ImagePlus image, ImagePlus mask, Path params) throws Exception {
        Map<String, Object> in = new HashMap<>(Map.of("image", image, "mask", mask, "label", 1));
        in.put("params", params == null ? null : params.toFile());
        return context.service(CommandService.class).run(ExtractFeaturesCommand.class, true, in).get();
    }

    /** PyRadiomics' values of column {@code brain1} in {@code baseline_<family>.csv}, by feature name. */
    static Map<String, Double> baseline(String family) {
        CsvTable t = CsvTable.read(SharedData.conformance("pyradiomics/baseline_" + family + ".csv"));
        Map<String, Double> out = new HashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            String name = t.get(r, "featureName");
            if (name.startsWith("original_")) {
                out.put(name, Double.parseDouble(t.get(r, "brain1")));
            }
        }
        return out;
    }

    @Test
    void brain1FirstOrderAndGlcmMatchPyRadiomics(@TempDir Path dir) throws Exception {
        Path params = dir.resolve("brain1.yaml");
        Files.writeString(params, """
                imageType: {Original: {}}
                featureClass: {firstorder: [], glcm: []}
                setting: {binWidth: 25, voxelArrayShift: 2000, label: 1}
                """);
        CommandModule m = run(open("brain1_image.nrrd"), open("brain1_label.nrrd"), params);
        assertFalse(m.isCanceled(), m.getCancelReason());
        ResultsTable rt = (ResultsTable) m.getOutput("features");
        Map<String, Double> ours = new HashMap<>();
        for (int r = 0; r < rt.size(); r++) {
            ours.put(rt.getStringValue("Feature", r), rt.getValue("Value", r));
        }
        int compared = 0;
        for (String family : new String[] {"firstorder", "glcm"}) {
            for (Map.Entry<String, Double> e : baseline(family).entrySet()) {
                assertTrue(ours.containsKey(e.getKey()), "missing " + e.getKey());
                double ref = e.getValue();
                assertEquals(ref, ours.get(e.getKey()), 1e-6 * Math.max(1, Math.abs(ref)), e.getKey());
                compared++;
            }
        }
        assertTrue(compared >= 18 + 24, "compared " + compared);
        assertEquals(compared, ours.size(), "only the two families asked for");
    }

    @Test
    void aMaskOnAnotherGridIsRefusedNamingBoth() throws Exception {
        ImagePlus image = open("brain1_image.nrrd");
        ImagePlus mask = open("breast1_label.nrrd");
        mask.setTitle("breast1 mask");
        CommandModule m = run(image, mask, null);
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason().contains("breast1 mask"), m.getCancelReason());
    }
}
