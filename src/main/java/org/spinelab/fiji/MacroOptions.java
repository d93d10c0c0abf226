package org.spinelab.fiji;

import ij.Macro;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scijava.module.ModuleItem;

/**
 * Reads an ImageJ macro options string ({@code "path=[/a b/c.nii.gz] table=Results"}) into raw
 * strings per input key, with ImageJ's own {@link Macro#getValue} (brackets or quotes around values
 * with spaces, keys lower-cased) so that the bridge reads options exactly as Fiji's imagej-legacy does.
 * A boolean may also be given as a bare key ({@code "show"}, ImageJ's checkbox style), meaning true.
 * Keys absent from the string are absent from the map: the command's default applies.
 */
public final class MacroOptions {

    private MacroOptions() {}

    public static Map<String, String> parse(String options, List<ModuleItem<?>> keys) {
        Map<String, String> raw = new LinkedHashMap<>();
        String padded = " " + options + " ";
        for (ModuleItem<?> item : keys) {
            String key = item.getName().toLowerCase(Locale.ROOT);
            String value = Macro.getValue(options, key, null);
            if (value == null && isBoolean(item.getType()) && padded.contains(" " + key + " ")) {
                value = "true";
            }
            if (value != null) {
                raw.put(item.getName(), value);
            }
        }
        return raw;
    }

    static boolean isBoolean(Class<?> t) {
        return t == boolean.class || t == Boolean.class;
    }
}
