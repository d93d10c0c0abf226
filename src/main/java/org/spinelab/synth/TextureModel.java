package org.spinelab.synth;

import java.util.SplittableRandom;

/**
 * The class-dependent lesion texture, and the one knob that sets how separable the classes are.
 *
 * <p>Each lesion's texture is a {@link GaussianField} with correlation length ℓ and amplitude A
 * (signal × (1 + A·G)). Per patient,
 *
 * <pre>  ln ℓ = ln 2.2 mm + σ·s·0.22 + 0.25·z₁,   ln A = ln 0.14 + σ·s·0.18 + 0.25·z₂</pre>
 *
 * with σ = +1 for metastasis, −1 for myeloma, z₁, z₂ ~ N(0, 1) (between-patient variation) and
 * s = {@code --separation}. Metastases get coarser, more contrasted texture — myeloma's compact sheets
 * of plasma cells look more uniform (the radiomics paper's Discussion) — but the classes overlap:
 * at s = 1 the class means of ln ℓ and ln A lie 1.8 and 1.4 between-patient SDs apart before partial
 * volume, noise and the scanner blur them. s = 0 removes every class difference from the texture;
 * what remains is what Table 1 puts into size, shape, margin and heterogeneity.
 */
public final class TextureModel {

    /** Default {@code --separation}. */
    public static final double DEFAULT_SEPARATION = 1.0;

    static final double BASE_LENGTH_MM = 2.2;
    static final double LENGTH_SHIFT = 0.22;
    static final double BASE_AMPLITUDE = 0.14;
    static final double AMPLITUDE_SHIFT = 0.18;
    static final double PATIENT_SD = 0.25;

    private final double lengthMm;
    private final double amplitude;

    private TextureModel(double lengthMm, double amplitude) {
        this.lengthMm = lengthMm;
        this.amplitude = amplitude;
    }

    /** Draws one patient's texture parameters. */
    public static TextureModel draw(int label, double separation, SplittableRandom r) {
        double sign = label == 1 ? 1 : -1;
        double ell = BASE_LENGTH_MM * StrictMath.exp(sign * separation * LENGTH_SHIFT + PATIENT_SD * Rng.gaussian(r));
        double amp = BASE_AMPLITUDE * StrictMath.exp(sign * separation * AMPLITUDE_SHIFT + PATIENT_SD * Rng.gaussian(r));
        return new TextureModel(ell, amp);
    }

    public double lengthMm() {
        return lengthMm;
    }

    public double amplitude() {
        return amplitude;
    }

    /** A new texture field with this patient's correlation length. */
    GaussianField field(SplittableRandom r) {
        return new GaussianField(lengthMm, 24, r);
    }
}
