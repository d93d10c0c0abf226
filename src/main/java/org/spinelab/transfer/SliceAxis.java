package org.spinelab.transfer;

import org.spinelab.image.Affine;
import org.spinelab.image.Geometry;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;

/**
 * Shape-based interpolation works slice by slice along the acquisition's slice axis, which is the
 * axis with the largest spacing (4 mm against 0.75 mm pixels). Readers usually put it last (k), but a
 * label exported by another tool may have been reordered; then the volume is re-indexed so that the
 * thickest axis becomes k. The patient-space placement is unchanged: only the order of the index axes
 * (the affine's columns, the data's strides) changes.
 */
final class SliceAxis {

    private SliceAxis() {}

    /** The index axis with the largest spacing (k on ties). */
    static int of(Geometry g) {
        double[] s = g.spacing();
        int axis = 2;
        for (int a = 1; a >= 0; a--) {
            if (s[a] > s[axis] * (1 + 1e-6)) {
                axis = a;
            }
        }
        return axis;
    }

    /** The same label with index axis {@code axis} moved last (the other two keep their order). */
    static LabelVolume last(LabelVolume labels, int axis) {
        if (axis == 2) {
            return labels;
        }
        int[] order = axis == 0 ? new int[] {1, 2, 0} : new int[] {0, 2, 1};
        Volume v = labels.volume();
        Geometry g = v.geometry();
        long[] dims = new long[3];
        double[][] m = g.indexToLps().matrix();
        double[][] linear = new double[3][3];
        for (int a = 0; a < 3; a++) {
            dims[a] = g.dim(order[a]);
            for (int r = 0; r < 3; r++) {
                linear[r][a] = m[r][order[a]];
            }
        }
        Geometry pg = new Geometry(dims, Affine.of(linear, g.origin()));
        Volume out = Volume.zeros(pg, v.metadata());
        int[] src = new int[3];
        for (int k = 0; k < dims[2]; k++) {
            for (int j = 0; j < dims[1]; j++) {
                for (int i = 0; i < dims[0]; i++) {
                    src[order[0]] = i;
                    src[order[1]] = j;
                    src[order[2]] = k;
                    out.set(i, j, k, v.get(src[0], src[1], src[2]));
                }
            }
        }
        return LabelVolume.of(out, "label");
    }
}
