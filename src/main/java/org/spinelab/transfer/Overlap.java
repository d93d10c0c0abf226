package org.spinelab.transfer;

import org.spinelab.image.LabelVolume;

/** Overlap of two labels on one grid. */
public final class Overlap {

    private Overlap() {}

    /**
     * Dice coefficient of the voxels carrying {@code label} in {@code a} and in {@code b}:
     * {@code 2|A ∩ B| / (|A| + |B|)}; 1 when both are empty.
     */
    public static double dice(LabelVolume a, LabelVolume b, int label) {
        if (!a.geometry().equalsWithin(b.geometry(), 1e-3)) {
            throw new IllegalArgumentException("Dice needs two labels on one grid");
        }
        double[] x = a.volume().data();
        double[] y = b.volume().data();
        long both = 0;
        long na = 0;
        long nb = 0;
        for (int n = 0; n < x.length; n++) {
            boolean inA = x[n] == label;
            boolean inB = y[n] == label;
            na += inA ? 1 : 0;
            nb += inB ? 1 : 0;
            both += inA && inB ? 1 : 0;
        }
        return na + nb == 0 ? 1 : 2.0 * both / (na + nb);
    }

    /** Dice of the foregrounds (any non-zero label). */
    public static double diceForeground(LabelVolume a, LabelVolume b) {
        double[] x = a.volume().data();
        double[] y = b.volume().data();
        if (x.length != y.length) {
            throw new IllegalArgumentException("Dice needs two labels on one grid");
        }
        long both = 0;
        long na = 0;
        long nb = 0;
        for (int n = 0; n < x.length; n++) {
            boolean inA = x[n] != 0;
            boolean inB = y[n] != 0;
            na += inA ? 1 : 0;
            nb += inB ? 1 : 0;
            both += inA && inB ? 1 : 0;
        }
        return na + nb == 0 ? 1 : 2.0 * both / (na + nb);
    }
}
