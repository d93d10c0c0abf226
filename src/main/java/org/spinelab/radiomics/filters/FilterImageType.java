package org.spinelab.radiomics.filters;

import java.util.Map;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.ImageType;
import org.spinelab.radiomics.RadiomicsSettings;

/**
 * Base of the filter image types: the settings a derived image is computed with are the extraction's
 * settings overridden by the image type's own arguments, as PyRadiomics merges {@code kwargs} with
 * {@code customArgs}.
 */
abstract class FilterImageType implements ImageType {

    /** {@code settings} with the image type's {@code customArgs} applied (validated, errors name the type). */
    protected final RadiomicsSettings effective(RadiomicsSettings settings, Map<String, Object> customArgs) {
        return customArgs.isEmpty() ? settings : settings.with(customArgs, "imageType " + name());
    }

    /**
     * A derived image: {@code data} on {@code image}'s grid, with its metadata but a double pixel type (the
     * values are no longer those of the input's type).
     */
    protected static Volume derivedVolume(Volume image, double[] data) {
        return Volume.wrap(image.geometry(), data, image.metadata().withPixelType(PixelType.FLOAT64));
    }

    /**
     * The pixel type PyRadiomics' array of this image would have: the image's own, unless its values do not
     * fit it (metadata left from before a step that made them real, e.g. normalisation), then float64. The
     * type matters where PyRadiomics' libraries keep it (PyWavelets on float32, SciPy and numpy stores).
     */
    protected static PixelType storageType(Volume image) {
        PixelType t = image.metadata().pixelType();
        return t != null && t.canHold(image.data()) ? t : PixelType.FLOAT64;
    }

    /** An integer setting, or {@code dflt} when unset. */
    protected static int intSetting(RadiomicsSettings s, String key, int dflt) {
        Object v = s.get(key);
        return v == null ? dflt : ((Number) v).intValue();
    }

    /** A real setting, or {@code dflt} when unset. */
    protected static double doubleSetting(RadiomicsSettings s, String key, double dflt) {
        Object v = s.get(key);
        return v == null ? dflt : ((Number) v).doubleValue();
    }

    /** A boolean setting, or {@code dflt} when unset. */
    protected static boolean boolSetting(RadiomicsSettings s, String key, boolean dflt) {
        Object v = s.get(key);
        return v == null ? dflt : (Boolean) v;
    }

    /** A string setting, or {@code dflt} when unset. */
    protected static String stringSetting(RadiomicsSettings s, String key, String dflt) {
        Object v = s.get(key);
        return v == null ? dflt : v.toString();
    }
}
