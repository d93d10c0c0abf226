package org.spinelab.radiomics;

import java.util.ArrayList;
import java.util.List;
import org.spinelab.util.InvalidInputException;

/**
 * The type of one PyRadiomics setting, as its parameter schema ({@code paramSchema.yaml}) declares
 * it. {@link #convert} turns a parsed YAML (or Python-literal) value into the canonical Java type,
 * or fails naming the setting and the source.
 */
enum SettingKind {
    /** An integer ({@code Integer}). */
    INT,
    /** A real number ({@code Double}); integers are accepted, as in YAML. */
    FLOAT,
    /** A boolean. */
    BOOL,
    /** A string. */
    STRING,
    /** A list of reals ({@code List<Double>}). */
    FLOAT_LIST,
    /** A list of integers ({@code List<Integer>}). */
    INT_LIST,
    /** Any scalar kept as given (interpolator names, weighting norms). */
    ANY;

    Object convert(String key, Object value, String source) {
        if (value == null) {
            return null;
        }
        switch (this) {
            case INT:
                if (value instanceof Integer || value instanceof Long) {
                    return ((Number) value).intValue();
                }
                if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) {
                    return (int) (double) d;
                }
                throw wrong(key, value, source, "an integer");
            case FLOAT:
                if (value instanceof Number n && !(value instanceof Boolean)) {
                    return n.doubleValue();
                }
                throw wrong(key, value, source, "a number");
            case BOOL:
                if (value instanceof Boolean) {
                    return value;
                }
                throw wrong(key, value, source, "true or false");
            case STRING:
                if (value instanceof String) {
                    return value;
                }
                throw wrong(key, value, source, "a string");
            case FLOAT_LIST:
            case INT_LIST:
                if (!(value instanceof List<?> list)) {
                    throw wrong(key, value, source, "a list of " + (this == INT_LIST ? "integers" : "numbers"));
                }
                List<Object> out = new ArrayList<>();
                for (Object o : list) {
                    out.add((this == INT_LIST ? INT : FLOAT).convert(key, o, source));
                    if (o == null) {
                        throw wrong(key, value, source, "a list of numbers without nulls");
                    }
                }
                return List.copyOf(out);
            default:
                if (value instanceof List<?> || value instanceof java.util.Map<?, ?>) {
                    throw wrong(key, value, source, "a single value");
                }
                return value;
        }
    }

    private static InvalidInputException wrong(String key, Object value, String source, String expected) {
        return new InvalidInputException(source + ": setting '" + key + "' must be " + expected + ", found '" + value + "'");
    }
}
