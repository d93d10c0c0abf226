package org.spinelab.image.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.spinelab.image.PixelType;
import org.spinelab.util.InvalidInputException;

/**
 * The fields of a NIfTI-1 header (348 bytes) that this project uses, with their byte offsets from the
 * NIfTI-1 standard ({@code nifti1.h}). The byte order is detected from {@code sizeof_hdr}, which must
 * read 348 in the file's own order.
 */
final class NiftiHeader {

    static final int SIZE = 348;
    /** Data never starts before byte 352: the header plus the 4-byte extension flag. */
    static final int MIN_VOX_OFFSET = 352;

    ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    short[] dim = new short[8];
    short datatype;
    short bitpix;
    float[] pixdim = new float[8];
    float voxOffset;
    float sclSlope;
    float sclInter;
    byte xyztUnits;
    String descrip = "";
    short qformCode;
    short sformCode;
    float quaternB;
    float quaternC;
    float quaternD;
    float qoffsetX;
    float qoffsetY;
    float qoffsetZ;
    float[][] srow = new float[3][4];
    String magic = "n+1";

    /** Parses the first 348 bytes of {@code b}; {@code file} names the file in errors. */
    static NiftiHeader parse(byte[] b, String file) {
        if (b.length < SIZE) {
            throw new InvalidInputException(file + ": not a NIfTI-1 file (only " + b.length + " bytes, a header has 348)");
        }
        NiftiHeader h = new NiftiHeader();
        ByteBuffer bb = ByteBuffer.wrap(b, 0, SIZE).order(ByteOrder.LITTLE_ENDIAN);
        int size = bb.getInt(0);
        if (size != SIZE) {
            bb.order(ByteOrder.BIG_ENDIAN);
            size = bb.getInt(0);
        }
        if (size == 540 || Integer.reverseBytes(size) == 540) {
            throw new InvalidInputException(file + ": NIfTI-2 files are not supported (only NIfTI-1)");
        }
        if (size != SIZE) {
            throw new InvalidInputException(file + ": not a NIfTI-1 file (sizeof_hdr is not 348 in either byte order)");
        }
        h.order = bb.order();
        String magic = new String(b, 344, 3, StandardCharsets.ISO_8859_1);
        if (magic.equals("ni1")) {
            throw new InvalidInputException(file + ": NIfTI-1 header/image pairs (.hdr/.img) are not supported; use a single .nii file");
        }
        if (!magic.equals("n+1") || b[347] != 0) {
            throw new InvalidInputException(file + ": bad NIfTI-1 magic (expected \"n+1\")");
        }
        h.magic = magic;
        for (int i = 0; i < 8; i++) {
            h.dim[i] = bb.getShort(40 + 2 * i);
            h.pixdim[i] = bb.getFloat(76 + 4 * i);
        }
        h.datatype = bb.getShort(70);
        h.bitpix = bb.getShort(72);
        h.voxOffset = bb.getFloat(108);
        h.sclSlope = bb.getFloat(112);
        h.sclInter = bb.getFloat(116);
        h.xyztUnits = bb.get(123);
        h.descrip = cString(b, 148, 80);
        h.qformCode = bb.getShort(252);
        h.sformCode = bb.getShort(254);
        h.quaternB = bb.getFloat(256);
        h.quaternC = bb.getFloat(260);
        h.quaternD = bb.getFloat(264);
        h.qoffsetX = bb.getFloat(268);
        h.qoffsetY = bb.getFloat(272);
        h.qoffsetZ = bb.getFloat(276);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                h.srow[r][c] = bb.getFloat(280 + 16 * r + 4 * c);
            }
        }
        return h;
    }

    /** The 348 header bytes in {@link #order}. */
    byte[] toBytes() {
        ByteBuffer bb = ByteBuffer.allocate(SIZE).order(order);
        bb.putInt(0, SIZE);
        bb.put(38, (byte) 'r'); // "regular": ANALYZE 7.5 readers expect it
        for (int i = 0; i < 8; i++) {
            bb.putShort(40 + 2 * i, dim[i]);
            bb.putFloat(76 + 4 * i, pixdim[i]);
        }
        bb.putShort(70, datatype);
        bb.putShort(72, bitpix);
        bb.putFloat(108, voxOffset);
        bb.putFloat(112, sclSlope);
        bb.putFloat(116, sclInter);
        bb.put(123, xyztUnits);
        byte[] d = descrip.getBytes(StandardCharsets.US_ASCII);
        bb.put(148, d, 0, Math.min(d.length, 79));
        bb.putShort(252, qformCode);
        bb.putShort(254, sformCode);
        bb.putFloat(256, quaternB);
        bb.putFloat(260, quaternC);
        bb.putFloat(264, quaternD);
        bb.putFloat(268, qoffsetX);
        bb.putFloat(272, qoffsetY);
        bb.putFloat(276, qoffsetZ);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                bb.putFloat(280 + 16 * r + 4 * c, srow[r][c]);
            }
        }
        bb.put(344, magic.getBytes(StandardCharsets.US_ASCII), 0, 3);
        return bb.array();
    }

    /** The NIfTI-1 datatype code of a pixel type. */
    static short datatypeCode(PixelType t) {
        return switch (t) {
            case UINT8 -> 2;
            case INT16 -> 4;
            case INT32 -> 8;
            case FLOAT32 -> 16;
            case FLOAT64 -> 64;
            case INT8 -> 256;
            case UINT16 -> 512;
            case UINT32 -> 768;
        };
    }

    /** The pixel type of this header's datatype, or an error naming the datatype. */
    PixelType pixelType(String file) {
        return switch (datatype) {
            case 2 -> PixelType.UINT8;
            case 4 -> PixelType.INT16;
            case 8 -> PixelType.INT32;
            case 16 -> PixelType.FLOAT32;
            case 64 -> PixelType.FLOAT64;
            case 256 -> PixelType.INT8;
            case 512 -> PixelType.UINT16;
            case 768 -> PixelType.UINT32;
            default -> throw new InvalidInputException(file + ": NIfTI datatype " + datatype + " ("
                    + datatypeName(datatype) + ") is not supported; supported are uint8, int8, uint16, int16,"
                    + " uint32, int32, float32 and float64");
        };
    }

    private static String datatypeName(short code) {
        return switch (code) {
            case 0 -> "unknown";
            case 1 -> "binary";
            case 32 -> "complex64";
            case 128 -> "rgb24";
            case 1024 -> "int64";
            case 1280 -> "uint64";
            case 1536 -> "float128";
            case 1792 -> "complex128";
            case 2048 -> "complex256";
            case 2304 -> "rgba32";
            default -> "undefined code";
        };
    }

    private static String cString(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.ISO_8859_1);
    }
}
