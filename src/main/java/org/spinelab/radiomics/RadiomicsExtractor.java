package org.spinelab.radiomics;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.preprocess.PreparedCase;
import org.spinelab.radiomics.preprocess.Preprocessor;

/**
 * Features of one image + mask under a parameter set, as PyRadiomics' {@code RadiomicsFeatureExtractor.execute}:
 * preprocessing, then shape families once on the (non re-segmented) mask, then every intensity family
 * for every derived image on the ROI's bounding box. Keys are PyRadiomics' names,
 * {@code <imageType>_<class>_<Feature>} (e.g. {@code original_glcm_Contrast}); shape families always use
 * the {@code original} prefix. Thread-safe: one extractor may serve many cases in parallel.
 */
public final class RadiomicsExtractor {

    private final ExtractionParameters params;

    public RadiomicsExtractor(ExtractionParameters params) {
        this.params = params;
    }

    public ExtractionParameters parameters() {
        return params;
    }

    /** The result: diagnostics (when {@code additionalInfo}) and features, each in output order. */
    public record Result(Map<String, String> diagnostics, Map<String, Double> features) {}

    /**
     * Extracts the features of {@code mask}'s label (setting {@code label}) in {@code image}.
     *
     * @param imageName names the image in error messages (e.g. its path)
     * @param maskName  names the mask in error messages
     */
    public Result extract(Volume image, LabelVolume mask, String imageName, String maskName) {
        RadiomicsSettings s = params.settings();
        boolean whole = false;
        for (String t : params.imageTypes().keySet()) {
            whole |= Plugins.imageTypes().get(t).needsSurroundings();
        }
        Map<String, String> diagnostics = new LinkedHashMap<>();
        if (s.additionalInfo()) {
            diagnostics.putAll(Diagnostics.general(params));
            diagnostics.putAll(Diagnostics.image(image, "original"));
            diagnostics.putAll(Diagnostics.mask(mask, s.label(), "original"));
        }
        PreparedCase pc = Preprocessor.prepare(image, mask, s, imageName, maskName, whole);
        Map<String, Double> features = new LinkedHashMap<>();
        int[] bb = pc.bbox();
        double[] spacing = pc.image().geometry().spacing();
        Roi shapeRoi = null;
        for (Map.Entry<String, FeatureClass> e : Plugins.featureClasses().entrySet()) {
            FeatureClass fc = e.getValue();
            if (fc.scope() != FeatureClass.Scope.SHAPE || !params.features().containsKey(fc.name())) {
                continue;
            }
            if (shapeRoi == null) {
                shapeRoi = new Roi(pc.cropValues(pc.image().data()), pc.cropMask(pc.shapeMask()), bb[3], bb[4], bb[5], spacing);
            }
            put(features, "original", fc, fc.compute(new FeatureInput(shapeRoi, s), enabled(fc)));
        }
        for (Map.Entry<String, Map<String, Object>> t : params.imageTypes().entrySet()) {
            ImageType type = Plugins.imageTypes().get(t.getKey());
            for (ImageType.Derived d : type.derive(pc.image(), pc.roiMask(), t.getValue(), s)) {
                Roi roi = new Roi(pc.cropValues(d.image().data()), pc.cropMask(pc.roiMask()), bb[3], bb[4], bb[5], spacing);
                FeatureInput in = new FeatureInput(roi, d.settings());
                for (FeatureClass fc : Plugins.featureClasses().values()) {
                    if (fc.scope() == FeatureClass.Scope.INTENSITY && params.features().containsKey(fc.name())) {
                        put(features, d.name(), fc, fc.compute(in, enabled(fc)));
                    }
                }
            }
        }
        return new Result(diagnostics, features);
    }

    private Set<String> enabled(FeatureClass fc) {
        List<String> l = params.features().get(fc.name());
        return l == null || l.isEmpty() ? new HashSet<>(fc.featureNames()) : new HashSet<>(l);
    }

    private static void put(Map<String, Double> out, String imageName, FeatureClass fc, Map<String, Double> values) {
        for (Map.Entry<String, Double> v : values.entrySet()) {
            out.put(imageName + "_" + fc.name() + "_" + v.getKey(), v.getValue());
        }
    }
}
