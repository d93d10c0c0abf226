package org.spinelab.transfer;

import java.util.SortedSet;
import java.util.stream.Collectors;
import org.spinelab.image.Geometry;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.Progress;

/** The checks a transfer's inputs must pass; each failure names the input at fault. */
public final class TransferChecks {

    /**
     * A label grid matches its image when every voxel centre is within this fraction of the smallest
     * voxel spacing: loose enough for NIfTI's single-precision affines, far tighter than a voxel shift.
     */
    static final double GRID_TOLERANCE_VOXELS = 0.05;

    private TransferChecks() {}

    /**
     * Patient coordinates are comparable only within one frame of reference. When both UIDs are known
     * and differ, this is an error, unless {@code force}, when it is a warning through {@code progress}.
     */
    public static void sameFrameOfReference(VolumeMetadata a, String aName, VolumeMetadata b, String bName,
            boolean force, Progress progress) {
        String ua = a == null ? null : a.frameOfReferenceUid();
        String ub = b == null ? null : b.frameOfReferenceUid();
        if (ua == null || ub == null || ua.isBlank() || ub.isBlank() || ua.equals(ub)) {
            return;
        }
        String what = "different frames of reference: " + aName + " has " + ua + ", " + bName + " has " + ub;
        if (!force) {
            throw new InvalidInputException(what + " — their patient coordinates are not comparable"
                    + " (force the transfer to override this check)");
        }
        progress.message("warning: " + what + "; transferring anyway because forced");
    }

    /** The label must lie on exactly its image's grid (same dimensions, same voxel centres). */
    public static void labelsOnImageGrid(Geometry image, String imageName, Geometry labels, String labelsName) {
        double[] s = image.spacing();
        double tol = GRID_TOLERANCE_VOXELS * Math.min(s[0], Math.min(s[1], s[2]));
        if (!image.sameGridAs(labels, tol)) {
            throw new InvalidInputException(labelsName + ": the label's grid does not match its image " + imageName
                    + " (label " + describe(labels) + ", image " + describe(image) + ")");
        }
    }

    /** In binary mode the label may hold only 0 and 1. */
    public static void binary(LabelVolume labels, String labelsName) {
        SortedSet<Integer> values = labels.labels();
        if (!values.isEmpty() && !(values.size() == 1 && values.first() == 1)) {
            throw new InvalidInputException(labelsName + ": the label is not binary (values "
                    + values.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + "); a binary transfer expects 0 and 1 only — use multi-label mode to keep several labels");
        }
    }

    private static String describe(Geometry g) {
        double[] o = g.origin();
        return g.dim(0) + "×" + g.dim(1) + "×" + g.dim(2) + String.format(java.util.Locale.ROOT,
                " at (%.3f, %.3f, %.3f) mm", o[0], o[1], o[2]);
    }
}
