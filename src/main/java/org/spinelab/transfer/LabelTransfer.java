package org.spinelab.transfer;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.spinelab.image.Affine;
import org.spinelab.image.Geometry;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.Progress;

/**
 * Maps a label volume onto another grid of the same frame of reference: for every target voxel centre
 * {@code t = (i, j, k)}, the source index is {@code s = S⁻¹ · T · t} (T the target's index→LPS affine,
 * S the source's), and the label is sampled there with the chosen {@link Interpolation}. Target voxels
 * whose centre falls outside the source's field of view ({@code s} outside [−½, n−½] on some axis) are
 * 0.
 *
 * <p>The affine {@code S⁻¹·T} is computed once; along a target row the source index advances by its
 * first column, so each voxel costs three additions before sampling. Target slices run in parallel,
 * and voxels farther than one source voxel from the label's bounding box are skipped.
 *
 * <p>The optional probability map holds the interpolated foreground value in [0, 1] (a partial-volume
 * estimate); with supersampling n it is the mean over n×n×n points spread evenly inside the target
 * voxel. The label itself is always decided at the voxel centre.
 */
public final class LabelTransfer {

    private final Interpolation mode;
    private final int supersampling;
    private final Progress progress;

    /** A transfer in {@code mode}, without probability map, reporting nowhere. */
    public LabelTransfer(Interpolation mode) {
        this(mode, 0, Progress.NONE);
    }

    private LabelTransfer(Interpolation mode, int supersampling, Progress progress) {
        this.mode = mode;
        this.supersampling = supersampling;
        this.progress = progress;
    }

    /** Also produce the probability map, averaged over n³ points per target voxel (n ≥ 1). */
    public LabelTransfer withProbability(int n) {
        if (n < 1 || n > 16) {
            throw new InvalidInputException("supersampling must be between 1 and 16, got " + n);
        }
        return new LabelTransfer(mode, n, progress);
    }

    public LabelTransfer withProgress(Progress p) {
        return new LabelTransfer(mode, supersampling, p == null ? Progress.NONE : p);
    }

    public Interpolation mode() {
        return mode;
    }

    /**
     * Transfers {@code labels} (on their own grid) onto {@code target}.
     *
     * @param labelsName names the label input in messages (a path, say)
     * @param targetName names the target in messages
     * @param targetMetadata the target's metadata (its frame of reference is copied to the result);
     *     may be null
     * @throws InvalidInputException when the label is empty or nothing of it lands on the target
     */
    public TransferResult apply(LabelVolume labels, String labelsName, Geometry target, VolumeMetadata targetMetadata,
            String targetName) {
        // shape interpolation runs slice by slice, so its slices must be the thick axis
        LabelVolume sliced = mode == Interpolation.SHAPE ? SliceAxis.last(labels, SliceAxis.of(labels.geometry())) : labels;
        SourceLabels src = new SourceLabels(sliced);
        if (src.isEmpty()) {
            throw new InvalidInputException(labelsName + ": the label is empty (no non-zero voxel)");
        }
        Geometry source = sliced.geometry();
        LabelSampler sampler = switch (mode) {
            case NEAREST -> new NearestSampler(src);
            case LINEAR -> new TrilinearSampler(src);
            case SHAPE -> new ShapeSampler(src, source.spacing());
        };
        Affine targetToSource = source.lpsToIndex().compose(target.indexToLps());
        // the sweep writes straight into the result: every value it writes is one of the source's labels
        LabelVolume result = LabelVolume.empty(target, labelMetadata(targetMetadata, labelsName, src.labels));
        Sweep sweep = new Sweep(src, sampler, targetToSource, target, result.volume().data(), supersampling);
        AtomicInteger done = new AtomicInteger();
        int nz = (int) target.dim(2);
        IntStream.range(0, nz).parallel().forEach(k -> {
            sweep.slice(k);
            int d = done.incrementAndGet();
            synchronized (progress) {
                progress.update("transfer", d, nz);
            }
        });

        long lost = voxelsOutside(src, source, target);
        TransferStats stats = new TransferStats(src.labelledVoxels, lost, target.voxelCount(), sweep.outsideSource(),
                sweep.labelled());
        report(stats, labelsName, targetName);
        if (stats.resultLabelVoxels() == 0) {
            throw new InvalidInputException(targetName + ": the transferred label is empty — "
                    + (lost == src.labelledVoxels
                            ? "the whole label (" + labelsName + ") lies outside the target's field of view"
                            : "no target voxel centre falls inside the label (" + labelsName + ", "
                                    + percent(stats.fractionOfLabelOutsideTarget())
                                    + " of it outside the target's field of view)"));
        }
        return new TransferResult(result, sweep.probability == null ? null : toProbability(sweep.probability, target, targetMetadata), stats);
    }

    /** Source label voxels whose centre maps outside the target's field of view. */
    private static long voxelsOutside(SourceLabels src, Geometry source, Geometry target) {
        Affine sourceToTarget = target.lpsToIndex().compose(source.indexToLps());
        double[] p = new double[3];
        double[] q = new double[3];
        long outside = 0;
        for (int k = src.box[4]; k <= src.box[5]; k++) {
            for (int j = src.box[2]; j <= src.box[3]; j++) {
                for (int i = src.box[0]; i <= src.box[1]; i++) {
                    if (src.values[src.index(i, j, k)] != 0) {
                        p[0] = i;
                        p[1] = j;
                        p[2] = k;
                        sourceToTarget.apply(p, q);
                        if (!target.containsIndex(q)) {
                            outside++;
                        }
                    }
                }
            }
        }
        return outside;
    }

    private void report(TransferStats s, String labelsName, String targetName) {
        if (s.sourceLabelVoxelsOutsideTarget() > 0) {
            progress.message(String.format(Locale.ROOT,
                    "warning: %s of the label %s (%d of %d voxels) lies outside the field of view of %s and is lost",
                    percent(s.fractionOfLabelOutsideTarget()), labelsName, s.sourceLabelVoxelsOutsideTarget(),
                    s.sourceLabelVoxels(), targetName));
        }
        if (s.targetVoxelsOutsideSource() > 0) {
            progress.message(String.format(Locale.ROOT,
                    "note: %s of the voxels of %s lie outside the source's field of view and are set to 0",
                    percent(s.fractionOfTargetOutsideSource()), targetName));
        }
    }

    private static String percent(double f) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * f);
    }

    private static VolumeMetadata labelMetadata(VolumeMetadata tm, String labelsName, int[] labels) {
        int maxLabel = labels.length == 0 ? 0 : labels[labels.length - 1];
        PixelType type = maxLabel <= 255 ? PixelType.UINT8 : maxLabel <= 65535 ? PixelType.UINT16 : PixelType.INT32;
        return new VolumeMetadata(tm == null ? null : tm.modality(), "label transferred from " + labelsName,
                tm == null ? null : tm.frameOfReferenceUid(), null, null, type);
    }

    private static Volume toProbability(double[] d, Geometry target, VolumeMetadata tm) {
        VolumeMetadata m = new VolumeMetadata(tm == null ? null : tm.modality(), "label probability",
                tm == null ? null : tm.frameOfReferenceUid(), null, null, PixelType.FLOAT32);
        return Volume.wrap(target, d, m);
    }
}
