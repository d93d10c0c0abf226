package org.spinelab.synth;

import java.util.SplittableRandom;

/**
 * A stationary, zero-mean, unit-variance random field with Gaussian covariance
 * C(r) = exp(−r² / (2ℓ²)), evaluated anywhere in space without a grid (spectral synthesis):
 *
 * <pre>  G(x) = √(2/M) · Σₘ cos(kₘ·x + φₘ),  kₘ ~ N(0, ℓ⁻² I₃),  φₘ ~ U(0, 2π)</pre>
 *
 * The Gaussian covariance's spectral density is itself Gaussian with SD 1/ℓ per axis, so the wave
 * vectors are drawn from it. Being continuous, the field is sampled by every scanner grid alike; ℓ
 * (the correlation length) sets how coarse the texture looks once partial-volume averaging blurs it.
 */
public final class GaussianField {

    private final double[] kx;
    private final double[] ky;
    private final double[] kz;
    private final double[] phase;
    private final double norm;
    private final double correlationLengthMm;

    public GaussianField(double correlationLengthMm, int terms, SplittableRandom r) {
        this.correlationLengthMm = correlationLengthMm;
        kx = new double[terms];
        ky = new double[terms];
        kz = new double[terms];
        phase = new double[terms];
        for (int m = 0; m < terms; m++) {
            kx[m] = Rng.gaussian(r) / correlationLengthMm;
            ky[m] = Rng.gaussian(r) / correlationLengthMm;
            kz[m] = Rng.gaussian(r) / correlationLengthMm;
            phase[m] = Rng.uniform(r, 0, 2 * Math.PI);
        }
        norm = Math.sqrt(2.0 / terms);
    }

    public double correlationLengthMm() {
        return correlationLengthMm;
    }

    /** G at (x, y, z) mm. */
    public double value(double x, double y, double z) {
        double s = 0;
        for (int m = 0; m < kx.length; m++) {
            s += FastCos.cos(kx[m] * x + ky[m] * y + kz[m] * z + phase[m]);
        }
        return norm * s;
    }
}
