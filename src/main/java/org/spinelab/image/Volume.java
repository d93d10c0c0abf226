package org.spinelab.image;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.DoubleArray;
import net.imglib2.type.numeric.real.DoubleType;

/**
 * A 3-D scalar image in patient space: voxels, the grid's {@link Geometry} and {@link VolumeMetadata}.
 *
 * <p>Voxels are doubles in an imglib2 {@link ArrayImg} (index i fastest, then j, then k), exact for
 * every on-disk type we read. Algorithms can use the imglib2 view ({@link #img()}) or, in hot loops,
 * the flat array ({@link #data()}) with {@link #index(int, int, int)}. A 2-D image is a volume with
 * one slice.
 */
public final class Volume {

    private final Geometry geometry;
    private final ArrayImg<DoubleType, DoubleArray> img;
    private final double[] data;
    private final VolumeMetadata metadata;
    private final int nx;
    private final int ny;
    private final int nz;

    private Volume(Geometry geometry, double[] data, VolumeMetadata metadata) {
        long n = geometry.voxelCount();
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("volume too large for one array: " + n + " voxels");
        }
        if (data.length != n) {
            throw new IllegalArgumentException("data has " + data.length + " values, grid has " + n + " voxels");
        }
        this.geometry = geometry;
        this.data = data;
        this.metadata = metadata == null ? VolumeMetadata.empty() : metadata;
        this.img = ArrayImgs.doubles(data, geometry.dims());
        this.nx = (int) geometry.dim(0);
        this.ny = (int) geometry.dim(1);
        this.nz = (int) geometry.dim(2);
    }

    /** Wraps {@code data} (not copied; i fastest) on {@code geometry}. */
    public static Volume wrap(Geometry geometry, double[] data, VolumeMetadata metadata) {
        return new Volume(geometry, data, metadata);
    }

    /** A zero-filled volume on {@code geometry}. */
    public static Volume zeros(Geometry geometry, VolumeMetadata metadata) {
        return new Volume(geometry, new double[Math.toIntExact(geometry.voxelCount())], metadata);
    }

    public Geometry geometry() {
        return geometry;
    }

    public VolumeMetadata metadata() {
        return metadata;
    }

    /** The voxels as an imglib2 image (shares storage with {@link #data()}). */
    public RandomAccessibleInterval<DoubleType> img() {
        return img;
    }

    /** The flat voxel array, i fastest; writes are visible through {@link #img()}. */
    public double[] data() {
        return data;
    }

    public int nx() {
        return nx;
    }

    public int ny() {
        return ny;
    }

    public int nz() {
        return nz;
    }

    public int index(int i, int j, int k) {
        return i + nx * (j + ny * k);
    }

    public double get(int i, int j, int k) {
        return data[index(i, j, k)];
    }

    public void set(int i, int j, int k, double v) {
        data[index(i, j, k)] = v;
    }

    /** A copy with the same geometry and metadata. */
    public Volume copy() {
        return new Volume(geometry, data.clone(), metadata);
    }

    /** The same voxels with other metadata. */
    public Volume withMetadata(VolumeMetadata m) {
        return new Volume(geometry, data, m);
    }

    /** The same voxels on another placement (same dimensions). */
    public Volume withGeometry(Geometry g) {
        return new Volume(g, data, metadata);
    }

    /** Smallest and largest finite voxel value ({NaN, NaN} when none is finite). */
    public double[] range() {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : data) {
            if (v < lo) {
                lo = v;
            }
            if (v > hi) {
                hi = v;
            }
        }
        return lo > hi ? new double[] {Double.NaN, Double.NaN} : new double[] {lo, hi};
    }
}
