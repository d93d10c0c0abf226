package org.spinelab.image.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.spinelab.image.PixelType;
import org.spinelab.util.InvalidInputException;

/**
 * The text header of a NRRD file (teem's format, {@code NRRD0001}–{@code NRRD0005}): the magic line,
 * then {@code field: value} lines up to the first empty line (or the end of a detached {@code .nhdr}).
 * Comments ({@code #}) and key/value pairs ({@code key:=value}) are skipped. Field names are matched
 * case-insensitively; {@code datafile} and {@code data file} and the like are the same field.
 */
final class NrrdHeader {

    /** A header longer than this is not a NRRD header but a mis-named binary file. */
    private static final int MAX_HEADER_BYTES = 1 << 20;

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Path file;

    private NrrdHeader(Path file) {
        this.file = file;
    }

    /** Reads the header from {@code in}, leaving the stream at the first byte after the empty line. */
    static NrrdHeader read(InputStream in, Path file) throws IOException {
        NrrdHeader h = new NrrdHeader(file);
        String magic = line(in, file, 0);
        if (magic == null || !magic.startsWith("NRRD000")) {
            throw new InvalidInputException(file + ": not a NRRD file (it does not start with \"NRRD000x\")");
        }
        int used = magic.length();
        String l;
        while ((l = line(in, file, used)) != null && !l.isEmpty()) {
            used += l.length() + 1;
            if (l.startsWith("#") || l.contains(":=")) {
                continue;
            }
            int colon = l.indexOf(": ");
            if (colon <= 0) {
                throw new InvalidInputException(file + ": malformed NRRD header line \"" + abbreviate(l) + "\"");
            }
            String key = l.substring(0, colon).trim().toLowerCase(Locale.ROOT).replace(" ", "");
            h.fields.put(key, l.substring(colon + 2).trim());
        }
        return h;
    }

    /** One line without its terminator ({@code \n} or {@code \r\n}); null at the end of the stream. */
    private static String line(InputStream in, Path file, int usedSoFar) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (usedSoFar + b.size() > MAX_HEADER_BYTES || c == 0) {
                throw new InvalidInputException(file + ": not a NRRD file (no readable text header)");
            }
            b.write(c);
        }
        if (c == -1 && b.size() == 0) {
            return null;
        }
        String s = b.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    Path file() {
        return file;
    }

    boolean has(String field) {
        return fields.containsKey(key(field));
    }

    /** The value of {@code field}, or null. */
    String get(String field) {
        return fields.get(key(field));
    }

    /** The value of a required field. */
    String require(String field) {
        String v = get(field);
        if (v == null) {
            throw new InvalidInputException(file + ": NRRD header lacks the required field \"" + field + "\"");
        }
        return v;
    }

    int integer(String field, int fallback) {
        String v = get(field);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw bad(field, v);
        }
    }

    long[] longs(String field) {
        String[] p = require(field).trim().split("\\s+");
        long[] out = new long[p.length];
        for (int n = 0; n < p.length; n++) {
            try {
                out[n] = Long.parseLong(p[n]);
            } catch (NumberFormatException e) {
                throw bad(field, get(field));
            }
        }
        return out;
    }

    /** Whitespace-separated words of a field (e.g. {@code kinds}), or null when absent. */
    String[] words(String field) {
        String v = get(field);
        return v == null ? null : v.trim().split("\\s+");
    }

    /**
     * A list of vectors such as {@code (0.78,0,0) (0,-0.78,0) none}: one entry per axis, null for
     * {@code none}.
     */
    double[][] vectors(String field) {
        String v = get(field);
        if (v == null) {
            return null;
        }
        var out = new java.util.ArrayList<double[]>();
        String rest = v.trim();
        while (!rest.isEmpty()) {
            if (rest.startsWith("none")) {
                out.add(null);
                rest = rest.substring(4).trim();
                continue;
            }
            int close = rest.indexOf(')');
            if (!rest.startsWith("(") || close < 0) {
                throw bad(field, v);
            }
            out.add(vector(field, rest.substring(1, close), v));
            rest = rest.substring(close + 1).trim();
        }
        return out.toArray(new double[0][]);
    }

    /** One vector {@code (x,y,z)}, or null when the field is absent. */
    double[] vector(String field) {
        String v = get(field);
        if (v == null) {
            return null;
        }
        String t = v.trim();
        if (!t.startsWith("(") || !t.endsWith(")")) {
            throw bad(field, v);
        }
        return vector(field, t.substring(1, t.length() - 1), v);
    }

    private double[] vector(String field, String inner, String whole) {
        String[] p = inner.split(",");
        double[] out = new double[p.length];
        for (int n = 0; n < p.length; n++) {
            try {
                out[n] = Double.parseDouble(p[n].trim());
            } catch (NumberFormatException e) {
                throw bad(field, whole);
            }
        }
        return out;
    }

    /** Doubles separated by whitespace (e.g. {@code spacings}; {@code nan} allowed), or null. */
    double[] doubles(String field) {
        String[] w = words(field);
        if (w == null) {
            return null;
        }
        double[] out = new double[w.length];
        for (int n = 0; n < w.length; n++) {
            try {
                out[n] = w[n].equalsIgnoreCase("nan") ? Double.NaN : Double.parseDouble(w[n]);
            } catch (NumberFormatException e) {
                throw bad(field, get(field));
            }
        }
        return out;
    }

    /** The pixel type of the {@code type} field, accepting every spelling the NRRD format defines. */
    PixelType pixelType() {
        String t = require("type").toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        return switch (t) {
            case "signed char", "int8", "int8_t" -> PixelType.INT8;
            case "uchar", "unsigned char", "uint8", "uint8_t" -> PixelType.UINT8;
            case "short", "short int", "signed short", "signed short int", "int16", "int16_t" -> PixelType.INT16;
            case "ushort", "unsigned short", "unsigned short int", "uint16", "uint16_t" -> PixelType.UINT16;
            case "int", "signed int", "int32", "int32_t" -> PixelType.INT32;
            case "uint", "unsigned int", "uint32", "uint32_t" -> PixelType.UINT32;
            case "float" -> PixelType.FLOAT32;
            case "double" -> PixelType.FLOAT64;
            default -> throw new InvalidInputException(file + ": NRRD type \"" + get("type")
                    + "\" is not supported; supported are 8-, 16- and 32-bit integers, float and double");
        };
    }

    /** The NRRD spelling written for a pixel type. */
    static String typeName(PixelType t) {
        return switch (t) {
            case INT8 -> "int8";
            case UINT8 -> "uint8";
            case INT16 -> "int16";
            case UINT16 -> "uint16";
            case INT32 -> "int32";
            case UINT32 -> "uint32";
            case FLOAT32 -> "float";
            case FLOAT64 -> "double";
        };
    }

    InvalidInputException bad(String field, String value) {
        return new InvalidInputException(file + ": cannot parse NRRD field \"" + field + "\": \"" + abbreviate(value) + "\"");
    }

    private static String key(String field) {
        return field.toLowerCase(Locale.ROOT).replace(" ", "");
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
