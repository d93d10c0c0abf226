package org.spinelab.radiomics.preprocess;

import org.spinelab.image.Geometry;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.util.InvalidInputException;

/**
 * PyRadiomics' {@code correctMask}: when the mask's grid differs from the image's, check that the ROI's
 * box (voxel corners) lies inside the image (tolerance 10⁻³ voxel) and resample the mask onto the image
 * grid by nearest neighbour (ITK rounds half up; outside the mask grid is 0).
 */
final class MaskCorrection {

    private MaskCorrection() {}

    static LabelVolume ontoImageGrid(Geometry image, LabelVolume mask, int label, String maskName) {
        Volume mv = mask.volume();
        int[] bb = MaskChecks.boundingBox(mask.mask(label), mv.nx(), mv.ny(), mv.nz());
        double[] lo = image.patientToIndex(mask.geometry().indexToPatient(
                new double[] {bb[0] - 0.5, bb[1] - 0.5, bb[2] - 0.5}));
        double[] hi = image.patientToIndex(mask.geometry().indexToPatient(
                new double[] {bb[0] + bb[3] - 0.5, bb[1] + bb[4] - 0.5, bb[2] + bb[5] - 0.5}));
        double tol = 1e-3;
        for (int a = 0; a < 3; a++) {
            double min = Math.min(lo[a], hi[a]), max = Math.max(lo[a], hi[a]);
            if (min < -0.5 - tol || max > image.dim(a) - 0.5 + tol) {
                throw new InvalidInputException(maskName + ": the ROI (label " + label
                        + ") extends beyond the image; cannot correct the mask onto the image grid");
            }
        }
        int nx = (int) image.dim(0), ny = (int) image.dim(1), nz = (int) image.dim(2);
        double[] out = new double[nx * ny * nz];
        double[] src = mv.data();
        int n = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++, n++) {
                    double[] idx = mask.geometry().patientToIndex(image.indexToPatient(new double[] {i, j, k}));
                    int mi = (int) Math.floor(idx[0] + 0.5), mj = (int) Math.floor(idx[1] + 0.5), mk = (int) Math.floor(idx[2] + 0.5);
                    if (mi >= 0 && mi < mv.nx() && mj >= 0 && mj < mv.ny() && mk >= 0 && mk < mv.nz()) {
                        out[n] = src[mv.index(mi, mj, mk)];
                    }
                }
            }
        }
        return LabelVolume.of(Volume.wrap(image, out, VolumeMetadata.empty().withPixelType(PixelType.UINT32)), maskName);
    }
}
