package org.spinelab.radiomics.shape;

/**
 * A binary ROI with one background voxel added on every side, so that marching cubes/squares close
 * the surface of an ROI touching the array border (PyRadiomics pads the mask with zeros likewise).
 * Indexing of the padded array: {@code x + px * (y + py * z)}, x fastest.
 */
final class PaddedMask {

    final boolean[] inside;
    final int px;
    final int py;
    final int pz;

    private PaddedMask(boolean[] inside, int px, int py, int pz) {
        this.inside = inside;
        this.px = px;
        this.py = py;
        this.pz = pz;
    }

    /** Pads a 3-D mask (i fastest) by one voxel in every direction. */
    static PaddedMask of3d(boolean[] mask, int nx, int ny, int nz) {
        checkSize(mask, nx, ny, nz);
        int px = nx + 2, py = ny + 2, pz = nz + 2;
        boolean[] p = new boolean[px * py * pz];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                System.arraycopy(mask, nx * (j + ny * k), p, 1 + px * (j + 1 + py * (k + 1)), nx);
            }
        }
        return new PaddedMask(p, px, py, pz);
    }

    /** Pads a 2-D mask (i fastest) by one pixel on every side; {@code pz} is 1. */
    static PaddedMask of2d(boolean[] mask, int nx, int ny) {
        checkSize(mask, nx, ny, 1);
        int px = nx + 2, py = ny + 2;
        boolean[] p = new boolean[px * py];
        for (int j = 0; j < ny; j++) {
            System.arraycopy(mask, nx * j, p, 1 + px * (j + 1), nx);
        }
        return new PaddedMask(p, px, py, 1);
    }

    boolean at(int x, int y, int z) {
        return inside[x + px * (y + py * z)];
    }

    private static void checkSize(boolean[] mask, int nx, int ny, int nz) {
        if (nx < 1 || ny < 1 || nz < 1) {
            throw new IllegalArgumentException("mask dimensions must be ≥ 1: " + nx + "×" + ny + "×" + nz);
        }
        if ((long) nx * ny * nz != mask.length) {
            throw new IllegalArgumentException("mask has " + mask.length + " values, dimensions give "
                    + ((long) nx * ny * nz));
        }
    }
}
