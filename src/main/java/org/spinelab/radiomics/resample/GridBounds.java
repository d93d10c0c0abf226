package org.spinelab.radiomics.resample;

/** Dimensions of a voxel grid with ITK's inside-buffer test and index clamping. */
record GridBounds(int nx, int ny, int nz) {

    boolean isInside(double i, double j, double k) {
        return i >= -0.5 && i < nx - 0.5 && j >= -0.5 && j < ny - 0.5 && k >= -0.5 && k < nz - 0.5;
    }

    int index(int i, int j, int k) {
        return i + nx * (j + ny * k);
    }
}
