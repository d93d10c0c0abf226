package org.spinelab.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;

/**
 * A derived image type plugs in by class + services line; its features are named
 * {@code <derived>_<class>_<Feature>}; and keeping the whole image for filters gives the original
 * image exactly the features of the cropped path.
 */
class ImageTypeExtensionTest {

    @Test
    void derivedImageFeaturesAreNamedAndComputedOnTheDerivedImage() {
        Volume img = PyRadiomicsBaselineTest.image("breast1");
        LabelVolume mask = PyRadiomicsBaselineTest.mask("breast1");
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("featureClass", Map.of("firstorder", List.of(), "glcm", List.of()));
        doc.put("setting", Map.of("additionalInfo", false));
        Map<String, Double> originalOnly = new RadiomicsExtractor(ExtractionParameters.of(doc, "t"))
                .extract(img, mask, "i", "m").features();
        Map<String, Object> types = new LinkedHashMap<>();
        types.put("Original", Map.of());
        types.put("TestNegated", Map.of("binWidth", 10));
        doc.put("imageType", types);
        Map<String, Double> both = new RadiomicsExtractor(ExtractionParameters.of(doc, "t")).extract(img, mask, "i", "m").features();
        // the whole-image path (kept for the filter) reproduces the cropped path exactly
        originalOnly.forEach((k, v) -> assertEquals(v, both.get(k), 0.0, k));
        assertEquals(-originalOnly.get("original_firstorder_Mean"), both.get("testnegated_firstorder_Mean"), 1e-9);
        assertEquals(-originalOnly.get("original_firstorder_Minimum"), both.get("testnegated_firstorder_Maximum"), 0.0);
        assertTrue(both.containsKey("testnegated_glcm_Contrast"));
        // the image type's own binWidth (10 instead of 25) is used for its features
        assertTrue(both.get("testnegated_firstorder_Entropy") > originalOnly.get("original_firstorder_Entropy"));
    }
}
