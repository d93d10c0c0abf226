package org.spinelab.radiomics.voxel;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.spinelab.radiomics.FeatureClass;
import org.spinelab.radiomics.Plugins;
import org.spinelab.util.InvalidInputException;

/**
 * Parses a comma list of maps such as {@code firstorder_Mean, glcm_Contrast, glszm} (a bare class name
 * selects all its features) into the families and features {@link FeatureMapExtractor} takes.
 */
public final class MapSelection {

    private MapSelection() {}

    /** @param what names the parameter in error messages */
    public static Map<FeatureClass, Set<String>> parse(String list, String what) {
        Map<FeatureClass, Set<String>> out = new LinkedHashMap<>();
        if (list == null || list.isBlank()) {
            throw new InvalidInputException(what + ": no feature map named (e.g. firstorder_Mean,glcm_Contrast)");
        }
        for (String raw : list.split(",")) {
            String item = raw.trim();
            if (item.isEmpty()) {
                continue;
            }
            int us = item.indexOf('_');
            String cls = us < 0 ? item : item.substring(0, us);
            FeatureClass fc = Plugins.featureClasses().get(cls);
            if (fc == null || fc.scope() != FeatureClass.Scope.INTENSITY) {
                throw new InvalidInputException(what + ": '" + item + "' names no feature class with maps (firstorder, glcm,"
                        + " glrlm, glszm, gldm, ngtdm)");
            }
            Set<String> features = out.computeIfAbsent(fc, k -> new LinkedHashSet<>());
            if (us < 0) {
                features.addAll(fc.featureNames());
            } else {
                String f = item.substring(us + 1);
                if (!fc.featureNames().contains(f)) {
                    throw new InvalidInputException(what + ": " + cls + " has no feature '" + f + "' (features: "
                            + String.join(", ", fc.featureNames()) + ")");
                }
                features.add(f);
            }
        }
        return out;
    }
}
