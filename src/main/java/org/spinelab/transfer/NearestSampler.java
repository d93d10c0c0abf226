package org.spinelab.transfer;

/** The label of the nearest source voxel centre (ties at exactly half-way go to the higher index). */
final class NearestSampler implements LabelSampler {

    private final SourceLabels src;

    NearestSampler(SourceLabels src) {
        this.src = src;
    }

    @Override
    public int label(double x, double y, double z) {
        return src.values[src.index(round(x), round(y), round(z))];
    }

    @Override
    public double foreground(double x, double y, double z) {
        return label(x, y, z) != 0 ? 1 : 0;
    }

    private static int round(double v) {
        return (int) Math.floor(v + 0.5);
    }
}
