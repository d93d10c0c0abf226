package org.spinelab.radiomics;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.spinelab.image.Geometry;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.preprocess.MaskChecks;

/**
 * The cheap {@code diagnostics_*} entries of PyRadiomics' {@code generalinfo}: versions, configuration,
 * image and mask hashes (SHA-1 of the voxels in their on-disk type, the mask as uint32, as PyRadiomics
 * hashes them), spacing, size, intensity range and mean, ROI bounding box, voxel count, number of
 * connected ROI parts and centre of mass. Tuples are written as Python writes them.
 */
final class Diagnostics {

    private Diagnostics() {}

    static Map<String, String> general(ExtractionParameters p) {
        Map<String, String> m = new LinkedHashMap<>();
        String v = Diagnostics.class.getPackage().getImplementationVersion();
        m.put("diagnostics_Versions_SpineRadiomicsLab", v == null ? "development" : v);
        m.put("diagnostics_Configuration_Settings", python(p.settings().asMap()));
        m.put("diagnostics_Configuration_EnabledImageTypes", python(p.imageTypes()));
        return m;
    }

    static Map<String, String> image(Volume image, String prefix) {
        Map<String, String> m = new LinkedHashMap<>();
        String p = "diagnostics_Image-" + prefix + "_";
        PixelType t = image.metadata().pixelType();
        if (t != null) {
            m.put(p + "Hash", sha1(image.data(), t));
        }
        m.put(p + "Dimensionality", "3D");
        m.put(p + "Spacing", tuple(image.geometry().spacing()));
        m.put(p + "Size", tuple(image.nx(), image.ny(), image.nz()));
        double sum = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double x : image.data()) {
            sum += x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        m.put(p + "Mean", Double.toString(sum / image.data().length));
        m.put(p + "Minimum", number(min));
        m.put(p + "Maximum", number(max));
        return m;
    }

    static Map<String, String> mask(LabelVolume mask, int label, String prefix) {
        Map<String, String> m = new LinkedHashMap<>();
        String p = "diagnostics_Mask-" + prefix + "_";
        Volume v = mask.volume();
        m.put(p + "Hash", sha1(v.data(), PixelType.UINT32));
        m.put(p + "Spacing", tuple(v.geometry().spacing()));
        m.put(p + "Size", tuple(v.nx(), v.ny(), v.nz()));
        MaskChecks.LabelBox lb = MaskChecks.labelBox(mask, label);
        int[] bb = lb.box();
        if (bb == null) {
            return m;
        }
        m.put(p + "BoundingBox", tuple(bb));
        // the ROI within its box only: memory and time follow the ROI, not the image
        boolean[] roi = new boolean[bb[3] * bb[4] * bb[5]];
        double ci = 0, cj = 0, ck = 0;
        int q = 0;
        for (int k = 0; k < bb[5]; k++) {
            for (int j = 0; j < bb[4]; j++) {
                for (int i = 0; i < bb[3]; i++, q++) {
                    if (v.get(bb[0] + i, bb[1] + j, bb[2] + k) == label) {
                        roi[q] = true;
                        ci += bb[0] + i;
                        cj += bb[1] + j;
                        ck += bb[2] + k;
                    }
                }
            }
        }
        long n = lb.count();
        m.put(p + "VoxelNum", Long.toString(n));
        m.put(p + "VolumeNum", Integer.toString(components(roi, bb[3], bb[4], bb[5],
                new int[] {0, 0, 0, bb[3], bb[4], bb[5]})));
        double[] com = {ci / n, cj / n, ck / n};
        m.put(p + "CenterOfMassIndex", tuple(com));
        Geometry g = v.geometry();
        m.put(p + "CenterOfMass", tuple(g.indexToPatient(com)));
        return m;
    }

    /** Face-connected (6-neighbour) parts of the ROI, as SimpleITK's ConnectedComponent by default. */
    private static int components(boolean[] roi, int nx, int ny, int nz, int[] bb) {
        boolean[] seen = new boolean[roi.length];
        int[] stack = new int[roi.length];
        int parts = 0;
        int nxy = nx * ny;
        for (int k = bb[2]; k < bb[2] + bb[5]; k++) {
            for (int j = bb[1]; j < bb[1] + bb[4]; j++) {
                for (int i = bb[0]; i < bb[0] + bb[3]; i++) {
                    int c = i + nx * j + nxy * k;
                    if (!roi[c] || seen[c]) {
                        continue;
                    }
                    parts++;
                    int top = 0;
                    stack[top++] = c;
                    seen[c] = true;
                    while (top > 0) {
                        int q = stack[--top];
                        int qi = q % nx, qj = (q / nx) % ny, qk = q / nxy;
                        int[][] nb = {{qi - 1, qj, qk}, {qi + 1, qj, qk}, {qi, qj - 1, qk}, {qi, qj + 1, qk}, {qi, qj, qk - 1}, {qi, qj, qk + 1}};
                        for (int[] t : nb) {
                            if (t[0] < 0 || t[0] >= nx || t[1] < 0 || t[1] >= ny || t[2] < 0 || t[2] >= nz) {
                                continue;
                            }
                            int r = t[0] + nx * t[1] + nxy * t[2];
                            if (roi[r] && !seen[r]) {
                                seen[r] = true;
                                stack[top++] = r;
                            }
                        }
                    }
                }
            }
        }
        return parts;
    }

    static String sha1(double[] data, PixelType t) {
        int bytes = switch (t) {
            case UINT8, INT8 -> 1;
            case UINT16, INT16 -> 2;
            case UINT32, INT32, FLOAT32 -> 4;
            case FLOAT64 -> 8;
        };
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            int chunk = 1 << 16;
            byte[] buf = new byte[chunk * bytes];
            for (int start = 0; start < data.length; start += chunk) {
                int end = Math.min(data.length, start + chunk);
                int b = 0;
                if (t == PixelType.FLOAT64) {
                    for (int n = start; n < end; n++, b += 8) {
                        putLittleEndian(buf, b, Double.doubleToRawLongBits(data[n]), 8);
                    }
                } else if (t == PixelType.FLOAT32) {
                    for (int n = start; n < end; n++, b += 4) {
                        putLittleEndian(buf, b, Float.floatToRawIntBits((float) data[n]), 4);
                    }
                } else if (bytes == 4) {
                    for (int n = start; n < end; n++, b += 4) {
                        long x = (long) data[n];
                        buf[b] = (byte) x;
                        buf[b + 1] = (byte) (x >>> 8);
                        buf[b + 2] = (byte) (x >>> 16);
                        buf[b + 3] = (byte) (x >>> 24);
                    }
                } else if (bytes == 2) {
                    for (int n = start; n < end; n++, b += 2) {
                        int x = (int) data[n];
                        buf[b] = (byte) x;
                        buf[b + 1] = (byte) (x >>> 8);
                    }
                } else {
                    for (int n = start; n < end; n++) {
                        buf[b++] = (byte) (int) data[n];
                    }
                }
                md.update(buf, 0, b);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** numpy's little-endian byte order (x86), as PyRadiomics hashes the array's buffer. */
    private static void putLittleEndian(byte[] buf, int at, long bits, int bytes) {
        for (int x = 0; x < bytes; x++) {
            buf[at + x] = (byte) (bits >>> (8 * x));
        }
    }

    /** A value written as a Python literal, as PyRadiomics writes its configuration. */
    static String python(Object o) {
        if (o == null) {
            return "None";
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o instanceof String str) {
            return "'" + str + "'";
        }
        if (o instanceof Double d) {
            return number(d);
        }
        if (o instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(sb.length() > 1 ? ", " : "").append(python(String.valueOf(e.getKey()))).append(": ")
                        .append(python(e.getValue()));
            }
            return sb.append('}').toString();
        }
        if (o instanceof java.util.List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            for (Object x : list) {
                sb.append(sb.length() > 1 ? ", " : "").append(python(x));
            }
            return sb.append(']').toString();
        }
        return o.toString();
    }

    static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }

    static String tuple(double... v) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(v[i]);
        }
        return sb.append(')').toString();
    }

    static String tuple(int... v) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(v[i]);
        }
        return sb.append(')').toString();
    }
}
