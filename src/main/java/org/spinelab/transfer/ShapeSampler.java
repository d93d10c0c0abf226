package org.spinelab.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * Shape-based interpolation (Raya &amp; Udupa 1990; Herman et al. 1992): each lesion (connected
 * component of a label) is interpolated through its slice-wise signed distance maps
 * ({@link SliceDistanceMap}); a label's distance is the smallest of its lesions', and the label is
 * kept where it is ≤ 0.
 *
 * <p>The partial-volume value of label ℓ is the ramp {@code p_ℓ = clamp(1/2 − d_ℓ / (2 s), 0, 1)}, s the
 * mean in-plane pixel spacing of the source: across an in-plane edge the distance runs from −s to +s
 * between two pixel centres, so p runs from 1 to 0 exactly like a linearly interpolated mask, and
 * p ≥ 1/2 ⟺ d ≤ 0. With several labels the one with the largest p wins against the background's
 * {@code 1 − Σ p_ℓ}, ties going to a label.
 */
final class ShapeSampler implements LabelSampler {

    private final int[] labels;
    /** Per label, the maps of its connected components. */
    private final SliceDistanceMap[][] maps;
    private final double rampWidth;

    ShapeSampler(SourceLabels src, double[] sourceSpacing) {
        labels = src.labels;
        LabelComponents components = new LabelComponents(src);
        List<List<SliceDistanceMap>> perLabel = new ArrayList<>();
        for (int l = 0; l < labels.length; l++) {
            perLabel.add(new ArrayList<>());
        }
        for (LabelComponents.Component c : components.components) {
            perLabel.get(src.slot(c.label()))
                    .add(new SliceDistanceMap(src, components, c, sourceSpacing[0], sourceSpacing[1]));
        }
        maps = new SliceDistanceMap[labels.length][];
        for (int l = 0; l < labels.length; l++) {
            maps[l] = perLabel.get(l).toArray(SliceDistanceMap[]::new);
        }
        rampWidth = sourceSpacing[0] + sourceSpacing[1];
    }

    /** A label's signed distance: the nearest of its lesions, {@code min_c d_c} (the union of the lesions). */
    private double distance(int slot, double x, double y, double z) {
        double d = Double.POSITIVE_INFINITY;
        for (SliceDistanceMap m : maps[slot]) {
            d = Math.min(d, m.at(x, y, z));
        }
        return d;
    }

    @Override
    public int label(double x, double y, double z) {
        if (maps.length == 1) {
            return distance(0, x, y, z) <= 0 ? labels[0] : 0;
        }
        int best = 0;
        double bestP = 0;
        double sum = 0;
        for (int l = 0; l < maps.length; l++) {
            double p = ramp(distance(l, x, y, z));
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
        for (int l = 0; l < maps.length; l++) {
            sum += ramp(distance(l, x, y, z));
        }
        return Math.min(1, sum);
    }

    private double ramp(double d) {
        return Math.max(0, Math.min(1, 0.5 - d / rampWidth));
    }
}
