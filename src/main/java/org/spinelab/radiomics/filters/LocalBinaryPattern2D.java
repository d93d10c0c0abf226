package org.spinelab.radiomics.filters;

import java.util.Locale;
import java.util.stream.IntStream;
import org.spinelab.util.InvalidInputException;

/**
 * Local binary patterns of a 2-D image as scikit-image's {@code local_binary_pattern(image, P, R, method)}.
 *
 * <p>Neighbour {@code p} of pixel {@code (r, c)} sits at {@code (r − R sin(2πp/P), c + R cos(2πp/P))},
 * both offsets rounded to 5 decimals, and is sampled bilinearly with 0 outside the image (the radius
 * is a single-precision float there, as in scikit-image). {@code s_p = [g_p − g_c ≥ 0]}. Methods:
 * <ul>
 *   <li>{@code default}: {@code Σ s_p 2^p};</li>
 *   <li>{@code ror}: the smallest of the {@code P} circular right rotations of that code;</li>
 *   <li>{@code uniform}: {@code Σ s_p} when the circular-free chain {@code s_0…s_{P−1}} has at most 2
 *       changes, else {@code P + 1};</li>
 *   <li>{@code nri_uniform}: uniform patterns numbered by count of ones and rotation
 *       ({@code 0}, {@code 1 + (n−1)P + rot}, {@code P(P−1) + 1} for all ones), non-uniform
 *       {@code P(P−1) + 2};</li>
 *   <li>{@code var}: the biased variance of the {@code g_p} (NaN where it is 0).</li>
 * </ul>
 */
public final class LocalBinaryPattern2D {

    /** The pattern methods scikit-image accepts. */
    public enum Method {
        DEFAULT, ROR, UNIFORM, NRI_UNIFORM, VAR;

        /** The method of a {@code lbp2DMethod} value (case-insensitive, as scikit-image). */
        public static Method of(String name) {
            for (Method m : values()) {
                if (m.name().equalsIgnoreCase(name)) {
                    return m;
                }
            }
            throw new InvalidInputException("imageType LBP2D: setting 'lbp2DMethod' must be default, ror, uniform, nri_uniform or var, found '"
                    + name + "'");
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final int samples;
    private final double[] dr;
    private final double[] dc;
    private final Method method;

    public LocalBinaryPattern2D(int samples, double radius, Method method) {
        if (samples < 1 || samples > 31) {
            throw new InvalidInputException("imageType LBP2D: setting 'lbp2DSamples' must be between 1 and 31, found " + samples);
        }
        this.samples = samples;
        this.method = method;
        double r = (float) radius;
        dr = new double[samples];
        dc = new double[samples];
        for (int p = 0; p < samples; p++) {
            double angle = 2 * Math.PI * p / samples;
            dr[p] = round5(-r * Math.sin(angle));
            dc[p] = round5(r * Math.cos(angle));
        }
    }

    /** numpy's {@code round(x, 5)}: scale, round half to even, unscale. */
    private static double round5(double x) {
        return Math.rint(x * 1e5) / 1e5;
    }

    /** The pattern image of a {@code rows × cols} image stored row by row ({@code img[r·cols + c]}). */
    public double[] apply(double[] img, int rows, int cols) {
        double[] out = new double[rows * cols];
        IntStream.range(0, rows).parallel().forEach(r -> {
            double[] g = new double[samples];
            for (int c = 0; c < cols; c++) {
                double centre = img[r * cols + c];
                for (int p = 0; p < samples; p++) {
                    g[p] = bilinear(img, rows, cols, r + dr[p], c + dc[p]);
                }
                out[r * cols + c] = code(g, centre);
            }
        });
        return out;
    }

    private double code(double[] g, double centre) {
        int n = samples;
        if (method == Method.VAR) {
            double sum = 0, sq = 0;
            for (double v : g) {
                sum += v;
                sq += v * v;
            }
            double var = (sq - sum * sum / n) / n;
            return var != 0 ? var : Double.NaN;
        }
        int[] s = new int[n];
        for (int p = 0; p < n; p++) {
            s[p] = g[p] - centre >= 0 ? 1 : 0;
        }
        switch (method) {
            case UNIFORM, NRI_UNIFORM -> {
                int changes = 0;
                for (int p = 0; p < n - 1; p++) {
                    changes += s[p] != s[p + 1] ? 1 : 0;
                }
                if (method == Method.UNIFORM) {
                    if (changes > 2) {
                        return n + 1;
                    }
                    int ones = 0;
                    for (int v : s) {
                        ones += v;
                    }
                    return ones;
                }
                if (changes > 2) {
                    return n * (n - 1) + 2;
                }
                int ones = 0, firstOne = -1, firstZero = -1;
                for (int p = 0; p < n; p++) {
                    if (s[p] == 1) {
                        ones++;
                        if (firstOne < 0) {
                            firstOne = p;
                        }
                    } else if (firstZero < 0) {
                        firstZero = p;
                    }
                }
                if (ones == 0) {
                    return 0;
                }
                if (ones == n) {
                    return n * (n - 1) + 1;
                }
                int rot = firstOne == 0 ? ones - firstZero : n - firstOne;
                return 1 + (ones - 1) * n + rot;
            }
            default -> {
                int code = 0;
                for (int p = 0; p < n; p++) {
                    code += s[p] << p;
                }
                if (method == Method.ROR) {
                    int best = code, rotated = code;
                    for (int t = 1; t < n; t++) {
                        rotated = (rotated >>> 1) | ((rotated & 1) << (n - 1));
                        best = Math.min(best, rotated);
                    }
                    return best;
                }
                return code;
            }
        }
    }

    /** Bilinear interpolation at (r, c) with 0 outside, in scikit-image's order of operations. */
    private static double bilinear(double[] img, int rows, int cols, double r, double c) {
        long minr = (long) Math.floor(r), minc = (long) Math.floor(c);
        long maxr = (long) Math.ceil(r), maxc = (long) Math.ceil(c);
        double fr = r - minr, fc = c - minc;
        double top = (1 - fc) * pixel(img, rows, cols, minr, minc) + fc * pixel(img, rows, cols, minr, maxc);
        double bottom = (1 - fc) * pixel(img, rows, cols, maxr, minc) + fc * pixel(img, rows, cols, maxr, maxc);
        return (1 - fr) * top + fr * bottom;
    }

    private static double pixel(double[] img, int rows, int cols, long r, long c) {
        return r < 0 || r >= rows || c < 0 || c >= cols ? 0 : img[(int) (r * cols + c)];
    }
}
