package org.spinelab.radiomics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinelab.util.InvalidInputException;

/**
 * The {@code setting:} (and {@code voxelSetting:}) block of a PyRadiomics parameter file, with
 * PyRadiomics' defaults for every key that is not given.
 *
 * <p>Values are checked against the types of PyRadiomics' parameter schema when they are set, so the
 * typed getters never fail. The defaults are those of {@code RadiomicsFeatureExtractor._getDefaultSettings()}
 * plus the feature classes' own defaults ({@code binWidth} 25, {@code voxelArrayShift} 0,
 * {@code symmetricalGLCM} true, {@code gldm_a} 0, …). Instances are immutable.
 */
public final class RadiomicsSettings {

    /** Every key the schema accepts, with its type. */
    static final Map<String, SettingKind> KINDS = kinds();

    private final Map<String, Object> values;

    private RadiomicsSettings(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** PyRadiomics' defaults. */
    public static RadiomicsSettings defaults() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("minimumROIDimensions", 2);
        m.put("minimumROISize", null);
        m.put("normalize", false);
        m.put("normalizeScale", 1.0);
        m.put("removeOutliers", null);
        m.put("resampledPixelSpacing", null);
        m.put("interpolator", "sitkBSpline");
        m.put("preCrop", false);
        m.put("padDistance", 5);
        m.put("distances", List.of(1));
        m.put("force2D", false);
        m.put("force2Ddimension", 0);
        m.put("resegmentRange", null);
        m.put("label", 1);
        m.put("additionalInfo", true);
        return new RadiomicsSettings(m);
    }

    /**
     * These settings with {@code overrides} applied; each key must be a PyRadiomics setting and each
     * value of its type ({@code source} names the file in errors).
     */
    public RadiomicsSettings with(Map<String, ?> overrides, String source) {
        Map<String, Object> m = new LinkedHashMap<>(values);
        for (Map.Entry<String, ?> e : overrides.entrySet()) {
            SettingKind kind = KINDS.get(e.getKey());
            if (kind == null) {
                throw new InvalidInputException(source + ": unknown setting '" + e.getKey() + "'");
            }
            Object v = kind.convert(e.getKey(), e.getValue(), source);
            validate(e.getKey(), v, source);
            m.put(e.getKey(), v);
        }
        return new RadiomicsSettings(m);
    }

    /** One setting changed. */
    public RadiomicsSettings with(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, value);
        return with(m, "setting");
    }

    private static void validate(String key, Object v, String source) {
        if (v == null) {
            return;
        }
        String where = source + ": setting '" + key + "' ";
        switch (key) {
            case "binWidth", "normalizeScale", "removeOutliers", "geometryTolerance" -> {
                if (!((Double) v > 0)) {
                    throw new InvalidInputException(where + "must be > 0, found " + v);
                }
            }
            case "binCount", "label", "minimumROISize" -> {
                if ((Integer) v < 1) {
                    throw new InvalidInputException(where + "must be ≥ 1, found " + v);
                }
            }
            case "minimumROIDimensions" -> {
                int d = (Integer) v;
                if (d < 1 || d > 3) {
                    throw new InvalidInputException(where + "must be 1, 2 or 3, found " + v);
                }
            }
            case "force2Ddimension" -> {
                int d = (Integer) v;
                if (d < 0 || d > 2) {
                    throw new InvalidInputException(where + "must be 0, 1 or 2, found " + v);
                }
            }
            case "padDistance", "gldm_a" -> {
                if ((Integer) v < 0) {
                    throw new InvalidInputException(where + "must be ≥ 0, found " + v);
                }
            }
            case "distances" -> {
                List<?> l = (List<?>) v;
                if (l.isEmpty() || l.stream().anyMatch(d -> (Integer) d < 1)) {
                    throw new InvalidInputException(where + "must be a non-empty list of integers ≥ 1, found " + v);
                }
            }
            case "resegmentRange" -> {
                int n = ((List<?>) v).size();
                if (n < 1 || n > 2) {
                    throw new InvalidInputException(where + "must hold 1 or 2 thresholds, found " + v);
                }
            }
            case "resegmentMode" -> {
                if (!List.of("absolute", "relative", "sigma").contains(v)) {
                    throw new InvalidInputException(where + "must be absolute, relative or sigma, found '" + v + "'");
                }
            }
            case "weightingNorm" -> {
                if (!List.of("manhattan", "euclidean", "infinity", "no_weighting").contains(v)) {
                    throw new InvalidInputException(where + "must be manhattan, euclidean, infinity or no_weighting, found '" + v + "'");
                }
            }
            case "interpolator" -> {
                if (!(v instanceof String) && !(v instanceof Integer)) {
                    throw new InvalidInputException(where + "must be an interpolator name (e.g. sitkBSpline), found '" + v + "'");
                }
            }
            case "resampledPixelSpacing" -> {
                List<?> l = (List<?>) v;
                if (l.size() != 3 || l.stream().anyMatch(d -> (Double) d < 0)) {
                    throw new InvalidInputException(where + "must be 3 spacings ≥ 0 (0 keeps an axis), found " + v);
                }
            }
            default -> { }
        }
    }

    /** The raw value (null when unset or explicitly null). */
    public Object get(String key) {
        return values.get(key);
    }

    /** All explicitly set values and defaults, in insertion order. */
    public Map<String, Object> asMap() {
        return values;
    }

    private double dbl(String key, double dflt) {
        Object v = values.get(key);
        return v == null ? dflt : ((Number) v).doubleValue();
    }

    private int integer(String key, int dflt) {
        Object v = values.get(key);
        return v == null ? dflt : ((Number) v).intValue();
    }

    private boolean bool(String key, boolean dflt) {
        Object v = values.get(key);
        return v == null ? dflt : (Boolean) v;
    }

    public int label() {
        return integer("label", 1);
    }

    public double binWidth() {
        return dbl("binWidth", 25);
    }

    /** The fixed bin count, or null for fixed bin width. */
    public Integer binCount() {
        return (Integer) values.get("binCount");
    }

    public int minimumROIDimensions() {
        return integer("minimumROIDimensions", 2);
    }

    public Integer minimumROISize() {
        return (Integer) values.get("minimumROISize");
    }

    /** ITK's default coordinate/direction tolerance (1e-6) unless set. */
    public double geometryTolerance() {
        return dbl("geometryTolerance", 1e-6);
    }

    public boolean correctMask() {
        return bool("correctMask", false);
    }

    public boolean normalize() {
        return bool("normalize", false);
    }

    public double normalizeScale() {
        return dbl("normalizeScale", 1);
    }

    public Double removeOutliers() {
        Object v = values.get("removeOutliers");
        return v == null ? null : ((Number) v).doubleValue();
    }

    @SuppressWarnings("unchecked")
    public List<Double> resampledPixelSpacing() {
        return (List<Double>) values.get("resampledPixelSpacing");
    }

    /** The interpolator name (e.g. {@code sitkBSpline}), or null. */
    public String interpolator() {
        Object v = values.get("interpolator");
        return v == null ? null : v.toString();
    }

    public int padDistance() {
        return integer("padDistance", 5);
    }

    @SuppressWarnings("unchecked")
    public List<Integer> distances() {
        Object v = values.get("distances");
        return v == null ? List.of(1) : (List<Integer>) v;
    }

    public boolean force2D() {
        return bool("force2D", false);
    }

    /** The slice axis in PyRadiomics' (numpy z, y, x) order: 0 = k (slices), 1 = j, 2 = i. */
    public int force2Ddimension() {
        return integer("force2Ddimension", 0);
    }

    @SuppressWarnings("unchecked")
    public List<Double> resegmentRange() {
        return (List<Double>) values.get("resegmentRange");
    }

    public String resegmentMode() {
        Object v = values.get("resegmentMode");
        return v == null ? "absolute" : (String) v;
    }

    public boolean resegmentShape() {
        return bool("resegmentShape", false);
    }

    public double voxelArrayShift() {
        return dbl("voxelArrayShift", 0);
    }

    public boolean symmetricalGLCM() {
        return bool("symmetricalGLCM", true);
    }

    /** {@code manhattan}, {@code euclidean}, {@code infinity}, {@code no_weighting} or null. */
    public String weightingNorm() {
        return (String) values.get("weightingNorm");
    }

    public int gldmA() {
        return integer("gldm_a", 0);
    }

    public boolean additionalInfo() {
        return bool("additionalInfo", true);
    }

    @Override
    public String toString() {
        return values.toString();
    }

    private static Map<String, SettingKind> kinds() {
        Map<String, SettingKind> k = new LinkedHashMap<>();
        for (String s : List.of("minimumROIDimensions", "minimumROISize", "label", "label_channel", "binCount", "padDistance",
                "force2Ddimension", "start_level", "level", "lbp2DSamples", "lbp3DLevels", "lbp3DIcosphereSubdivision",
                "voxelArrayShift", "gldm_a", "kernelRadius", "voxelBatch")) {
            k.put(s, SettingKind.INT);
        }
        for (String s : List.of("geometryTolerance", "binWidth", "normalizeScale", "removeOutliers", "lbp2DRadius",
                "lbp3DIcosphereRadius", "initValue")) {
            k.put(s, SettingKind.FLOAT);
        }
        for (String s : List.of("correctMask", "additionalInfo", "normalize", "force2D", "resegmentShape", "preCrop",
                "gradientUseSpacing", "symmetricalGLCM", "maskedKernel")) {
            k.put(s, SettingKind.BOOL);
        }
        for (String s : List.of("resegmentMode", "wavelet", "lbp2DMethod")) {
            k.put(s, SettingKind.STRING);
        }
        for (String s : List.of("resampledPixelSpacing", "resegmentRange", "sigma")) {
            k.put(s, SettingKind.FLOAT_LIST);
        }
        k.put("distances", SettingKind.INT_LIST);
        k.put("interpolator", SettingKind.ANY);
        k.put("weightingNorm", SettingKind.ANY);
        return Collections.unmodifiableMap(k);
    }
}
