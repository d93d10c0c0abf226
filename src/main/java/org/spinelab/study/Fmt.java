package org.spinelab.study;

import java.util.Locale;

/** Number formats of the report, as papers print them. */
final class Fmt {

    private Fmt() {}

    /** Three decimals (AUCs, coefficients); "NA" when not finite. */
    static String f3(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "NA";
    }

    /** A fraction as a percentage with one decimal. */
    static String pct(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", 100 * v) : "NA";
    }

    /** A p-value: "< 0.001" or three decimals. */
    static String p(double v) {
        if (!Double.isFinite(v)) {
            return "NA";
        }
        return v < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** "p = 0.012" or "p < 0.001". */
    static String pEq(double v) {
        String s = p(v);
        return s.startsWith("<") ? "p " + s : "p = " + s;
    }

    /** AUC with its interval: "0.853 (0.764–0.919)". */
    static String auc(double auc, double lo, double hi) {
        return f3(auc) + " (" + f3(lo) + "–" + f3(hi) + ")";
    }

    /** Four significant digits for coefficients of any magnitude. */
    static String g4(double v) {
        if (!Double.isFinite(v)) {
            return "NA";
        }
        return Math.abs(v) >= 1e-3 && Math.abs(v) < 1e5 ? String.format(Locale.ROOT, "%.4f", v)
                : String.format(Locale.ROOT, "%.4e", v);
    }

    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
