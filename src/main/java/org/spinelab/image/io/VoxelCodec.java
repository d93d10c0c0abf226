package org.spinelab.image.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;

/**
 * Converts between raw voxel bytes (one of the {@link PixelType}s, either byte order) and the doubles a
 * {@link Volume} holds. Every supported type converts to double exactly, so a read→write round trip in
 * the same type reproduces the bytes.
 */
final class VoxelCodec {

    private VoxelCodec() {}

    /** Bytes per voxel of {@code type}. */
    static int bytesPerVoxel(PixelType type) {
        return switch (type) {
            case UINT8, INT8 -> 1;
            case UINT16, INT16 -> 2;
            case UINT32, INT32, FLOAT32 -> 4;
            case FLOAT64 -> 8;
        };
    }

    /** Decodes {@code count} voxels starting at {@code offset} of {@code bytes}. */
    static double[] decode(byte[] bytes, int offset, int count, PixelType type, ByteOrder order) {
        ByteBuffer b = ByteBuffer.wrap(bytes, offset, bytes.length - offset).slice().order(order);
        double[] out = new double[count];
        switch (type) {
            case UINT8 -> {
                for (int n = 0; n < count; n++) {
                    out[n] = b.get(n) & 0xFF;
                }
            }
            case INT8 -> {
                for (int n = 0; n < count; n++) {
                    out[n] = b.get(n);
                }
            }
            case UINT16 -> {
                for (int n = 0; n < count; n++) {
                    out[n] = b.getShort(2 * n) & 0xFFFF;
                }
            }
            case INT16 -> {
                for (int n = 0; n < count; n++) {
                    out[n] = b.getShort(2 * n);
                }
            }
            case UINT32 -> {
                for (int n = 0; n < count; n++) {
                    out[n] = Integer.toUnsignedLong(b.getInt(4 * n));
                }
            }
            case INT32 -> {
                for (int n = 0; n < count; n++) {
                    out[n] = b.getInt(4 * n);
                }
            }
            case FLOAT32 -> {
                for (int n = 0; n < count; n++) {
                    out[n] = b.getFloat(4 * n);
                }
            }
            case FLOAT64 -> {
                for (int n = 0; n < count; n++) {
                    out[n] = b.getDouble(8 * n);
                }
            }
        }
        return out;
    }

    /**
     * Encodes {@code values} as {@code type}; the caller has checked with {@link PixelType#canHold} that
     * the type represents every value exactly.
     */
    static byte[] encode(double[] values, PixelType type, ByteOrder order) {
        int bpv = bytesPerVoxel(type);
        ByteBuffer b = ByteBuffer.allocate(Math.multiplyExact(values.length, bpv)).order(order);
        switch (type) {
            case UINT8, INT8 -> {
                for (double v : values) {
                    b.put((byte) (long) v);
                }
            }
            case UINT16, INT16 -> {
                for (double v : values) {
                    b.putShort((short) (long) v);
                }
            }
            case UINT32, INT32 -> {
                for (double v : values) {
                    b.putInt((int) (long) v);
                }
            }
            case FLOAT32 -> {
                for (double v : values) {
                    b.putFloat((float) v);
                }
            }
            case FLOAT64 -> {
                for (double v : values) {
                    b.putDouble(v);
                }
            }
        }
        return b.array();
    }

    /**
     * The type to write a volume in: its on-disk type when that holds every voxel exactly, otherwise
     * float32 when that is exact, otherwise float64. Writing never changes a voxel value.
     */
    static PixelType storageType(Volume v) {
        PixelType own = v.metadata().pixelType();
        if (own != null && own.canHold(v.data())) {
            return own;
        }
        return PixelType.FLOAT32.canHold(v.data()) ? PixelType.FLOAT32 : PixelType.FLOAT64;
    }
}
