package org.spinelab.synth;

/**
 * How one center's scanner turns tissue signal into stored pixel values, and how it samples space.
 * The differences between centers are what radiomics calls scanner or batch effects: a global
 * intensity scale and offset, thermal noise, a smooth coil-sensitivity (bias) field, and the in-plane
 * resolution and slice thickness/gap.
 *
 * <p>Stored value = round(|scale · b(p) · s(p) + offset + n₁ + i·n₂|), with s the partial-volume
 * averaged tissue signal, b(p) = exp(biasAmplitude · d(p)) a bias field that grows towards the
 * posterior (spine) coil, and n₁, n₂ ~ N(0, noiseSigma²) (Rician magnitude noise).
 *
 * @param model scanner name written in the metadata
 * @param intensityScale global gain
 * @param intensityOffset added after scaling (receiver baseline)
 * @param noiseSigma standard deviation of each quadrature noise channel, in stored units
 * @param biasAmplitude log-gain change over 100 mm along the bias direction
 * @param matrixSmall in-plane matrix (square) at {@code --size small} (FOV 128 mm)
 * @param matrixFull in-plane matrix at {@code --size full} (FOV 320 mm, as in the paper)
 * @param sliceThicknessMm slice thickness
 * @param sliceGapMm gap between slices (spacing = thickness + gap)
 */
public record ScannerProfile(
        String model,
        double intensityScale,
        double intensityOffset,
        double noiseSigma,
        double biasAmplitude,
        int matrixSmall,
        int matrixFull,
        double sliceThicknessMm,
        double sliceGapMm) {

    /** The paper: 3.0 mm slices with a 1.0 mm gap, FOV 320 mm. */
    public static final ScannerProfile INTERNAL = new ScannerProfile("Siemens Magnetom Skyra 3T (synthetic)",
            0.5, 0, 7, 0.12, 64, 256, 3.0, 1.0);
    public static final ScannerProfile EXTERNAL1 = new ScannerProfile("Siemens Prisma 3T (synthetic)",
            0.65, 18, 10, 0.22, 72, 288, 3.0, 0.6);
    public static final ScannerProfile EXTERNAL2 = new ScannerProfile("Siemens Magnetom Spectra 3T (synthetic)",
            0.41, 6, 5, 0.16, 56, 224, 3.5, 0.8);

    public double sliceSpacingMm() {
        return sliceThicknessMm + sliceGapMm;
    }
}
