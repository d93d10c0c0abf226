package org.spinelab.fiji;

import java.util.ArrayList;
import java.util.List;
import org.scijava.Context;
import org.scijava.ItemVisibility;
import org.scijava.module.ModuleInfo;
import org.scijava.module.ModuleItem;
import org.scijava.service.Service;

/**
 * The inputs of a command that are macro keys: every {@code @Parameter} input except services, the
 * context and message items. ImageJ 1.x matches keys in option strings case-insensitively and accepts
 * a key preceded by {@code _} ({@code Macro.getValue} only refuses a preceding letter), so keys must be
 * lower-case snake_case and no key may be the {@code _}-suffix of another ({@code radius} would read
 * {@code max_radius=5}); {@link #problems} says which rule a command breaks.
 */
public final class MacroKeys {

    private MacroKeys() {}

    public static List<ModuleItem<?>> of(ModuleInfo info) {
        List<ModuleItem<?>> keys = new ArrayList<>();
        for (ModuleItem<?> item : info.inputs()) {
            if (isKey(item)) {
                keys.add(item);
            }
        }
        return keys;
    }

    static boolean isKey(ModuleItem<?> item) {
        Class<?> t = item.getType();
        return !Service.class.isAssignableFrom(t) && !Context.class.isAssignableFrom(t)
                && item.getVisibility() != ItemVisibility.MESSAGE;
    }

    /** Violations of the key rules among {@code names} (inputs and outputs of one command). */
    public static List<String> problems(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (!n.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*")) {
                out.add("'" + n + "' is not lower-case snake_case");
            }
        }
        for (String a : names) {
            for (String b : names) {
                if (!a.equals(b) && b.endsWith("_" + a)) {
                    out.add("'" + a + "' is the _-suffix of '" + b + "': ImageJ would read " + b + "=… as " + a);
                }
            }
        }
        return out;
    }
}
