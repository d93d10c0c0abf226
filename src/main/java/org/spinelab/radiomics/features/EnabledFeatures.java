package org.spinelab.radiomics.features;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** The enabled features of a family, computed one by one in the family's output order. */
final class EnabledFeatures {

    private EnabledFeatures() {}

    /** {@code value} of every name in {@code names} that is in {@code enabled}, in the order of {@code names}. */
    static Map<String, Double> compute(List<String> names, Set<String> enabled, ToDoubleFunction<String> value) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String n : names) {
            if (enabled.contains(n)) {
                out.put(n, value.applyAsDouble(n));
            }
        }
        return out;
    }
}
