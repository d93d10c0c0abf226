package org.spinelab.radiomics.preprocess;

import java.util.SortedSet;
import java.util.TreeSet;
import org.spinelab.image.Geometry;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.util.InvalidInputException;

/**
 * PyRadiomics' mask checks ({@code getMask}, {@code checkMask}): the label is present, the grids
 * match within ITK's tolerance, and the ROI spans enough dimensions and voxels.
 */
public final class MaskChecks {

    private MaskChecks() {}

    /** Fails naming the mask when {@code label} does not occur in it. */
    public static void requireLabel(LabelVolume mask, int label, String maskName) {
        double[] d = mask.volume().data();
        for (double v : d) {
            if (v == label) {
                return;
            }
        }
        SortedSet<Integer> labels = new TreeSet<>();
        for (double v : d) {
            if (v != 0) {
                labels.add((int) v);
            }
        }
        if (labels.isEmpty()) {
            throw new InvalidInputException(maskName + ": no labels found in this mask (nothing is segmented)");
        }
        throw new InvalidInputException(maskName + ": label " + label + " not present in mask (labels: " + labels + ")");
    }

    /**
     * ITK's same-physical-space test, which PyRadiomics relies on: equal sizes, origins and spacings
     * within {@code tolerance × image spacing[0]}, direction cosines within {@code tolerance}.
     */
    public static boolean sameSpace(Geometry image, Geometry mask, double tolerance) {
        for (int a = 0; a < 3; a++) {
            if (image.dim(a) != mask.dim(a)) {
                return false;
            }
        }
        double[] si = image.spacing(), sm = mask.spacing();
        double coordTol = tolerance * si[0];
        double[] oi = image.origin(), om = mask.origin();
        double[][] di = image.direction(), dm = mask.direction();
        for (int a = 0; a < 3; a++) {
            if (Math.abs(oi[a] - om[a]) > coordTol || Math.abs(si[a] - sm[a]) > coordTol) {
                return false;
            }
            for (int b = 0; b < 3; b++) {
                if (Math.abs(di[a][b] - dm[a][b]) > tolerance) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The bounding box {lo i, lo j, lo k, size i, size j, size k} and voxel count of {@code label} in one
     * pass over the label voxels (no full-size mask array); box null when the label is absent.
     */
    public record LabelBox(int[] box, int count) {}

    public static LabelBox labelBox(LabelVolume mask, int label) {
        Volume v = mask.volume();
        double[] d = v.data();
        int nx = v.nx(), ny = v.ny(), nz = v.nz();
        int loI = Integer.MAX_VALUE, loJ = Integer.MAX_VALUE, loK = Integer.MAX_VALUE, hiI = -1, hiJ = -1, hiK = -1;
        int count = 0;
        int n = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                boolean rowHit = false;
                for (int i = 0; i < nx; i++, n++) {
                    if (d[n] == label) {
                        count++;
                        rowHit = true;
                        if (i < loI) {
                            loI = i;
                        }
                        if (i > hiI) {
                            hiI = i;
                        }
                    }
                }
                if (rowHit) {
                    loJ = Math.min(loJ, j);
                    hiJ = Math.max(hiJ, j);
                    loK = Math.min(loK, k);
                    hiK = Math.max(hiK, k);
                }
            }
        }
        if (count == 0) {
            return new LabelBox(null, 0);
        }
        return new LabelBox(new int[] {loI, loJ, loK, hiI - loI + 1, hiJ - loJ + 1, hiK - loK + 1}, count);
    }

    /** The bounding box {lo i, lo j, lo k, size i, size j, size k} of the true voxels, or null if none. */
    public static int[] boundingBox(boolean[] m, int nx, int ny, int nz) {
        int[] lo = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        int[] hi = {-1, -1, -1};
        int n = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++, n++) {
                    if (m[n]) {
                        lo[0] = Math.min(lo[0], i);
                        hi[0] = Math.max(hi[0], i);
                        lo[1] = Math.min(lo[1], j);
                        hi[1] = Math.max(hi[1], j);
                        lo[2] = Math.min(lo[2], k);
                        hi[2] = Math.max(hi[2], k);
                    }
                }
            }
        }
        if (hi[0] < 0) {
            return null;
        }
        return new int[] {lo[0], lo[1], lo[2], hi[0] - lo[0] + 1, hi[1] - lo[1] + 1, hi[2] - lo[2] + 1};
    }

    /**
     * PyRadiomics' {@code checkMask} size checks: at least {@code minimumROIDimensions} axes longer than
     * one voxel (never a single voxel), and more than {@code minimumROISize} voxels when that is set.
     */
    public static void checkRoi(int[] bbox, int voxels, int minDims, Integer minSize, String what) {
        int dims = 0;
        for (int a = 0; a < 3; a++) {
            if (bbox[3 + a] > 1) {
                dims++;
            }
        }
        if (dims == 0) {
            throw new InvalidInputException(what + ": the ROI is a single voxel; cannot extract features");
        }
        if (dims < minDims) {
            throw new InvalidInputException(what + ": the ROI has too few dimensions (" + dims
                    + ", minimumROIDimensions is " + minDims + ")");
        }
        if (minSize != null && voxels <= minSize) {
            throw new InvalidInputException(what + ": the ROI is too small (" + voxels + " voxels, minimumROISize is "
                    + minSize + ")");
        }
    }
}
