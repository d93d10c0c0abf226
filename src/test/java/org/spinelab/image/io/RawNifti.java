package org.spinelab.image.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Builds NIfTI-1 files byte by byte from the offsets of nifti1.h, independently of the production
 * header code, so that reader tests do not check the reader against the writer.
 */
final class RawNifti {

    ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    short[] dim = {3, 2, 2, 2, 1, 1, 1, 1};
    short datatype = 4; // int16
    short bitpix = 16;
    float[] pixdim = {1, 1, 1, 1, 0, 0, 0, 0};
    float voxOffset = 352;
    float sclSlope = 0;
    float sclInter = 0;
    short qformCode = 0;
    short sformCode = 0;
    float[] quatern = new float[3];
    float[] qoffset = new float[3];
    float[][] srow = new float[3][4];
    String magic = "n+1";
    byte[] data = new byte[16];

    byte[] bytes() {
        ByteBuffer b = ByteBuffer.allocate((int) voxOffset + data.length).order(order);
        b.putInt(0, 348);
        for (int i = 0; i < 8; i++) {
            b.putShort(40 + 2 * i, dim[i]);
            b.putFloat(76 + 4 * i, pixdim[i]);
        }
        b.putShort(70, datatype);
        b.putShort(72, bitpix);
        b.putFloat(108, voxOffset);
        b.putFloat(112, sclSlope);
        b.putFloat(116, sclInter);
        b.putShort(252, qformCode);
        b.putShort(254, sformCode);
        for (int i = 0; i < 3; i++) {
            b.putFloat(256 + 4 * i, quatern[i]);
            b.putFloat(268 + 4 * i, qoffset[i]);
            for (int c = 0; c < 4; c++) {
                b.putFloat(280 + 16 * i + 4 * c, srow[i][c]);
            }
        }
        byte[] m = magic.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0; i < m.length; i++) {
            b.put(344 + i, m[i]);
        }
        b.position((int) voxOffset);
        b.put(data);
        return b.array();
    }

    /** Data as int16 values in this file's byte order. */
    RawNifti int16(short... values) {
        ByteBuffer b = ByteBuffer.allocate(2 * values.length).order(order);
        for (short v : values) {
            b.putShort(v);
        }
        data = b.array();
        return this;
    }

    void write(Path p) throws IOException {
        Files.write(p, bytes());
    }

    void writeGz(Path p) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(bos)) {
            z.write(bytes());
        }
        Files.write(p, bos.toByteArray());
    }
}
