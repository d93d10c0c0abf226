package org.spinelab.radiomics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** The feature classes and image types on the class path ({@link ServiceLoader}), looked up once. */
public final class Plugins {

    private static final class Holder {
        static final Map<String, FeatureClass> FEATURE_CLASSES = load();
        static final Map<String, ImageType> IMAGE_TYPES = loadImageTypes();

        private static Map<String, FeatureClass> load() {
            List<FeatureClass> l = new ArrayList<>();
            ServiceLoader.load(FeatureClass.class, Plugins.class.getClassLoader()).forEach(l::add);
            l.sort(Comparator.comparingInt(FeatureClass::order).thenComparing(FeatureClass::name));
            Map<String, FeatureClass> m = new LinkedHashMap<>();
            for (FeatureClass f : l) {
                m.put(f.name(), f);
            }
            return m;
        }

        private static Map<String, ImageType> loadImageTypes() {
            Map<String, ImageType> m = new LinkedHashMap<>();
            ServiceLoader.load(ImageType.class, Plugins.class.getClassLoader()).forEach(t -> m.put(t.name(), t));
            return m;
        }
    }

    private Plugins() {}

    /** Feature classes by name, in output order (shape first, then alphabetical like PyRadiomics). */
    public static Map<String, FeatureClass> featureClasses() {
        return Holder.FEATURE_CLASSES;
    }

    /** Image types by parameter-file name. */
    public static Map<String, ImageType> imageTypes() {
        return Holder.IMAGE_TYPES;
    }
}
