package org.spinelab.radiomics.features;

/**
 * A matrix P(i, j) of counts by gray level i (rows, the gray levels present) and a size j (columns: run
 * length, zone size or dependence count, j = column index + 1) — the common shape of PyRadiomics'
 * GLRLM, GLSZM and GLDM — with the emphasis, non-uniformity, variance and entropy formulas they share.
 * N = Σ P (number of runs, zones or voxels); p<sub>g</sub>(i) = Σ<sub>j</sub> P(i,j),
 * p<sub>s</sub>(j) = Σ<sub>i</sub> P(i,j).
 */
final class GraySizeMatrix {

    private final double[][] m;
    private final double[] iv;
    private final double n;
    private final double[] pg;
    private final double[] ps;

    /**
     * @param m     counts, [gray-level index][size − 1]
     * @param iv    the gray-level value of each row
     * @param total the normaliser N (PyRadiomics' Nr, Nz)
     */
    GraySizeMatrix(double[][] m, double[] iv, double total) {
        this.m = m;
        this.iv = iv;
        this.n = total;
        int cols = m.length == 0 ? 0 : m[0].length;
        pg = new double[m.length];
        ps = new double[cols];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < cols; j++) {
                pg[i] += m[i][j];
                ps[j] += m[i][j];
            }
        }
    }

    /** Normalised by its own total, or by 1 when the matrix is empty (PyRadiomics' guard). */
    static GraySizeMatrix normalisedByTotal(double[][] m, double[] iv) {
        double total = sum(m);
        return new GraySizeMatrix(m, iv, total == 0 ? 1 : total);
    }

    static double sum(double[][] m) {
        double t = 0;
        for (double[] r : m) {
            for (double v : r) {
                t += v;
            }
        }
        return t;
    }

    /** Σ p<sub>s</sub>(j)/j² / N (short-run, small-area, small-dependence emphasis). */
    double smallEmphasis() {
        double s = 0;
        for (int j = 0; j < ps.length; j++) {
            double jj = j + 1.0;
            s += ps[j] / (jj * jj);
        }
        return s / n;
    }

    /** Σ p<sub>s</sub>(j)·j² / N. */
    double largeEmphasis() {
        double s = 0;
        for (int j = 0; j < ps.length; j++) {
            double jj = j + 1.0;
            s += ps[j] * jj * jj;
        }
        return s / n;
    }

    /** Σ p<sub>g</sub>(i)² / N. */
    double grayNonUniformity() {
        return sumSq(pg) / n;
    }

    /** Σ p<sub>g</sub>(i)² / N². */
    double grayNonUniformityNormalized() {
        return sumSq(pg) / (n * n);
    }

    /** Σ p<sub>s</sub>(j)² / N. */
    double sizeNonUniformity() {
        return sumSq(ps) / n;
    }

    /** Σ p<sub>s</sub>(j)² / N². */
    double sizeNonUniformityNormalized() {
        return sumSq(ps) / (n * n);
    }

    /** N / Σ j·p<sub>s</sub>(j) (run percentage, zone percentage). */
    double percentage() {
        double np = 0;
        for (int j = 0; j < ps.length; j++) {
            np += ps[j] * (j + 1.0);
        }
        return n / np;
    }

    /** Σ (p<sub>g</sub>(i)/N)(i − μ)², μ = Σ (p<sub>g</sub>(i)/N)·i. */
    double grayVariance() {
        double mu = 0;
        for (int i = 0; i < pg.length; i++) {
            mu += pg[i] / n * iv[i];
        }
        double s = 0;
        for (int i = 0; i < pg.length; i++) {
            s += pg[i] / n * (iv[i] - mu) * (iv[i] - mu);
        }
        return s;
    }

    /** Σ (p<sub>s</sub>(j)/N)(j − μ)², μ = Σ (p<sub>s</sub>(j)/N)·j. */
    double sizeVariance() {
        double mu = 0;
        for (int j = 0; j < ps.length; j++) {
            mu += ps[j] / n * (j + 1.0);
        }
        double s = 0;
        for (int j = 0; j < ps.length; j++) {
            double d = j + 1.0 - mu;
            s += ps[j] / n * d * d;
        }
        return s;
    }

    /** −Σ (P/N) log2(P/N + ε). */
    double entropy() {
        double s = 0;
        for (double[] r : m) {
            for (double v : r) {
                if (v != 0) {
                    double q = v / n;
                    s += q * Stats.log2(q + Stats.EPS);
                }
            }
        }
        return -s;
    }

    /** Σ p<sub>g</sub>(i)/i² / N. */
    double lowGrayEmphasis() {
        double s = 0;
        for (int i = 0; i < pg.length; i++) {
            s += pg[i] / (iv[i] * iv[i]);
        }
        return s / n;
    }

    /** Σ p<sub>g</sub>(i)·i² / N. */
    double highGrayEmphasis() {
        double s = 0;
        for (int i = 0; i < pg.length; i++) {
            s += pg[i] * iv[i] * iv[i];
        }
        return s / n;
    }

    /**
     * Σ P(i,j)·i<sup>2gi</sup>·j<sup>2sj</sup> / N with gi, sj ∈ {−1, +1}: small/large size (sj) with
     * low/high gray level (gi) emphasis.
     */
    double jointEmphasis(int grayPower, int sizePower) {
        double s = 0;
        for (int i = 0; i < m.length; i++) {
            double i2 = iv[i] * iv[i];
            for (int j = 0; j < m[i].length; j++) {
                double v = m[i][j];
                if (v == 0) {
                    continue;
                }
                double j2 = (j + 1.0) * (j + 1.0);
                double t = grayPower > 0 ? v * i2 : v / i2;
                t = sizePower > 0 ? t * j2 : t / j2;
                s += t;
            }
        }
        return s / n;
    }

    private static double sumSq(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return s;
    }
}
