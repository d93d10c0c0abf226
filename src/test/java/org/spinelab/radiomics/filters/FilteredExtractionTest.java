package org.spinelab.radiomics.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.radiomics.ExtractionParameters;
import org.spinelab.radiomics.Plugins;
import org.spinelab.radiomics.RadiomicsExtractor;
import org.spinelab.testing.SharedData;

/**
 * Every filter image type through the extractor on brain1 (whole 256×256×25 image, as PyRadiomics filters
 * it without resampling): the first-order Mean, Minimum and Maximum of each derived image over the label
 * against ITK 5.2 (LoG σ = 1, 3 mm; Gradient — {@code brain1_itk_roi_stats.csv}) and against PyWavelets,
 * numpy, scikit-image and SciPy (LBP3D) run through PyRadiomics' procedures ({@code brain1_python_roi_stats.csv}).
 * The loop runs over the reference rows, so a missing image type or misnamed image fails.
 */
class FilteredExtractionTest {

    @Test
    void everyImageTypeIsRegistered() {
        for (String t : List.of("LoG", "Wavelet", "Square", "SquareRoot", "Logarithm", "Exponential", "Gradient", "LBP2D", "LBP3D")) {
            assertFalse(Plugins.imageTypes().get(t) == null, t + " is not registered in META-INF/services");
        }
    }

    @Test
    void brain1FirstOrderOfFilteredImagesMatchesReferences() throws IOException {
        Map<String, Object> types = new LinkedHashMap<>();
        types.put("LoG", Map.of("sigma", List.of(1.0, 3.0)));
        for (String t : List.of("Wavelet", "Square", "SquareRoot", "Logarithm", "Exponential", "Gradient", "LBP2D", "LBP3D")) {
            types.put(t, Map.of());
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("imageType", types);
        doc.put("featureClass", Map.of("firstorder", List.of("Mean", "Minimum", "Maximum")));
        doc.put("setting", Map.of("additionalInfo", false));
        RadiomicsExtractor extractor = new RadiomicsExtractor(ExtractionParameters.of(doc, "test"));
        Volume image = VolumeIO.read(SharedData.conformance("pyradiomics/brain1_image.nrrd"));
        LabelVolume mask = VolumeIO.readLabels(SharedData.conformance("pyradiomics/brain1_label.nrrd"));
        Map<String, Double> ours = extractor.extract(image, mask, "brain1_image", "brain1_label").features();

        Map<String, Double> expected = new LinkedHashMap<>();
        expected.putAll(csv("brain1_itk_roi_stats.csv"));
        expected.putAll(csv("brain1_python_roi_stats.csv"));
        assertEquals(3 * (2 + 1 + 8 + 4 + 1 + 3), expected.size(), "reference rows");
        List<String> bad = new ArrayList<>();
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            Double v = ours.get(e.getKey());
            double ref = e.getValue();
            if (v == null) {
                bad.add(e.getKey() + ": not computed");
            } else if (!(Math.abs(v - ref) <= 1e-9 * Math.abs(ref) + 1e-9)) {
                bad.add(e.getKey() + ": ours " + v + " reference " + ref);
            }
        }
        if (!bad.isEmpty()) {
            fail(bad.size() + " of " + expected.size() + " differ:\n  " + String.join("\n  ", bad));
        }
    }

    private static Map<String, Double> csv(String name) throws IOException {
        Map<String, Double> m = new LinkedHashMap<>();
        try (InputStream in = FilteredExtractionTest.class.getResourceAsStream("/filters/" + name)) {
            if (in == null) {
                fail("missing reference filters/" + name);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    String[] f = lines[i].split(",");
                    m.put(f[0], Double.parseDouble(f[1]));
                }
            }
        }
        return m;
    }
}
