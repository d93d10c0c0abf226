package org.spinelab.radiomics.filters;

import java.util.stream.IntStream;
import org.spinelab.image.Volume;

/**
 * Rotation-invariant 3-D local binary patterns with spherical harmonics (Banerjee et al. 2013), as
 * PyRadiomics' {@code getLBP3DImage} computes them, for the ROI voxels only (0 elsewhere).
 *
 * <p>For ROI voxel {@code x} (numpy index (k, j, i)) and icosphere vertex {@code v} ({@link Icosphere},
 * radius {@code R}, its components added to k, j, i in that order): the sample
 * {@code g_v = g(x + v)} ({@link CubicSplineSampler}, stored in the image's pixel type as SciPy writes
 * it, {@link NumpyCasts#interpolated}; {@code type} is the image's array type), the spherical kurtosis
 * {@code K = m₄/m₂² − 3} of the {@code g_v} (biased moments; NaN when {@code m₂ ≤ (10⁻¹⁵ · mean)²}), and
 * {@code s_v = [g_v ≥ g(x)]}. With PyRadiomics' angles {@code θ_v = arccos(v_3/R)},
 * {@code φ_v = atan2(v_2, v_1)} passed to SciPy's {@code sph_harm(m, n, θ, φ)} as (azimuth, polar):
 * {@code c_nm = Σ_v s_v Y_nm(v)}, {@code f_n(v) = Σ_{m=−n..n} c_nm Y_nm(v)} (no conjugation), and level
 * {@code n}'s value is the real part of the principal {@code √(Σ_v f_n(v)²)} (complex squares), for
 * {@code n = 0 … levels−1}.
 */
public final class LocalBinaryPattern3D {

    /** The level images ({@code levels[n]}) and the kurtosis image. */
    public record Result(double[][] levels, double[] kurtosis) {}

    private LocalBinaryPattern3D() {}

    public static Result of(Volume image, org.spinelab.image.PixelType type, boolean[] roi, int levels, double radius, int subdivisions) {
        double[][] v = Icosphere.vertices(subdivisions, radius);
        int nv = v.length;
        // Harmonics per level: Y[n][m + n][vertex] = {re, im}.
        double[][][][] y = new double[levels][][][];
        for (int n = 0; n < levels; n++) {
            y[n] = new double[2 * n + 1][nv][];
            for (int t = 0; t < nv; t++) {
                double theta = Math.acos(v[t][2] / radius);
                double phi = Math.atan2(v[t][1], v[t][0]);
                for (int m = -n; m <= n; m++) {
                    y[n][m + n][t] = SphericalHarmonics.y(m, n, theta, phi);
                }
            }
        }
        CubicSplineSampler sampler = new CubicSplineSampler(image);
        int nx = image.nx(), ny = image.ny(), nz = image.nz();
        double[] data = image.data();
        double[][] out = new double[levels][data.length];
        double[] kurt = new double[data.length];
        IntStream.range(0, nz).parallel().forEach(k -> {
            double[] g = new double[nv];
            boolean[] s = new boolean[nv];
            CubicSplineSampler.Scratch scratch = new CubicSplineSampler.Scratch();
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int p = i + nx * (j + ny * k);
                    if (!roi[p]) {
                        continue;
                    }
                    for (int t = 0; t < nv; t++) {
                        double val = sampler.sample(k + v[t][0], j + v[t][1], i + v[t][2], scratch);
                        g[t] = NumpyCasts.interpolated(val, type);
                        s[t] = g[t] >= data[p];
                    }
                    kurt[p] = kurtosis(g);
                    for (int n = 0; n < levels; n++) {
                        out[n][p] = levelNorm(y[n], s);
                    }
                }
            }
        });
        return new Result(out, kurt);
    }

    /** Re √(Σ_v f(v)²) for {@code f(v) = Σ_m c_m Y_m(v)}, {@code c_m = Σ_v s_v Y_m(v)}. */
    private static double levelNorm(double[][][] ym, boolean[] s) {
        int nm = ym.length, nv = s.length;
        double[] cr = new double[nm], ci = new double[nm];
        for (int m = 0; m < nm; m++) {
            for (int t = 0; t < nv; t++) {
                if (s[t]) {
                    cr[m] += ym[m][t][0];
                    ci[m] += ym[m][t][1];
                }
            }
        }
        double sr = 0, si = 0;
        for (int t = 0; t < nv; t++) {
            double fr = 0, fi = 0;
            for (int m = 0; m < nm; m++) {
                double yr = ym[m][t][0], yi = ym[m][t][1];
                fr += cr[m] * yr - ci[m] * yi;
                fi += cr[m] * yi + ci[m] * yr;
            }
            sr += fr * fr - fi * fi;
            si += 2 * fr * fi;
        }
        // Real part of the principal square root of sr + i·si.
        return Math.sqrt((Math.hypot(sr, si) + sr) / 2);
    }

    /** Fisher kurtosis with biased moments, NaN for (numerically) constant samples, as scipy.stats.kurtosis. */
    private static double kurtosis(double[] g) {
        double mean = 0;
        for (double x : g) {
            mean += x;
        }
        mean /= g.length;
        double m2 = 0, m4 = 0;
        for (double x : g) {
            double d = x - mean;
            double d2 = d * d;
            m2 += d2;
            m4 += d2 * d2;
        }
        m2 /= g.length;
        m4 /= g.length;
        double res = 1e-15 * mean;
        if (m2 <= res * res) {
            return Double.NaN;
        }
        return m4 / (m2 * m2) - 3;
    }
}
