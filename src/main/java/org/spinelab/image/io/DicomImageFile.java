package org.spinelab.image.io;

import ij.ImagePlus;
import ij.Prefs;
import ij.measure.Calibration;
import ij.plugin.DICOM;
import ij.process.ImageProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.spinelab.util.InvalidInputException;

/**
 * One single-frame DICOM image read with ImageJ 1.x's DICOM reader ({@link DICOM}, headless): its
 * header and its voxel values with the modality rescale applied exactly once.
 *
 * <h2>Recovering stored values from ImageJ</h2>
 * ImageJ holds 16-bit pixels unsigned. For Pixel Representation 1 (signed) its reader stores
 * {@code stored + 32768} and describes that with a calibration function; depending on its preferences
 * the rescale is folded into that function, applied by converting to 32-bit, or ignored when slope ≠ 1.
 * We therefore (1) open with "ignore rescale slope" on and "open as float" off — the float path runs
 * {@code IJ.run("32-bit")}, which needs the ImageJ menus and fails headless — (2) take ImageJ's raw
 * pixel r and the offset o ∈ {0, 32768} that its calibration function states (o = 32768 when it maps
 * r to r − 32768 or to slope·(r − 32768) + intercept; o = 0 without a function, or when it maps r to
 * slope·r + intercept), refusing any other calibration, and (3) compute
 * <pre>  value = RescaleSlope · (r − o) + RescaleIntercept</pre>
 * from the header's own Rescale Slope (default 1) and Intercept (default 0).
 *
 * @param header the decoded header
 * @param columns Columns (0028,0011): the i extent
 * @param rows Rows (0028,0010): the j extent
 * @param values rescaled voxel values, i fastest
 * @param storedMin smallest stored (pre-rescale) value, for choosing the in-memory pixel type
 * @param storedMax largest stored value
 */
public record DicomImageFile(DicomHeader header, int columns, int rows, double[] values, double storedMin, double storedMax) {

    /** ImageJ's reader reads shared preferences; one image at a time keeps our temporary settings private. */
    private static final Object IMAGEJ_LOCK = new Object();

    /** ImageJ lists the byte offset of the pixel data as the value of this tag. */
    private static final String PIXEL_DATA = "7FE0,0010";

    private static final String TRANSFER_SYNTAX = "0002,0010";

    /** Implicit VR little endian, explicit VR little endian, explicit VR big endian. */
    private static final java.util.Set<String> UNCOMPRESSED =
            java.util.Set.of("1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2");

    private static final byte[] DICM = {'D', 'I', 'C', 'M'};

    /** True when {@code file} is a DICOM Part 10 file: {@code DICM} at byte offset 128. */
    public static boolean isDicomFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(132);
            return head.length == 132 && Arrays.equals(Arrays.copyOfRange(head, 128, 132), DICM);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads only the header, with ImageJ's {@link DICOM#getInfo} (no pixels). */
    public static DicomHeader readHeader(Path file) {
        if (!Files.isReadable(file)) {
            throw new InvalidInputException(file + ": cannot read (no permission)");
        }
        return DicomHeader.parse(new DICOM().getInfo(file.toString()), file.toString());
    }

    /** True when the header has Rows and Columns: an image, not a DICOMDIR, report or presentation state. */
    public static boolean isImage(DicomHeader h) {
        return h.has(DicomHeader.ROWS) && h.has(DicomHeader.COLUMNS);
    }

    /** Refuses compressed transfer syntaxes, which ImageJ's DICOM reader cannot decode. */
    public static void requireUncompressed(DicomHeader h) {
        String ts = h.string(TRANSFER_SYNTAX);
        if (ts != null && !UNCOMPRESSED.contains(ts.replace("\0", "").trim())) {
            throw new InvalidInputException(h.source() + ": transfer syntax " + ts
                    + " is compressed, which ImageJ's DICOM reader cannot decode; decompress the series first (e.g. dcmdjpeg, gdcmconv --raw)");
        }
    }

    /** Reads header and voxel values of a single-frame grayscale image. */
    public static DicomImageFile read(Path file) {
        return read(file, readHeader(file));
    }

    /** As {@link #read(Path)}, with the header already read by {@link #readHeader}. */
    public static DicomImageFile read(Path file, DicomHeader header) {
        Opened o = open(file, header);
        DicomHeader h = o.header;
        ImagePlus imp = o.imp;
        double frames = h.number(DicomHeader.NUMBER_OF_FRAMES, "Number of Frames", 1);
        if (frames > 1 || imp.getStackSize() > 1) {
            throw new InvalidInputException(file + ": multi-frame DICOM (" + (int) Math.max(frames, imp.getStackSize())
                    + " frames) is not supported; expected one image per file");
        }
        int bits = imp.getBitDepth();
        if (bits == 24) {
            throw new InvalidInputException(file + ": colour (RGB) DICOM is not supported; expected a grayscale MR/CT image");
        }
        double slope = h.number(DicomHeader.RESCALE_SLOPE, "Rescale Slope", 1);
        double intercept = h.number(DicomHeader.RESCALE_INTERCEPT, "Rescale Intercept", 0);
        if (slope == 0) {
            throw new InvalidInputException(file + ": Rescale Slope (0028,1053) is 0, which would erase the image");
        }
        double offset = bits == 16 ? signedOffset(imp.getCalibration(), slope, intercept, file) : 0;
        ImageProcessor ip = imp.getProcessor();
        int w = imp.getWidth();
        int hgt = imp.getHeight();
        double[] v = new double[w * hgt];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int y = 0; y < hgt; y++) {
            for (int x = 0; x < w; x++) {
                double stored = ip.getf(x, y) - offset;
                lo = Math.min(lo, stored);
                hi = Math.max(hi, stored);
                v[x + w * y] = slope * stored + intercept;
            }
        }
        return new DicomImageFile(h, w, hgt, v, lo, hi);
    }

    /**
     * The offset ImageJ added to 16-bit stored values, read from its calibration function
     * (see the class comment).
     */
    static double signedOffset(Calibration cal, double slope, double intercept, Path file) {
        if (cal.getFunction() == Calibration.NONE) {
            return 0;
        }
        double[] c = cal.getCoefficients();
        if (cal.getFunction() == Calibration.STRAIGHT_LINE && c != null && c.length >= 2) {
            for (double off : new double[] {32768, 0}) {
                if (maps(c, 1, -off) || maps(c, slope, intercept - slope * off)) {
                    return off;
                }
            }
        }
        throw new IllegalStateException(file + ": ImageJ's DICOM reader set an unexpected calibration (function "
                + cal.getFunction() + ", coefficients " + Arrays.toString(c) + ") for rescale slope " + slope
                + ", intercept " + intercept);
    }

    /**
     * Refuses a file cut short inside its pixel data (ImageJ would fail with a null image): the pixel
     * data starts at the offset ImageJ lists for (7FE0,0010) and holds Rows · Columns · frames ·
     * Bits Allocated / 8 bytes.
     */
    private static void checkComplete(Path file, DicomHeader h) {
        String offset = h.string(PIXEL_DATA);
        if (offset == null) {
            throw new InvalidInputException(file + ": no Pixel Data (7FE0,0010) found; damaged or not an image");
        }
        try {
            long start = Long.parseLong(offset.trim());
            long need = (long) h.requireNumber(DicomHeader.ROWS, "Rows") * (long) h.requireNumber(DicomHeader.COLUMNS, "Columns")
                    * (long) Math.max(1, h.number(DicomHeader.NUMBER_OF_FRAMES, "Number of Frames", 1))
                    * (long) h.number(DicomHeader.BITS_ALLOCATED, "Bits Allocated", 16) / 8;
            long size = Files.size(file);
            if (start + need > size) {
                throw new InvalidInputException(file + ": truncated: the pixel data needs " + need + " bytes from offset "
                        + start + " but the file has " + size + " bytes");
            }
        } catch (NumberFormatException e) {
            // ImageJ lists the offset as a number; anything else leaves the check to ImageJ.
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** True when the line c0 + c1·r equals a·r + b (within rounding). */
    private static boolean maps(double[] c, double a, double b) {
        return Math.abs(c[1] - a) <= 1e-9 * Math.max(1, Math.abs(a)) && Math.abs(c[0] - b) <= 1e-6 * Math.max(1, Math.abs(b));
    }

    private record Opened(ImagePlus imp, DicomHeader header) {}

    private static Opened open(Path file, DicomHeader pre) {
        requireUncompressed(pre);
        if (!isImage(pre)) {
            throw new InvalidInputException(file + ": no image (no Rows/Columns: a DICOMDIR, report, or damaged header)");
        }
        checkComplete(file, pre);
        DICOM dicom = new DICOM();
        synchronized (IMAGEJ_LOCK) {
            boolean ignoreSlope = Prefs.ignoreRescaleSlope;
            boolean asFloat = Prefs.openDicomsAsFloat;
            try {
                Prefs.ignoreRescaleSlope = true;
                Prefs.openDicomsAsFloat = false;
                dicom.open(file.toString());
            } catch (RuntimeException e) {
                throw new InvalidInputException(file + ": ImageJ's DICOM reader failed: " + e, e);
            } finally {
                Prefs.ignoreRescaleSlope = ignoreSlope;
                Prefs.openDicomsAsFloat = asFloat;
            }
        }
        if (dicom.getWidth() == 0 || dicom.getProcessor() == null) {
            throw new InvalidInputException(file + ": ImageJ's DICOM reader could not decode this file "
                    + "(no image data, a compressed transfer syntax, or a damaged header)");
        }
        DicomHeader h = DicomHeader.parse(dicom.getInfoProperty(), file.toString());
        return new Opened(dicom, h);
    }
}
