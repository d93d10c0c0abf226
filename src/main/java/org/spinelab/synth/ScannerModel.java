package org.spinelab.synth;

import java.util.SplittableRandom;
import org.spinelab.image.Geometry;

/**
 * Turns partial-volume signal into stored pixel values for one patient on one center's scanner
 * ({@link ScannerProfile}): stored = round(|g · scale · b(p) · s + offset + n₁ + i n₂|), clipped to
 * [0, 32767], with a per-patient gain g = exp(0.05 z) (coil loading, auto-prescan), the bias field
 * b(p) = exp(β (d · (p − p₀)) / 100 mm) rising towards the posterior spine coil (d: posterior, tilted
 * at random; p₀: the index vertebra) and Rician magnitude noise (n₁, n₂ ~ N(0, σ²)).
 */
final class ScannerModel {

    private final ScannerProfile profile;
    private final double gain;
    private final double[] biasDirection;
    private final double[] biasCentre;

    ScannerModel(ScannerProfile profile, double[] biasCentreLps, SplittableRandom r) {
        this.profile = profile;
        this.gain = StrictMath.exp(0.05 * Rng.gaussian(r));
        double[] t = Rng.unitVector(r);
        double[] d = {0.3 * t[0], 1 + 0.3 * t[1], 0.3 * t[2]};
        double n = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
        this.biasDirection = new double[] {d[0] / n, d[1] / n, d[2] / n};
        this.biasCentre = biasCentreLps.clone();
    }

    /** Stored values of one contrast on grid {@code g} (i fastest), noise from {@code r}. */
    double[] acquire(double[] signal, Geometry g, SplittableRandom r) {
        int nx = (int) g.dim(0), ny = (int) g.dim(1), nz = (int) g.dim(2);
        double[] out = new double[signal.length];
        double sigma = profile.noiseSigma();
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int idx = i + nx * (j + ny * k);
                    double[] p = g.indexToPatient(new double[] {i, j, k});
                    double d = biasDirection[0] * (p[0] - biasCentre[0]) + biasDirection[1] * (p[1] - biasCentre[1])
                            + biasDirection[2] * (p[2] - biasCentre[2]);
                    double b = StrictMath.exp(profile.biasAmplitude() * d / 100);
                    double v = gain * profile.intensityScale() * b * signal[idx] + profile.intensityOffset();
                    double re = v + sigma * Rng.gaussian(r);
                    double im = sigma * Rng.gaussian(r);
                    double mag = Math.sqrt(re * re + im * im);
                    out[idx] = Math.min(32767, Math.rint(mag));
                }
            }
        }
        return out;
    }
}
