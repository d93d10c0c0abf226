package org.spinelab.radiomics.filters;

import java.math.BigDecimal;

/** Numbers written as Python's {@code str} writes them, for image-type names built from settings. */
final class PythonNumbers {

    private PythonNumbers() {}

    /**
     * {@code str(x)}: integers as digits; floats in the shortest form that reads back to the same double
     * (like Java), positional for {@code 1e-4 ≤ |x| < 1e16} with at least one decimal ({@code 1.0}), else
     * scientific as {@code 1e-05}, {@code 1.5e+16}.
     */
    static String str(Object x) {
        if (x instanceof Integer || x instanceof Long) {
            return x.toString();
        }
        double d = ((Number) x).doubleValue();
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        double a = Math.abs(d);
        if (a >= 1e-4 && a < 1e16) {
            String s = shortest.toPlainString();
            return s.contains(".") ? s : s + ".0";
        }
        String digits = shortest.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - shortest.scale();
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (d < 0 ? "-" : "") + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }
}
