package org.spinelab.radiomics.ibsi;

/**
 * An axis-aligned voxel grid for IBSI computations: dimensions and spacing (mm). Orientation is
 * irrelevant to every IBSI feature (distances, volumes and neighbourhoods are invariant under
 * rotation), so the chain works in scaled index coordinates. Index order: i fastest, then j, then k;
 * k is the slice axis for 2-D computations.
 */
public record IbsiGrid(int nx, int ny, int nz, double sx, double sy, double sz) {

    public int size() {
        return nx * ny * nz;
    }

    public int index(int i, int j, int k) {
        return i + nx * (j + ny * k);
    }

    public double voxelVolume() {
        return sx * sy * sz;
    }

    public boolean contains(int i, int j, int k) {
        return i >= 0 && j >= 0 && k >= 0 && i < nx && j < ny && k < nz;
    }

    /** The grid of one slice (nz = 1). */
    public IbsiGrid slice() {
        return new IbsiGrid(nx, ny, 1, sx, sy, sz);
    }
}
