package org.spinelab.radiomics.voxel;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.ExtractionParameters;
import org.spinelab.radiomics.FeatureClass;
import org.spinelab.radiomics.ImageType;
import org.spinelab.radiomics.Plugins;
import org.spinelab.radiomics.RadiomicsSettings;
import org.spinelab.radiomics.preprocess.PreparedCase;
import org.spinelab.radiomics.preprocess.Preprocessor;
import org.spinelab.util.Progress;

/**
 * Voxel-based extraction of one case under a parameter set, as PyRadiomics'
 * {@code execute(image, mask, voxelBased=True)}: the same preprocessing and image types as segment-based
 * extraction, no shape features, and for every derived image the maps of every enabled intensity family.
 * The maps of each derived image and family are handed to a consumer as soon as they are done, so only
 * one family's maps (floats on the ROI's box) are held at a time.
 */
public final class VoxelCaseExtractor {

    private final ExtractionParameters params;

    public VoxelCaseExtractor(ExtractionParameters params) {
        this.params = params;
    }

    /** Receives the maps of one derived image, e.g. {@code original}, on the prepared image's grid. */
    @FunctionalInterface
    public interface Consumer {
        void accept(String imageTypeName, FeatureMaps maps, Volume preparedImage);
    }

    /** The enabled intensity families and their features (shape families have no maps and are skipped). */
    public Map<FeatureClass, Set<String>> families() {
        Map<FeatureClass, Set<String>> out = new LinkedHashMap<>();
        for (FeatureClass fc : Plugins.featureClasses().values()) {
            if (fc.scope() == FeatureClass.Scope.INTENSITY && params.features().containsKey(fc.name())) {
                List<String> l = params.features().get(fc.name());
                out.put(fc, l == null || l.isEmpty() ? new HashSet<>(fc.featureNames()) : new HashSet<>(l));
            }
        }
        return out;
    }

    public void extract(Volume image, LabelVolume mask, String imageName, String maskName, Progress progress,
            Consumer consumer) {
        RadiomicsSettings s = params.settings();
        VoxelSettings.from(s); // checks the voxel settings before any work
        PreparedCase pc = Preprocessor.prepare(image, mask, s, imageName, maskName, true);
        Volume prepared = pc.image();
        int[] dims = {prepared.nx(), prepared.ny(), prepared.nz()};
        double[] spacing = prepared.geometry().spacing();
        Map<FeatureClass, Set<String>> fams = families();
        for (Map.Entry<String, Map<String, Object>> t : params.imageTypes().entrySet()) {
            ImageType type = Plugins.imageTypes().get(t.getKey());
            for (ImageType.Derived d : type.derive(prepared, pc.roiMask(), t.getValue(), s)) {
                // one family at a time: only its maps are held until the consumer has written them
                for (Map.Entry<FeatureClass, Set<String>> f : fams.entrySet()) {
                    progress.message("feature maps of " + d.name() + " " + f.getKey().name());
                    FeatureMapExtractor ex = new FeatureMapExtractor(d.settings(), Map.of(f.getKey(), f.getValue()));
                    FeatureMaps maps = ex.compute(d.image().data(), pc.roiMask(), dims, spacing, progress);
                    consumer.accept(d.name(), maps, d.image());
                }
            }
        }
    }
}
