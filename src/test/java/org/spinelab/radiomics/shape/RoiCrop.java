package org.spinelab.radiomics.shape;

import org.spinelab.image.Volume;
import org.spinelab.radiomics.resample.LabelBounds;

/** Test helper: the ROI of one label as a boolean mask cropped to its bounding box (as PyRadiomics crops for shape). */
final class RoiCrop {

    final boolean[] mask;
    final int nx;
    final int ny;
    final int nz;
    final double[] spacing;

    RoiCrop(Volume labels, int label) {
        LabelBounds b = LabelBounds.of(labels, label);
        nx = b.size()[0];
        ny = b.size()[1];
        nz = b.size()[2];
        mask = new boolean[nx * ny * nz];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    mask[i + nx * (j + ny * k)] = labels.get(i + b.lower()[0], j + b.lower()[1], k + b.lower()[2]) == label;
                }
            }
        }
        spacing = labels.geometry().spacing();
    }
}
