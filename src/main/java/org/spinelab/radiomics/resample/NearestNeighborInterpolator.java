package org.spinelab.radiomics.resample;

import org.spinelab.image.Volume;

/**
 * Nearest voxel, ITK's rule: index = ⌊x + ½⌋ on each axis (halves round up), clamped to the grid.
 */
final class NearestNeighborInterpolator implements ImageInterpolator {

    private final double[] data;
    private final GridBounds grid;

    NearestNeighborInterpolator(Volume v) {
        this.data = v.data();
        this.grid = new GridBounds(v.nx(), v.ny(), v.nz());
    }

    @Override
    public double valueAt(double i, double j, double k) {
        return data[grid.index(round(i, grid.nx()), round(j, grid.ny()), round(k, grid.nz()))];
    }

    @Override
    public boolean isInside(double i, double j, double k) {
        return grid.isInside(i, j, k);
    }

    private static int round(double x, int n) {
        long r = (long) Math.floor(x + 0.5);
        return (int) Math.max(0, Math.min(n - 1, r));
    }
}
