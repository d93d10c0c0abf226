package org.spinelab.radiomics;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinelab.util.InvalidInputException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A PyRadiomics parameter file: enabled image types ({@code imageType}), enabled feature classes and
 * features ({@code featureClass}), settings ({@code setting}, {@code voxelSetting}). Every key is
 * checked: an unknown top-level key, setting, image type, feature class or feature, or a value of the
 * wrong type, is an {@link InvalidInputException} naming the key and the file. With no
 * {@code imageType}, Original is enabled; with no {@code featureClass}, every class enabled by default.
 *
 * @param imageTypes image type name → its own settings
 * @param features   feature class name → enabled features (empty: all)
 * @param settings   the settings, PyRadiomics' defaults for keys not given
 */
public record ExtractionParameters(Map<String, Map<String, Object>> imageTypes, Map<String, List<String>> features,
        RadiomicsSettings settings) {

    private static final List<String> TOP_KEYS = List.of("imageType", "featureClass", "setting", "voxelSetting");

    /** Defaults: Original image, every default feature class, default settings. */
    public static ExtractionParameters defaults() {
        return of(Map.of(), "defaults");
    }

    /** Reads and validates a YAML (or JSON) parameter file. */
    public static ExtractionParameters load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + ": no such parameter file");
        }
        Object doc;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read: " + e.getMessage(), e);
        } catch (YAMLException e) {
            throw new InvalidInputException(file + ": not valid YAML: " + e.getMessage().replace('\n', ' '), e);
        }
        if (doc == null) {
            return of(Map.of(), file.toString());
        }
        if (!(doc instanceof Map<?, ?> m)) {
            throw new InvalidInputException(file + ": a parameter file is a mapping with imageType, featureClass and setting");
        }
        return of(m, file.toString());
    }

    /**
     * Parses and validates parameter text (YAML or JSON) as {@link #load} does a file; {@code source}
     * names it in errors. A distributed run ships this text, so every worker uses exactly what the
     * driver read.
     */
    public static ExtractionParameters parse(String text, String source) {
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (RuntimeException e) {
            throw new InvalidInputException(source + ": not valid YAML: " + e.getMessage().replace('\n', ' '), e);
        }
        if (doc == null) {
            return of(Map.of(), source);
        }
        if (!(doc instanceof Map<?, ?> m)) {
            throw new InvalidInputException(source + ": a parameter file is a mapping with imageType, featureClass and setting");
        }
        return of(m, source);
    }

    /** Validates a parsed parameter document; {@code source} names it in errors. */
    public static ExtractionParameters of(Map<?, ?> doc, String source) {
        for (Object k : doc.keySet()) {
            if (!TOP_KEYS.contains(String.valueOf(k))) {
                throw new InvalidInputException(source + ": unknown key '" + k + "' (expected " + String.join(", ", TOP_KEYS) + ")");
            }
        }
        Map<String, Map<String, Object>> types = imageTypes(doc.get("imageType"), source);
        Map<String, List<String>> features = featureClasses(doc.get("featureClass"), source);
        RadiomicsSettings s = RadiomicsSettings.defaults();
        s = s.with(mapping(doc.get("setting"), "setting", source), source);
        s = s.with(mapping(doc.get("voxelSetting"), "voxelSetting", source), source);
        return new ExtractionParameters(types, features, s);
    }

    /** The same parameters with other settings. */
    public ExtractionParameters withSettings(RadiomicsSettings s) {
        return new ExtractionParameters(imageTypes, features, s);
    }

    private static Map<String, Object> mapping(Object o, String key, String source) {
        if (o == null) {
            return Map.of();
        }
        if (!(o instanceof Map<?, ?> m)) {
            throw new InvalidInputException(source + ": '" + key + "' must be a mapping, found '" + o + "'");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static Map<String, Map<String, Object>> imageTypes(Object o, String source) {
        Map<String, Object> m = mapping(o, "imageType", source);
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (m.isEmpty()) {
            out.put("Original", Map.of());
            return Collections.unmodifiableMap(out);
        }
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (!Plugins.imageTypes().containsKey(e.getKey())) {
                throw new InvalidInputException(source + ": image type '" + e.getKey() + "' is not available (available: "
                        + String.join(", ", Plugins.imageTypes().keySet()) + ")");
            }
            Map<String, Object> custom = mapping(e.getValue(), "imageType: " + e.getKey(), source);
            RadiomicsSettings.defaults().with(custom, source + " (imageType " + e.getKey() + ")"); // validates keys and types
            out.put(e.getKey(), Collections.unmodifiableMap(custom));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, List<String>> featureClasses(Object o, String source) {
        Map<String, Object> m = mapping(o, "featureClass", source);
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (m.isEmpty()) {
            for (FeatureClass f : Plugins.featureClasses().values()) {
                if (f.enabledByDefault()) {
                    out.put(f.name(), List.of());
                }
            }
            return Collections.unmodifiableMap(out);
        }
        for (Map.Entry<String, Object> e : m.entrySet()) {
            FeatureClass f = Plugins.featureClasses().get(e.getKey());
            if (f == null) {
                throw new InvalidInputException(source + ": feature class '" + e.getKey() + "' is not available (available: "
                        + String.join(", ", Plugins.featureClasses().keySet()) + ")");
            }
            List<String> names = new ArrayList<>();
            if (e.getValue() instanceof List<?> l) {
                for (Object n : l) {
                    if (!f.featureNames().contains(String.valueOf(n))) {
                        throw new InvalidInputException(source + ": feature class '" + f.name() + "' has no feature '" + n + "'");
                    }
                    names.add(String.valueOf(n));
                }
            } else if (e.getValue() != null) {
                throw new InvalidInputException(source + ": featureClass '" + e.getKey()
                        + "' must be empty (all features) or a list of feature names, found '" + e.getValue() + "'");
            }
            out.put(f.name(), List.copyOf(names));
        }
        return Collections.unmodifiableMap(out);
    }
}
