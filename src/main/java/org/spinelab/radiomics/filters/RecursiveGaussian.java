package org.spinelab.radiomics.filters;

/**
 * A 1-D recursive (IIR) approximation of convolution with a Gaussian or its second derivative, with the
 * coefficients, normalisation and boundary handling of ITK's {@code RecursiveGaussianImageFilter} (Deriche's
 * fourth-order scheme as ITK implements it), so that LoG images agree with SimpleITK's.
 *
 * <p><b>Coefficients.</b> With {@code σ_d = σ / h} (σ in mm, h the spacing along the line) and Deriche's
 * constants {@code a_1, b_1, ω_1 = 0.6681, λ_1 = −1.3932, a_2, b_2, ω_2 = 2.0787, λ_2 = −1.3732}
 * (order 0: a = 1.3530, −0.3531, b = 1.8151, 0.0902; order 2: a = −1.3563, 0.3446, b = 5.2318, −2.2355),
 * {@code e_k = exp(λ_k/σ_d)}, {@code c_k = cos(ω_k/σ_d)}, {@code s_k = sin(ω_k/σ_d)}:
 * <pre>
 *   d1 = −2(e2 c2 + e1 c1),  d2 = 4 c2 c1 e1 e2 + e1² + e2²,  d3 = −2 c1 e1 e2² − 2 c2 e2 e1²,  d4 = e1² e2²
 *   n0 = a1 + a2,  n1 = e2(b2 s2 − (a2 + 2a1) c2) + e1(b1 s1 − (a1 + 2a2) c1)
 *   n2 = 2 e1 e2 ((a1 + a2) c2 c1 − b1 c2 s1 − b2 c1 s2) + a2 e1² + a1 e2²
 *   n3 = e2 e1² (b2 s2 − a2 c2) + e1 e2² (b1 s1 − a1 c1)
 * </pre>
 * With {@code S_x = Σ x_k}, {@code D_x = Σ k x_k}, {@code E_x = Σ k² x_k} (d0 = 1): order 0 divides the n by
 * {@code α_0 = 2 S_n / S_d − n0} (unit gain). Order 2 mixes the two sets, {@code n = n^(2) + β n^(0)} with
 * {@code β = −(2 S_n^(2) − S_d n0^(2)) / (2 S_n^(0) − S_d n0^(0))} (zero response to constants) and divides by
 * {@code α_2 = (E_n S_d² − E_d S_n S_d − 2 D_n D_d S_d + 2 D_d² S_n) / S_d³} (response 2 to x²), then
 * multiplies by σ² (normalisation across scale). The anti-causal coefficients are
 * {@code m_k = n_k − d_k n0} (k = 1..3), {@code m_4 = −d4 n0} (symmetric kernels).
 *
 * <p><b>Recursion.</b> {@code y⁺[i] = Σ_{k=0..3} n_k x[i−k] − Σ_{k=1..4} d_k y⁺[i−k]},
 * {@code y⁻[i] = Σ_{k=1..4} m_k x[i+k] − Σ_{k=1..4} d_k y⁻[i+k]}, {@code y = y⁺ + y⁻}; the image is taken
 * as constant beyond each end ({@code x[<0] = x[0]}, {@code x[≥N] = x[N−1]}) and the missing outputs as the
 * steady state of that constant ({@code d_k y[out] = x_edge · d_k S_n / S_d}, resp. {@code S_m}). Sums are
 * evaluated in ITK's order so results agree to rounding. Lines need at least 4 samples.
 */
final class RecursiveGaussian {

    private static final double W1 = 0.6681, L1 = -1.3932, W2 = 2.0787, L2 = -1.3732;
    private static final double[] A1 = {1.3530, -0.6724, -1.3563};
    private static final double[] B1 = {1.8151, -3.4327, 5.2318};
    private static final double[] A2 = {-0.3531, 0.6724, 0.3446};
    private static final double[] B2 = {0.0902, 0.6100, -2.2355};

    private final double n0, n1, n2, n3;
    private final double d1, d2, d3, d4;
    private final double m1, m2, m3, m4;
    private final double bn1, bn2, bn3, bn4;
    private final double bm1, bm2, bm3, bm4;

    /** Smoothing (order 0) or second derivative (order 2, normalised across scale by σ²). */
    static RecursiveGaussian of(double sigmaMm, double spacing, int order) {
        return new RecursiveGaussian(sigmaMm, spacing, order);
    }

    private RecursiveGaussian(double sigma, double spacing, int order) {
        if (order != 0 && order != 2) {
            throw new IllegalArgumentException("order 0 or 2");
        }
        double sigmad = sigma / Math.abs(spacing);
        double cos1 = Math.cos(W1 / sigmad), cos2 = Math.cos(W2 / sigmad);
        double exp1 = Math.exp(L1 / sigmad), exp2 = Math.exp(L2 / sigmad);
        d4 = exp1 * exp1 * exp2 * exp2;
        double t3 = -2 * cos1 * exp1 * exp2 * exp2;
        t3 += -2 * cos2 * exp2 * exp1 * exp1;
        d3 = t3;
        double t2 = 4 * cos2 * cos1 * exp1 * exp2;
        t2 += exp1 * exp1 + exp2 * exp2;
        d2 = t2;
        d1 = -2 * (exp2 * cos2 + exp1 * cos1);
        double sd = 1.0 + d1 + d2 + d3 + d4;
        double dd = d1 + 2 * d2 + 3 * d3 + 4 * d4;
        double ed = d1 + 4 * d2 + 9 * d3 + 16 * d4;

        double[] n;
        if (order == 0) {
            n = nCoefficients(sigmad, 0);
            double alpha0 = 2 * n[4] / sd - n[0];
            for (int k = 0; k < 4; k++) {
                n[k] *= 1.0 / alpha0;
            }
        } else {
            double[] c0 = nCoefficients(sigmad, 0);
            double[] c2 = nCoefficients(sigmad, 2);
            double beta = -(2 * c2[4] - sd * c2[0]) / (2 * c0[4] - sd * c0[0]);
            n = new double[4];
            for (int k = 0; k < 4; k++) {
                n[k] = c2[k] + beta * c0[k];
            }
            double sn = c2[4] + beta * c0[4];
            double dn = c2[5] + beta * c0[5];
            double en = c2[6] + beta * c0[6];
            double alpha2 = en * sd * sd - ed * sn * sd - 2 * dn * dd * sd + 2 * dd * dd * sn;
            alpha2 /= sd * sd * sd;
            double norm = sigma * sigma;
            for (int k = 0; k < 4; k++) {
                n[k] *= norm / alpha2;
            }
        }
        n0 = n[0];
        n1 = n[1];
        n2 = n[2];
        n3 = n[3];
        m1 = n1 - d1 * n0;
        m2 = n2 - d2 * n0;
        m3 = n3 - d3 * n0;
        m4 = -d4 * n0;
        double sN = n0 + n1 + n2 + n3;
        double sM = m1 + m2 + m3 + m4;
        double sD = 1.0 + d1 + d2 + d3 + d4;
        bn1 = d1 * sN / sD;
        bn2 = d2 * sN / sD;
        bn3 = d3 * sN / sD;
        bn4 = d4 * sN / sD;
        bm1 = d1 * sM / sD;
        bm2 = d2 * sM / sD;
        bm3 = d3 * sM / sD;
        bm4 = d4 * sM / sD;
    }

    /** {n0, n1, n2, n3, S_n, D_n, E_n} for Deriche's constants of {@code order} (0 or 2). */
    private static double[] nCoefficients(double sigmad, int order) {
        double a1 = A1[order], b1 = B1[order], a2 = A2[order], b2 = B2[order];
        double sin1 = Math.sin(W1 / sigmad), sin2 = Math.sin(W2 / sigmad);
        double cos1 = Math.cos(W1 / sigmad), cos2 = Math.cos(W2 / sigmad);
        double exp1 = Math.exp(L1 / sigmad), exp2 = Math.exp(L2 / sigmad);
        double c0 = a1 + a2;
        double c1 = exp2 * (b2 * sin2 - (a2 + 2 * a1) * cos2);
        c1 += exp1 * (b1 * sin1 - (a1 + 2 * a2) * cos1);
        double c2 = (a1 + a2) * cos2 * cos1;
        c2 -= b1 * cos2 * sin1 + b2 * cos1 * sin2;
        c2 *= 2 * exp1 * exp2;
        c2 += a2 * exp1 * exp1 + a1 * exp2 * exp2;
        double c3 = exp2 * exp1 * exp1 * (b2 * sin2 - a2 * cos2);
        c3 += exp1 * exp2 * exp2 * (b1 * sin1 - a1 * cos1);
        return new double[] {c0, c1, c2, c3, c0 + c1 + c2 + c3, c1 + 2 * c2 + 3 * c3, c1 + 4 * c2 + 9 * c3};
    }

    /**
     * Filters {@code x[0..len)} into {@code y}, using {@code scratch} (length ≥ len) for the anti-causal
     * part; {@code len ≥ 4}.
     */
    void filter(double[] x, double[] y, double[] scratch, int len) {
        double first = x[0];
        for (int i = 0; i < len; i++) {
            double xi1 = i >= 1 ? x[i - 1] : first, xi2 = i >= 2 ? x[i - 2] : first, xi3 = i >= 3 ? x[i - 3] : first;
            double v = x[i] * n0 + xi1 * n1 + xi2 * n2 + xi3 * n3;
            v -= (i >= 1 ? y[i - 1] * d1 : first * bn1) + (i >= 2 ? y[i - 2] * d2 : first * bn2)
                    + (i >= 3 ? y[i - 3] * d3 : first * bn3) + (i >= 4 ? y[i - 4] * d4 : first * bn4);
            y[i] = v;
        }
        double last = x[len - 1];
        for (int i = len - 1; i >= 0; i--) {
            double xp1 = i + 1 < len ? x[i + 1] : last, xp2 = i + 2 < len ? x[i + 2] : last;
            double xp3 = i + 3 < len ? x[i + 3] : last, xp4 = i + 4 < len ? x[i + 4] : last;
            double v = xp1 * m1 + xp2 * m2 + xp3 * m3 + xp4 * m4;
            v -= (i + 1 < len ? scratch[i + 1] * d1 : last * bm1) + (i + 2 < len ? scratch[i + 2] * d2 : last * bm2)
                    + (i + 3 < len ? scratch[i + 3] * d3 : last * bm3) + (i + 4 < len ? scratch[i + 4] * d4 : last * bm4);
            scratch[i] = v;
        }
        for (int i = 0; i < len; i++) {
            y[i] += scratch[i];
        }
    }
}
