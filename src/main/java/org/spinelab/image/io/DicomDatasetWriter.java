package org.spinelab.image.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a DICOM Part 10 file in Explicit VR Little Endian (transfer syntax 1.2.840.10008.1.2.1):
 * a 128-byte zero preamble, {@code DICM}, the File Meta group (0002) with its group length, then the
 * data set. Callers add elements in ascending tag order, as PS3.5 §7.1 requires.
 *
 * <p>Element encoding (PS3.5 §7.1.2): group and element as little-endian 16-bit words, the VR as two
 * ASCII letters, then a 16-bit length — or, for OB/OW/OF/SQ/UT/UN, two reserved zero bytes and a
 * 32-bit length. Values have even length: UIs are padded with NUL, other strings with a space.
 */
final class DicomDatasetWriter {

    static final String EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1";

    private final ByteArrayOutputStream meta = new ByteArrayOutputStream();
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    private int lastTag = -1;

    /** The File Meta elements; {@code implementationClassUid} identifies the writing software. */
    DicomDatasetWriter(String sopClassUid, String sopInstanceUid, String implementationClassUid, String implementationVersion) {
        element(meta, 0x0002, 0x0001, "OB", new byte[] {0, 1});
        string(meta, 0x0002, 0x0002, "UI", sopClassUid);
        string(meta, 0x0002, 0x0003, "UI", sopInstanceUid);
        string(meta, 0x0002, 0x0010, "UI", EXPLICIT_VR_LITTLE_ENDIAN);
        string(meta, 0x0002, 0x0012, "UI", implementationClassUid);
        string(meta, 0x0002, 0x0013, "SH", implementationVersion);
    }

    DicomDatasetWriter string(int group, int element, String vr, String value) {
        order(group, element);
        string(data, group, element, vr, value == null ? "" : value);
        return this;
    }

    DicomDatasetWriter us(int group, int element, int value) {
        order(group, element);
        element(data, group, element, "US", new byte[] {(byte) value, (byte) (value >>> 8)});
        return this;
    }

    /** Pixel Data (7FE0,0010) as OW: 16-bit words, little endian. */
    DicomDatasetWriter pixels16(short[] words) {
        order(0x7FE0, 0x0010);
        byte[] b = new byte[words.length * 2];
        for (int p = 0; p < words.length; p++) {
            b[2 * p] = (byte) words[p];
            b[2 * p + 1] = (byte) (words[p] >>> 8);
        }
        element(data, 0x7FE0, 0x0010, "OW", b);
        return this;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(new byte[128]);
        out.write("DICM".getBytes(StandardCharsets.US_ASCII));
        byte[] m = meta.toByteArray();
        ByteArrayOutputStream groupLength = new ByteArrayOutputStream();
        element(groupLength, 0x0002, 0x0000, "UL", le32(m.length));
        groupLength.writeTo(out);
        out.write(m);
        data.writeTo(out);
    }

    private void order(int group, int element) {
        int tag = group << 16 | element;
        if (Integer.compareUnsigned(tag, lastTag) <= 0 && lastTag != -1) {
            throw new IllegalStateException(String.format("DICOM elements out of order: (%04X,%04X)", group, element));
        }
        lastTag = tag;
    }

    private static void string(ByteArrayOutputStream out, int group, int element, String vr, String value) {
        byte[] v = value.getBytes(StandardCharsets.US_ASCII);
        if ((v.length & 1) != 0) {
            byte[] padded = new byte[v.length + 1];
            System.arraycopy(v, 0, padded, 0, v.length);
            padded[v.length] = (byte) (vr.equals("UI") ? 0 : ' ');
            v = padded;
        }
        element(out, group, element, vr, v);
    }

    private static void element(ByteArrayOutputStream out, int group, int element, String vr, byte[] value) {
        out.write(group);
        out.write(group >>> 8);
        out.write(element);
        out.write(element >>> 8);
        out.write(vr.charAt(0));
        out.write(vr.charAt(1));
        if (longLength(vr)) {
            out.write(0);
            out.write(0);
            out.writeBytes(le32(value.length));
        } else {
            if (value.length > 0xFFFF) {
                throw new IllegalArgumentException("value too long for VR " + vr);
            }
            out.write(value.length);
            out.write(value.length >>> 8);
        }
        out.writeBytes(value);
    }

    private static boolean longLength(String vr) {
        return switch (vr) {
            case "OB", "OW", "OF", "SQ", "UT", "UN" -> true;
            default -> false;
        };
    }

    private static byte[] le32(int v) {
        return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
    }
}
