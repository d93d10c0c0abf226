package org.spinelab.radiomics.ibsi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spinelab.util.InvalidInputException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Settings of the IBSI image-processing chain and feature computation, read from the
 * {@code setting:} block of a YAML parameter file (DESIGN.md, {@code extract --ibsi}).
 *
 * @param force2D                    texture matrices slice by slice (2-D families) instead of 3-D
 * @param resampledPixelSpacing      target spacing (x, y, z) in mm, or null for no interpolation; an
 *                                   entry of 0 keeps that axis (in-plane interpolation)
 * @param interpolator               image interpolator
 * @param intensityRounding          round interpolated intensities to the nearest integer (CT)
 * @param maskPartialVolumeThreshold an interpolated mask voxel belongs to the ROI when its value is at
 *                                   least this
 * @param resegmentLower             re-segmentation lower bound (inclusive) or null
 * @param resegmentUpper             re-segmentation upper bound (inclusive) or null
 * @param outlierFilterSigma         remove intensities outside mean ± sigma·SD, or null
 * @param binWidth                   fixed bin size, or null
 * @param binLowerBound              lower bound of the first bin for fixed bin size, or null (then the
 *                                   re-segmentation lower bound, else the ROI minimum)
 * @param binCount                   fixed bin number, or null
 * @param ivhBinWidth                bin size for the intensity-volume histogram, or null
 * @param ivhBinCount                bin number for the intensity-volume histogram, or null
 * @param label                      mask label of the ROI
 */
public record IbsiSettings(
        boolean force2D,
        double[] resampledPixelSpacing,
        Interpolator interpolator,
        boolean intensityRounding,
        double maskPartialVolumeThreshold,
        Double resegmentLower,
        Double resegmentUpper,
        Double outlierFilterSigma,
        Double binWidth,
        Double binLowerBound,
        Integer binCount,
        Double ivhBinWidth,
        Integer ivhBinCount,
        int label) {

    /** The keys accepted in the {@code setting:} block. */
    public static final Set<String> KEYS = Set.of("force2D", "resampledPixelSpacing", "interpolator",
            "intensityRounding", "maskPartialVolumeThreshold", "resegmentRange", "outlierFilterSigma", "binWidth",
            "binLowerBound", "binCount", "ivhBinWidth", "ivhBinCount", "label");

    /** Top-level blocks accepted in a parameter file; only {@code setting} matters to the IBSI path. */
    private static final Set<String> BLOCKS = Set.of("setting", "imageType", "featureClass");

    public IbsiSettings {
        if (binWidth != null && binCount != null) {
            throw new InvalidInputException("settings: binWidth and binCount are exclusive");
        }
        if (binWidth != null && !(binWidth > 0)) {
            throw new InvalidInputException("settings: binWidth must be positive, got " + binWidth);
        }
        if (binCount != null && binCount < 1) {
            throw new InvalidInputException("settings: binCount must be at least 1, got " + binCount);
        }
        if (resegmentLower != null && resegmentUpper != null && resegmentLower > resegmentUpper) {
            throw new InvalidInputException("settings: resegmentRange lower bound " + resegmentLower
                    + " exceeds upper bound " + resegmentUpper);
        }
        if (ivhBinWidth != null && ivhBinCount != null) {
            throw new InvalidInputException("settings: ivhBinWidth and ivhBinCount are exclusive");
        }
    }

    /**
     * Defaults: 3-D, no interpolation, no re-segmentation, fixed bin size 25 from the ROI minimum
     * (PyRadiomics' default bin width, which keeps the texture matrices small for any modality), label 1.
     */
    public static IbsiSettings defaults() {
        return new IbsiSettings(false, null, Interpolator.LINEAR, false, 0.5, null, null, null, 25.0, null, null,
                null, null, 1);
    }

    /** Reads the {@code setting:} block of a YAML parameter file. */
    public static IbsiSettings fromYaml(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException(path + ": no such parameter file");
        }
        try {
            return fromYamlText(Files.readString(path, StandardCharsets.UTF_8), path.toString());
        } catch (IOException e) {
            throw new InvalidInputException(path + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Settings of one of the bundled parameter files ({@code digital_phantom}, {@code config_A}, {@code config_C}). */
    public static IbsiSettings bundled(String name) {
        String resource = "/ibsi/" + name + ".yaml";
        try (java.io.InputStream in = IbsiSettings.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidInputException("no bundled IBSI parameter file '" + name + "'");
            }
            return fromYamlText(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new InvalidInputException(resource + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Parses YAML text; {@code where} names the source in error messages. */
    public static IbsiSettings fromYamlText(String text, String where) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (RuntimeException e) {
            throw new InvalidInputException(where + ": not a readable YAML file (" + e.getMessage() + ")", e);
        }
        if (root == null) {
            return defaults();
        }
        if (!(root instanceof Map<?, ?> top)) {
            throw new InvalidInputException(where + ": expected a mapping with a 'setting:' block");
        }
        for (Object k : top.keySet()) {
            if (!BLOCKS.contains(String.valueOf(k))) {
                throw new InvalidInputException(where + ": unknown block '" + k + "' (expected setting, imageType, featureClass)");
            }
        }
        Object block = top.get("setting");
        if (block == null) {
            return defaults();
        }
        if (!(block instanceof Map<?, ?> settings)) {
            throw new InvalidInputException(where + ": 'setting' must be a mapping");
        }
        return fromMap(settings, where);
    }

    /** Builds settings from the key/value pairs of a {@code setting:} block; {@code where} names the source. */
    public static IbsiSettings fromMap(Map<?, ?> map, String where) {
        for (Object k : map.keySet()) {
            if (!KEYS.contains(String.valueOf(k))) {
                throw new InvalidInputException(where + ": unknown setting '" + k + "' (known: " + String.join(", ",
                        KEYS.stream().sorted().toList()) + ")");
            }
        }
        IbsiSettings d = defaults();
        boolean force2D = bool(map, "force2D", d.force2D(), where);
        double[] spacing = null;
        Object sp = map.get("resampledPixelSpacing");
        if (sp != null) {
            List<?> list = list(sp, "resampledPixelSpacing", where);
            if (list.size() != 3) {
                throw new InvalidInputException(where + ": setting 'resampledPixelSpacing' needs 3 values, got " + list.size());
            }
            spacing = new double[3];
            for (int a = 0; a < 3; a++) {
                Object v = list.get(a);
                spacing[a] = v == null ? 0 : number(v, "resampledPixelSpacing", where);
                if (spacing[a] < 0) {
                    throw new InvalidInputException(where + ": setting 'resampledPixelSpacing' must not be negative");
                }
            }
        }
        Object interp = map.get("interpolator");
        Interpolator interpolator = d.interpolator();
        if (interp != null) {
            if (!(interp instanceof String s)) {
                throw new InvalidInputException(where + ": setting 'interpolator' must be a string, got " + interp);
            }
            interpolator = Interpolator.parse(s, where + ": setting 'interpolator'");
        }
        Double lo = null;
        Double hi = null;
        Object rr = map.get("resegmentRange");
        if (rr != null) {
            List<?> list = list(rr, "resegmentRange", where);
            if (list.size() != 2) {
                throw new InvalidInputException(where + ": setting 'resegmentRange' needs [lower, upper], got " + list.size() + " values");
            }
            lo = list.get(0) == null ? null : number(list.get(0), "resegmentRange", where);
            hi = list.get(1) == null ? null : number(list.get(1), "resegmentRange", where);
        }
        Double binWidth = optNumber(map, "binWidth", where);
        Integer binCount = optInt(map, "binCount", where);
        if (binWidth == null && binCount == null) {
            binWidth = d.binWidth();
        }
        double threshold = map.get("maskPartialVolumeThreshold") == null ? d.maskPartialVolumeThreshold()
                : number(map.get("maskPartialVolumeThreshold"), "maskPartialVolumeThreshold", where);
        if (!(threshold > 0 && threshold <= 1)) {
            throw new InvalidInputException(where + ": setting 'maskPartialVolumeThreshold' must be in (0, 1], got " + threshold);
        }
        Double sigma = optNumber(map, "outlierFilterSigma", where);
        if (sigma != null && !(sigma > 0)) {
            throw new InvalidInputException(where + ": setting 'outlierFilterSigma' must be positive, got " + sigma);
        }
        Integer label = optInt(map, "label", where);
        return new IbsiSettings(force2D, spacing, interpolator, bool(map, "intensityRounding", false, where), threshold,
                lo, hi, sigma, binWidth, optNumber(map, "binLowerBound", where), binCount,
                optNumber(map, "ivhBinWidth", where), optInt(map, "ivhBinCount", where), label == null ? 1 : label);
    }

    private static boolean bool(Map<?, ?> map, String key, boolean dflt, String where) {
        Object v = map.get(key);
        if (v == null) {
            return dflt;
        }
        if (!(v instanceof Boolean b)) {
            throw new InvalidInputException(where + ": setting '" + key + "' must be true or false, got " + v);
        }
        return b;
    }

    private static List<?> list(Object v, String key, String where) {
        if (!(v instanceof List<?> l)) {
            throw new InvalidInputException(where + ": setting '" + key + "' must be a list, got " + v);
        }
        return l;
    }

    private static double number(Object v, String key, String where) {
        if (!(v instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            throw new InvalidInputException(where + ": setting '" + key + "' must be a number, got " + v);
        }
        return n.doubleValue();
    }

    private static Double optNumber(Map<?, ?> map, String key, String where) {
        Object v = map.get(key);
        return v == null ? null : number(v, key, where);
    }

    private static Integer optInt(Map<?, ?> map, String key, String where) {
        Object v = map.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Integer i)) {
            throw new InvalidInputException(where + ": setting '" + key + "' must be an integer, got " + v);
        }
        return i;
    }

    /** A copy with another bin configuration (fixed bin size {@code width} from {@code lower}). */
    public IbsiSettings withBinWidth(double width, Double lower) {
        return new IbsiSettings(force2D, resampledPixelSpacing, interpolator, intensityRounding,
                maskPartialVolumeThreshold, resegmentLower, resegmentUpper, outlierFilterSigma, width, lower, null,
                ivhBinWidth, ivhBinCount, label);
    }

    /** A copy for the ROI with label {@code value}. */
    public IbsiSettings withLabel(int value) {
        return new IbsiSettings(force2D, resampledPixelSpacing, interpolator, intensityRounding,
                maskPartialVolumeThreshold, resegmentLower, resegmentUpper, outlierFilterSigma, binWidth, binLowerBound,
                binCount, ivhBinWidth, ivhBinCount, value);
    }

    /** A copy with fixed bin number {@code count}. */
    public IbsiSettings withBinCount(int count) {
        return new IbsiSettings(force2D, resampledPixelSpacing, interpolator, intensityRounding,
                maskPartialVolumeThreshold, resegmentLower, resegmentUpper, outlierFilterSigma, null, null, count,
                ivhBinWidth, ivhBinCount, label);
    }
}
