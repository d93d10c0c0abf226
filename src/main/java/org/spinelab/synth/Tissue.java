package org.spinelab.synth;

/**
 * Tissue classes of the phantom with their signal on each {@link Contrast}, in arbitrary units before
 * the scanner's gain (roughly 0–1000). The relative values follow textbook spine MRI: fatty marrow
 * bright on T1 and dark on FS-T2; tumour hypointense on T1, hyperintense on FS-T2 and enhancing on
 * CE-T1; necrotic/cystic areas fluid-like (dark T1, bright T2, no enhancement); CSF bright on T2;
 * cortical bone dark everywhere; flowing blood dark except after contrast.
 */
public enum Tissue {
    AIR(0, 0, 0),
    FAT(900, 110, 880),
    MUSCLE(330, 230, 380),
    VISCERA(480, 420, 560),
    MARROW(650, 210, 640),
    CORTEX(70, 55, 75),
    POSTERIOR_BONE(520, 180, 520),
    DISC_ANNULUS(280, 260, 300),
    DISC_NUCLEUS(330, 780, 340),
    CSF(160, 1000, 170),
    CORD(420, 440, 440),
    VESSEL(90, 70, 950),
    LESION(290, 640, 760),
    NECROSIS(170, 940, 140);

    private final double[] signal;

    Tissue(double t1, double t2fs, double cet1) {
        this.signal = new double[] {t1, t2fs, cet1};
    }

    /** Signal on contrast {@code c} (indexed by {@link Contrast#ordinal()}). */
    public double signal(Contrast c) {
        return signal[c.ordinal()];
    }

    double signal(int contrastOrdinal) {
        return signal[contrastOrdinal];
    }
}
