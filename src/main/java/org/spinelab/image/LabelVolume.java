package org.spinelab.image;

import org.spinelab.util.InvalidInputException;

import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A segmentation: a {@link Volume} whose voxels are non-negative integer labels (0 = background).
 * Construction checks that every value is such a label, so code that takes a {@code LabelVolume}
 * need not check again.
 */
public final class LabelVolume {

    private final Volume volume;

    private LabelVolume(Volume volume) {
        this.volume = volume;
    }

    /**
     * Checks and wraps. {@code what} names the input (a file path, say) in the error message.
     *
     * @throws InvalidInputException if a voxel is negative, fractional or not finite
     */
    public static LabelVolume of(Volume v, String what) {
        double[] d = v.data();
        for (int n = 0; n < d.length; n++) {
            double x = d[n];
            if (!(x >= 0) || x != Math.rint(x) || x > Integer.MAX_VALUE) {
                int i = n % v.nx();
                int j = (n / v.nx()) % v.ny();
                int k = n / (v.nx() * v.ny());
                throw new InvalidInputException(what + ": not a label image — voxel (" + i + ", " + j + ", " + k
                        + ") has value " + x + " (labels are non-negative integers)");
            }
        }
        return new LabelVolume(v);
    }

    /** A zero label volume on {@code g}. */
    public static LabelVolume empty(Geometry g, VolumeMetadata m) {
        return new LabelVolume(Volume.zeros(g, m == null ? VolumeMetadata.empty().withPixelType(PixelType.UINT8) : m));
    }

    public Volume volume() {
        return volume;
    }

    public Geometry geometry() {
        return volume.geometry();
    }

    public int label(int i, int j, int k) {
        return (int) volume.get(i, j, k);
    }

    /** The distinct non-zero labels, ascending. */
    public SortedSet<Integer> labels() {
        SortedSet<Integer> s = new TreeSet<>();
        for (double x : volume.data()) {
            if (x != 0) {
                s.add((int) x);
            }
        }
        return s;
    }

    /** Number of voxels carrying {@code label}. */
    public long count(int label) {
        long c = 0;
        for (double x : volume.data()) {
            if (x == label) {
                c++;
            }
        }
        return c;
    }

    /** True when the only values are 0 and 1. */
    public boolean isBinary() {
        return Arrays.stream(volume.data()).allMatch(x -> x == 0 || x == 1);
    }

    /** A mask: true where the voxel carries {@code label}, i fastest. */
    public boolean[] mask(int label) {
        double[] d = volume.data();
        boolean[] m = new boolean[d.length];
        for (int n = 0; n < d.length; n++) {
            m[n] = d[n] == label;
        }
        return m;
    }
}
