package org.spinelab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.spinelab.image.Geometry;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.image.io.VolumeIO;

/**
 * Test fixture for MAGN commands: one toy patient's sagittal, coronal and axial views (24×24×3 NIfTI)
 * with a 5×5 lesion on the middle slice, bright for metastasis (label 1) and dark for myeloma.
 */
final class MagnToyViews {

    private MagnToyViews() {}

    /**
     * Writes patient {@code p}'s three images and masks into {@code dir}; returns the six relative paths
     * in the cohort's column order: the images sag, cor, ax, then their masks.
     */
    static List<String> write(Path dir, int p, int label, Random r) {
        List<String> images = new ArrayList<>();
        List<String> masks = new ArrayList<>();
        for (String v : List.of("sag", "cor", "ax")) {
            Geometry g = Geometry.axisAligned(new long[] {24, 24, 3}, new double[] {0.8, 0.8, 3}, new double[] {p, 0, 0});
            Volume img = Volume.zeros(g, VolumeMetadata.empty());
            Volume mask = Volume.zeros(g, VolumeMetadata.empty());
            int ci = 6 + r.nextInt(12);
            int cj = 6 + r.nextInt(12);
            for (int k = 0; k < 3; k++) {
                for (int j = 0; j < 24; j++) {
                    for (int i = 0; i < 24; i++) {
                        boolean in = k == 1 && Math.abs(i - ci) <= 2 && Math.abs(j - cj) <= 2;
                        img.set(i, j, k, 100 + 10 * r.nextGaussian() + (in ? (label == 1 ? 60 : -60) : 0));
                        mask.set(i, j, k, in ? 1 : 0);
                    }
                }
            }
            String id = "p" + p + "_" + v;
            VolumeIO.write(img, dir.resolve(id + ".nii.gz"));
            VolumeIO.write(mask, dir.resolve(id + "_mask.nii.gz"));
            images.add(id + ".nii.gz");
            masks.add(id + "_mask.nii.gz");
        }
        images.addAll(masks);
        return images;
    }
}
