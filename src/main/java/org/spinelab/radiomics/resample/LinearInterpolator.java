package org.spinelab.radiomics.resample;

import org.spinelab.image.Volume;

/**
 * Trilinear interpolation as ITK's {@code LinearInterpolateImageFunction}: the base voxel is
 * ⌊x⌋ clamped to the grid, the fraction d = max(0, x − base), and a neighbour beyond the last voxel
 * is the base voxel itself — so within half a voxel of the border the edge value extends outwards.
 * Values combine as {@code a + (b − a)·d}, first along i, then j, then k (ITK's order, which keeps
 * a flat region exactly flat).
 */
final class LinearInterpolator implements ImageInterpolator {

    private final double[] data;
    private final GridBounds grid;

    LinearInterpolator(Volume v) {
        this.data = v.data();
        this.grid = new GridBounds(v.nx(), v.ny(), v.nz());
    }

    @Override
    public double valueAt(double i, double j, double k) {
        int i0 = base(i, grid.nx()), j0 = base(j, grid.ny()), k0 = base(k, grid.nz());
        double di = Math.max(0, i - i0), dj = Math.max(0, j - j0), dk = Math.max(0, k - k0);
        int i1 = Math.min(i0 + 1, grid.nx() - 1), j1 = Math.min(j0 + 1, grid.ny() - 1), k1 = Math.min(k0 + 1, grid.nz() - 1);
        double z0 = plane(i0, i1, j0, j1, k0, di, dj);
        if (dk <= 0) {
            return z0;
        }
        double z1 = plane(i0, i1, j0, j1, k1, di, dj);
        return z0 + (z1 - z0) * dk;
    }

    private double plane(int i0, int i1, int j0, int j1, int k, double di, double dj) {
        double v00 = data[grid.index(i0, j0, k)];
        double x0 = di <= 0 ? v00 : v00 + (data[grid.index(i1, j0, k)] - v00) * di;
        if (dj <= 0) {
            return x0;
        }
        double v01 = data[grid.index(i0, j1, k)];
        double x1 = di <= 0 ? v01 : v01 + (data[grid.index(i1, j1, k)] - v01) * di;
        return x0 + (x1 - x0) * dj;
    }

    private static int base(double x, int n) {
        return (int) Math.max(0, Math.min(n - 1, Math.floor(x)));
    }

    @Override
    public boolean isInside(double i, double j, double k) {
        return grid.isInside(i, j, k);
    }
}
