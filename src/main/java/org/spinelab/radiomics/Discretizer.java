package org.spinelab.radiomics;

/**
 * Gray-level discretisation exactly as PyRadiomics' {@code imageoperations.getBinEdges} and
 * {@code binImage} (numpy's {@code arange}, {@code histogram} edges and {@code digitize}).
 *
 * <p><b>Fixed bin width</b> W: edges start at {@code lo = min − (min mod W)} (Python's floor modulo)
 * and run as {@code numpy.arange(lo, max + 2W, W)}; a flat region with one edge gets edges
 * {@code [e − 0.5, e + 0.5]}. <b>Fixed bin count</b> N: the edges of {@code numpy.histogram(x, N)}
 * ({@code linspace(min, max, N + 1)}, ±0.5 for a flat region) with the last edge raised by 1 so the
 * maximum falls into bin N. A voxel's gray level is {@code numpy.digitize(x, edges)}: the number of
 * edges ≤ x, so {@code X_b = ⌊x/W⌋ − ⌊min/W⌋ + 1} for bin width.
 */
public final class Discretizer {

    private Discretizer() {}

    /** The bin edges for the ROI values {@code v} under the settings' binWidth/binCount. */
    public static double[] binEdges(double[] v, RadiomicsSettings s) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        Integer count = s.binCount();
        return count != null ? binCountEdges(min, max, count) : binWidthEdges(min, max, s.binWidth());
    }

    /** numpy.arange(lo, max + 2W, W) with lo = min − (min mod W). */
    static double[] binWidthEdges(double min, double max, double w) {
        double lo = min - pyMod(min, w);
        double hi = max + 2 * w;
        int n = (int) Math.ceil((hi - lo) / w);
        if (n <= 1) {
            return new double[] {lo - 0.5, lo + 0.5};
        }
        double[] e = new double[n];
        e[0] = lo;
        e[1] = lo + w;
        // numpy fills an arange as start + i·delta with delta = (start + step) − start
        double delta = e[1] - e[0];
        for (int i = 2; i < n; i++) {
            e[i] = lo + i * delta;
        }
        return e;
    }

    /** numpy.histogram's edges (linspace) for N bins, last edge + 1. */
    static double[] binCountEdges(double min, double max, int bins) {
        double first = min, last = max;
        if (first == last) {
            first -= 0.5;
            last += 0.5;
        }
        double step = (last - first) / bins;
        double[] e = new double[bins + 1];
        for (int i = 0; i < bins; i++) {
            e[i] = i * step + first;
        }
        e[bins] = last + 1;
        return e;
    }

    /** Python's float modulo: the result has the sign of the divisor. */
    static double pyMod(double a, double b) {
        double r = a % b;
        if (r != 0 && ((r < 0) != (b < 0))) {
            r += b;
        }
        return r;
    }

    /** numpy.digitize(x, edges) for increasing edges: the number of edges ≤ x. */
    public static int digitize(double x, double[] edges) {
        int lo = 0, hi = edges.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (edges[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Discretises the ROI voxels of {@code roi}; voxels outside the ROI get gray level 0. */
    public static GrayLevels discretize(Roi roi, RadiomicsSettings s) {
        double[] edges = binEdges(roi.roiValues(), s);
        double[] v = roi.values();
        boolean[] m = roi.mask();
        int[] g = new int[v.length];
        int ng = 0;
        for (int n = 0; n < v.length; n++) {
            if (m[n]) {
                g[n] = digitize(v[n], edges);
                ng = Math.max(ng, g[n]);
            }
        }
        boolean[] present = new boolean[ng + 1];
        int count = 0;
        for (int n = 0; n < v.length; n++) {
            if (m[n] && !present[g[n]]) {
                present[g[n]] = true;
                count++;
            }
        }
        int[] levels = new int[count];
        int c = 0;
        for (int l = 1; l <= ng; l++) {
            if (present[l]) {
                levels[c++] = l;
            }
        }
        return new GrayLevels(g, ng, levels, edges);
    }
}
