package org.spinelab.transfer;

/**
 * Shape-based interpolation (Raya &amp; Udupa 1990; Herman et al. 1992): each label is interpolated
 * through its slice-wise signed distance maps ({@link SliceDistanceMap}) and kept where the distance
 * is ≤ 0.
 *
 * <p>The partial-volume value of label ℓ is the ramp {@code p_ℓ = clamp(1/2 − d_ℓ / (2 s), 0, 1)}, s the
 * mean in-plane pixel spacing of the source: across an in-plane edge the distance runs from −s to +s
 * between two pixel centres, so p runs from 1 to 0 exactly like a linearly interpolated mask, and
 * p ≥ 1/2 ⟺ d ≤ 0. With several labels the one with the largest p wins against the background's
 * {@code 1 − Σ p_ℓ}, ties going to a label.
 */
final class ShapeSampler implements LabelSampler {

    private final int[] labels;
    private final SliceDistanceMap[] maps;
    private final double rampWidth;

    ShapeSampler(SourceLabels src, double[] sourceSpacing) {
        labels = src.labels;
        maps = new SliceDistanceMap[labels.length];
        for (int l = 0; l < labels.length; l++) {
            maps[l] = new SliceDistanceMap(src, labels[l], sourceSpacing[0], sourceSpacing[1]);
        }
        rampWidth = sourceSpacing[0] + sourceSpacing[1];
    }

    @Override
    public int label(double x, double y, double z) {
        if (maps.length == 1) {
            return maps[0].at(x, y, z) <= 0 ? labels[0] : 0;
        }
        int best = 0;
        double bestP = 0;
        double sum = 0;
        for (int l = 0; l < maps.length; l++) {
            double p = ramp(maps[l].at(x, y, z));
            sum += p;
            if (p > bestP) {
                best = labels[l];
                bestP = p;
            }
        }
        return best != 0 && bestP >= 1 - sum ? best : 0;
    }

    @Override
    public double foreground(double x, double y, double z) {
        double sum = 0;
        for (SliceDistanceMap m : maps) {
            sum += ramp(m.at(x, y, z));
        }
        return Math.min(1, sum);
    }

    private double ramp(double d) {
        return Math.max(0, Math.min(1, 0.5 - d / rampWidth));
    }
}
