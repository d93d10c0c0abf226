package org.spinelab.image.io;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spinelab.util.InvalidInputException;

/**
 * The header of one DICOM file as ImageJ 1.x's DICOM reader lists it: lines of the form
 * {@code gggg,eeee  Name: value}. ImageJ decodes the header; this class only looks values up by tag
 * and converts them. Lines of nested sequence items (which ImageJ prefixes with {@code >}) are not
 * top-level attributes and are ignored; of repeated tags the first wins.
 */
public final class DicomHeader {

    public static final String MODALITY = "0008,0060";
    public static final String SERIES_DESCRIPTION = "0008,103E";
    public static final String SOP_CLASS_UID = "0008,0016";
    public static final String SLICE_THICKNESS = "0018,0050";
    public static final String SPACING_BETWEEN_SLICES = "0018,0088";
    public static final String SERIES_INSTANCE_UID = "0020,000E";
    public static final String SERIES_NUMBER = "0020,0011";
    public static final String INSTANCE_NUMBER = "0020,0013";
    public static final String IMAGE_POSITION = "0020,0032";
    public static final String IMAGE_ORIENTATION = "0020,0037";
    public static final String FRAME_OF_REFERENCE_UID = "0020,0052";
    public static final String NUMBER_OF_FRAMES = "0028,0008";
    public static final String ROWS = "0028,0010";
    public static final String COLUMNS = "0028,0011";
    public static final String PIXEL_SPACING = "0028,0030";
    public static final String BITS_ALLOCATED = "0028,0100";
    public static final String PIXEL_REPRESENTATION = "0028,0103";
    public static final String RESCALE_INTERCEPT = "0028,1052";
    public static final String RESCALE_SLOPE = "0028,1053";

    private static final Pattern LINE = Pattern.compile("^([0-9A-Fa-f]{4},[0-9A-Fa-f]{4})[^:]*:(.*)$");

    private final Map<String, String> values;
    private final String source;

    private DicomHeader(Map<String, String> values, String source) {
        this.values = values;
        this.source = source;
    }

    /**
     * Parses ImageJ's header listing. {@code source} names the file in error messages. Text before the
     * first tag line (FolderOpener puts the file name there in slice labels) is skipped.
     */
    public static DicomHeader parse(String info, String source) {
        Map<String, String> v = new LinkedHashMap<>();
        if (info != null) {
            for (String line : info.split("\\R")) {
                Matcher m = LINE.matcher(line);
                if (m.matches()) {
                    v.putIfAbsent(m.group(1).toUpperCase(Locale.ROOT), m.group(2).trim());
                }
            }
        }
        return new DicomHeader(v, source);
    }

    /** True when the text held at least one DICOM attribute. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    public String source() {
        return source;
    }

    public boolean has(String tag) {
        String s = values.get(tag);
        return s != null && !s.isEmpty();
    }

    /** The trimmed value, or {@code null} when absent or empty. */
    public String string(String tag) {
        String s = values.get(tag);
        return s == null || s.isEmpty() ? null : s;
    }

    /** A required string value. */
    public String requireString(String tag, String name) {
        String s = string(tag);
        if (s == null) {
            throw missing(tag, name);
        }
        return s;
    }

    /** A multi-valued decimal string (values separated by backslashes) with exactly {@code n} values. */
    public double[] requireDoubles(String tag, String name, int n) {
        String s = requireString(tag, name);
        String[] parts = s.split("\\\\");
        if (parts.length != n) {
            throw new InvalidInputException(source + ": " + name + " (" + tag + ") has "
                    + parts.length + " values, expected " + n + ": '" + s + "'");
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = parseNumber(parts[i], tag, name);
        }
        return d;
    }

    /** A single number, or {@code fallback} when the attribute is absent or empty. */
    public double number(String tag, String name, double fallback) {
        String s = string(tag);
        if (s == null) {
            return fallback;
        }
        // Multi-valued where one is expected (seen for Rescale Slope in some files): take the first.
        int bs = s.indexOf('\\');
        return parseNumber(bs >= 0 ? s.substring(0, bs) : s, tag, name);
    }

    public double requireNumber(String tag, String name) {
        if (!has(tag)) {
            throw missing(tag, name);
        }
        return number(tag, name, Double.NaN);
    }

    private double parseNumber(String s, String tag, String name) {
        try {
            double d = Double.parseDouble(s.trim());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    source + ": " + name + " (" + tag + ") is not a number: '" + s.trim() + "'");
        }
    }

    private InvalidInputException missing(String tag, String name) {
        return new InvalidInputException(source + ": DICOM attribute " + name + " (" + tag + ") is missing");
    }
}
