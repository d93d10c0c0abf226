package org.spinelab.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.spinelab.image.Geometry;
import org.spinelab.image.LabelVolume;

/**
 * Times label transfer from a 15-slice sagittal label (384×384 pixels of 0.6 mm, 4 mm slice spacing,
 * an ellipsoidal lesion) into a 512×512×30 axial grid (0.5 mm pixels, 4 mm slices, tilted 8°), per
 * interpolation mode, without and with a probability map, for a vertebra-sized lesion (most target
 * voxels are skipped as far from it) and for a label filling most of the sagittal field of view (every
 * voxel sampled: the cost of the interpolation itself). Rates are target voxels per second of wall
 * time (all cores); the Dice against the ellipsoid sampled on the target grid is shown beside.
 */
public final class TransferBenchmark {

    /** One measured configuration. */
    public record Row(String config, double minMs, double medianMs, double voxelsPerSecond, double dice) {}

    /** The measurements of one run. */
    public record Report(List<Row> rows, long targetVoxels, int threads) {
        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "label transfer: 384x384x15 sagittal -> 512x512x30 axial (%d voxels), %d threads%n",
                    targetVoxels, threads));
            sb.append(String.format(Locale.ROOT, "%-28s %8s %10s %18s %8s%n", "mode", "min ms", "median ms",
                    "voxels/s (median)", "Dice"));
            for (Row r : rows) {
                sb.append(String.format(Locale.ROOT, "%-28s %8.1f %10.1f %18.3e %8.4f%n", r.config(), r.minMs(),
                        r.medianMs(), r.voxelsPerSecond(), r.dice()));
            }
            return sb.toString();
        }
    }

    private TransferBenchmark() {}

    public static Report run(int repeats) {
        double[] centre = {4, 20, 30};
        Geometry sag = TransferPhantom.sagittal(new long[] {384, 384, 15}, new double[] {0.6, 0.6, 4.0}, centre);
        Geometry ax = TransferPhantom.tiltedAxial(new long[] {512, 512, 30}, new double[] {0.5, 0.5, 4.0},
                new double[] {0, 0, 25}, 8);
        List<Row> rows = new ArrayList<>();
        double[][] sizes = {{14, 11, 9}, {28, 100, 55}};
        String[] names = {"lesion", "dense"};
        for (int s = 0; s < sizes.length; s++) {
            LabelVolume label = TransferPhantom.ellipsoid(sag, centre, sizes[s], 1);
            LabelVolume truth = TransferPhantom.ellipsoid(ax, centre, sizes[s], 1);
            for (Interpolation m : Interpolation.values()) {
                rows.add(measure(names[s] + " " + m.key(), new LabelTransfer(m), label, ax, truth, repeats));
            }
            for (Interpolation m : Interpolation.values()) {
                rows.add(measure(names[s] + " " + m.key() + " + prob", new LabelTransfer(m).withProbability(1), label,
                        ax, truth, repeats));
            }
            rows.add(measure(names[s] + " shape + prob 3^3", new LabelTransfer(Interpolation.SHAPE).withProbability(3),
                    label, ax, truth, repeats));
        }
        return new Report(rows, ax.voxelCount(), Runtime.getRuntime().availableProcessors());
    }

    private static Row measure(String config, LabelTransfer t, LabelVolume label, Geometry target, LabelVolume truth,
            int repeats) {
        TransferResult r = null;
        for (int w = 0; w < 3; w++) {
            r = t.apply(label, "benchmark label", target, null, "benchmark target");
        }
        double[] ms = new double[Math.max(1, repeats)];
        for (int n = 0; n < ms.length; n++) {
            long t0 = System.nanoTime();
            r = t.apply(label, "benchmark label", target, null, "benchmark target");
            ms[n] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        double median = ms[ms.length / 2];
        return new Row(config, ms[0], median, target.voxelCount() / (median / 1e3), Overlap.dice(r.labels(), truth, 1));
    }
}
