package org.spinelab.fiji;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinelab.util.InvalidInputException;

/**
 * One patient's predictor values as typed in a macro or dialog, {@code radscore=0.4 hetero=1} (pairs
 * separated by spaces or commas), checked against the model's predictors: every predictor given once
 * with a finite number, no other name.
 */
final class PredictorValues {

    private PredictorValues() {}

    static Map<String, Double> parse(String text, String key, List<String> predictors) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String pair : text.trim().split("[\\s,]+")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException(key + ": '" + pair + "' is not name=value (e.g. "
                        + predictors.get(0) + "=0.4)");
            }
            String name = pair.substring(0, eq);
            if (!predictors.contains(name)) {
                throw new InvalidInputException(key + ": '" + name + "' is not a predictor of the model " + predictors);
            }
            double v;
            try {
                v = Double.parseDouble(pair.substring(eq + 1));
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
            if (!Double.isFinite(v)) {
                throw new InvalidInputException(key + ": " + name + "=" + pair.substring(eq + 1) + " is not a number");
            }
            if (values.put(name, v) != null) {
                throw new InvalidInputException(key + ": '" + name + "' is given twice");
            }
        }
        for (String p : predictors) {
            if (!values.containsKey(p)) {
                throw new InvalidInputException(key + ": no value for predictor '" + p + "' (the model needs "
                        + String.join(", ", predictors) + ")");
            }
        }
        return values;
    }
}
