package org.spinelab.fiji;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spinelab.image.Affine;
import org.spinelab.image.Geometry;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.image.io.DicomHeader;
import org.spinelab.image.io.DicomSeriesGeometry;
import org.spinelab.image.io.DicomSlicePlacement;
import org.spinelab.util.InvalidInputException;

/**
 * Converts between our {@link Volume} and ImageJ 1.x's {@link ImagePlus} (no GUI classes involved).
 *
 * <p>Volume → ImagePlus: a 32-bit stack (x = i, y = j, slice = k + 1) titled after the series, with
 * Calibration spacing (mm) for ImageJ's own measurements, and the exact index→LPS affine plus the
 * metadata in ImagePlus properties ({@value #GEOMETRY_PROPERTY}, …) so that converting back is exact —
 * ImageJ's Calibration cannot hold an orientation.
 *
 * <p>ImagePlus → Volume, geometry from the first source that applies:
 * <ol>
 *   <li>the {@value #GEOMETRY_PROPERTY} property, when its dimensions match the image;</li>
 *   <li>DICOM headers — one per slice in the stack slice labels (as ImageJ's "Image Sequence" /
 *       {@code FolderOpener} stores them), or the "Info" property of a single image — through
 *       {@link DicomSeriesGeometry}, slices reordered along the normal exactly as the DICOM reader does
 *       (ImageJ's stack calibration, e.g. 3.96 mm for an 8° oblique stack with 4 mm spacing, is not used);</li>
 *   <li>otherwise an axis-aligned grid from the Calibration (pixel width/height/depth, origin).</li>
 * </ol>
 * Voxel values are the calibrated values ImageJ shows (its calibration function applied to 8/16-bit
 * pixels, e.g. the −32768 offset of signed DICOM), raw values for 32-bit. Hyperstacks with several
 * channels or frames are refused.
 */
public final class ImagePlusBridge {

    /** Dimensions and the 3×4 index→LPS affine, row-major, as exact decimal doubles. */
    public static final String GEOMETRY_PROPERTY = "spinelab.geometry";
    static final String MODALITY = "spinelab.modality";
    static final String DESCRIPTION = "spinelab.seriesDescription";
    static final String FRAME_OF_REFERENCE = "spinelab.frameOfReferenceUid";
    static final String SERIES_UID = "spinelab.seriesInstanceUid";
    static final String SOURCE = "spinelab.source";
    static final String PIXEL_TYPE = "spinelab.pixelType";

    private ImagePlusBridge() {}

    public static ImagePlus toImagePlus(Volume v) {
        int nx = v.nx();
        int ny = v.ny();
        ImageStack stack = new ImageStack(nx, ny);
        double[] d = v.data();
        for (int k = 0; k < v.nz(); k++) {
            float[] px = new float[nx * ny];
            int base = v.index(0, 0, k);
            for (int p = 0; p < px.length; p++) {
                px[p] = (float) d[base + p];
            }
            stack.addSlice(null, new FloatProcessor(nx, ny, px));
        }
        ImagePlus imp = new ImagePlus(title(v.metadata()), stack);
        Geometry g = v.geometry();
        double[] s = g.spacing();
        Calibration cal = new Calibration();
        cal.pixelWidth = s[0];
        cal.pixelHeight = s[1];
        cal.pixelDepth = s[2];
        cal.setUnit("mm");
        if (isIdentityDirection(g)) {
            // ImageJ's origin is in pixels: calibrated x = (x − xOrigin) · pixelWidth.
            double[] o = g.origin();
            cal.xOrigin = -o[0] / s[0];
            cal.yOrigin = -o[1] / s[1];
            cal.zOrigin = -o[2] / s[2];
        }
        imp.setCalibration(cal);
        imp.setProp(GEOMETRY_PROPERTY, encode(g));
        VolumeMetadata m = v.metadata();
        setIfPresent(imp, MODALITY, m.modality());
        setIfPresent(imp, DESCRIPTION, m.seriesDescription());
        setIfPresent(imp, FRAME_OF_REFERENCE, m.frameOfReferenceUid());
        setIfPresent(imp, SERIES_UID, m.seriesInstanceUid());
        setIfPresent(imp, SOURCE, m.source());
        setIfPresent(imp, PIXEL_TYPE, m.pixelType() == null ? null : m.pixelType().name());
        return imp;
    }

    public static Volume toVolume(ImagePlus imp) {
        String what = "image '" + imp.getTitle() + "'";
        if (imp.getNChannels() > 1 || imp.getNFrames() > 1) {
            throw new InvalidInputException(what + ": has " + imp.getNChannels() + " channels and " + imp.getNFrames()
                    + " frames; a volume needs one channel and one time point");
        }
        if (imp.getBitDepth() == 24) {
            throw new InvalidInputException(what + ": is an RGB image; convert it to grayscale first");
        }
        int nx = imp.getWidth();
        int ny = imp.getHeight();
        int nz = imp.getStackSize();
        long[] dims = {nx, ny, nz};
        double[] data = values(imp);

        Geometry g = decode(imp.getProp(GEOMETRY_PROPERTY), dims);
        VolumeMetadata meta = null;
        if (g == null) {
            DicomStack dicom = DicomStack.of(imp, what);
            if (dicom != null) {
                data = dicom.reorder(data, nx * ny);
                g = dicom.geometry;
                meta = dicom.metadata.withPixelType(narrowest(data));
            } else {
                g = fromCalibration(imp.getCalibration(), dims);
            }
        }
        if (meta == null) {
            meta = new VolumeMetadata(imp.getProp(MODALITY), orTitle(imp.getProp(DESCRIPTION), imp),
                    imp.getProp(FRAME_OF_REFERENCE), imp.getProp(SERIES_UID), imp.getProp(SOURCE), pixelType(imp, data));
        }
        return Volume.wrap(g, data, meta);
    }

    /** Calibrated voxel values, slice after slice, i fastest. */
    private static double[] values(ImagePlus imp) {
        int nx = imp.getWidth();
        int ny = imp.getHeight();
        ImageStack stack = imp.getStack();
        Calibration cal = imp.getCalibration();
        boolean calibrated = imp.getBitDepth() != 32 && cal.calibrated();
        double[] d = new double[Math.toIntExact((long) nx * ny * stack.getSize())];
        for (int k = 0; k < stack.getSize(); k++) {
            ImageProcessor ip = stack.getProcessor(k + 1);
            int base = k * nx * ny;
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    double raw = ip.getf(x, y);
                    d[base + x + nx * y] = calibrated ? cal.getCValue(raw) : raw;
                }
            }
        }
        return d;
    }

    static String encode(Geometry g) {
        StringBuilder sb = new StringBuilder();
        long[] dims = g.dims();
        sb.append(dims[0]).append(' ').append(dims[1]).append(' ').append(dims[2]);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                sb.append(' ').append(g.indexToLps().get(r, c));
            }
        }
        return sb.toString();
    }

    /** The geometry of the property, or null when absent, malformed, or made for other dimensions. */
    static Geometry decode(String prop, long[] dims) {
        if (prop == null) {
            return null;
        }
        String[] t = prop.trim().split("\\s+");
        if (t.length != 15) {
            return null;
        }
        try {
            for (int a = 0; a < 3; a++) {
                if (Long.parseLong(t[a]) != dims[a]) {
                    return null; // cropped or resized since: the stored placement no longer applies
                }
            }
            double[][] rows = new double[3][4];
            for (int q = 0; q < 12; q++) {
                rows[q / 4][q % 4] = Double.parseDouble(t[3 + q]);
            }
            return new Geometry(dims, Affine.of(rows));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Axis-aligned (identity directions), spacing and origin from ImageJ's calibration. */
    static Geometry fromCalibration(Calibration cal, long[] dims) {
        double pw = positive(cal.pixelWidth);
        double ph = positive(cal.pixelHeight);
        double pd = positive(cal.pixelDepth);
        double scale = unitToMm(cal.getUnit());
        return Geometry.axisAligned(dims, new double[] {pw * scale, ph * scale, pd * scale},
                new double[] {-cal.xOrigin * pw * scale, -cal.yOrigin * ph * scale, -cal.zOrigin * pd * scale});
    }

    private static double positive(double v) {
        return v > 0 && Double.isFinite(v) ? v : 1;
    }

    /** Millimetres per calibration unit; uncalibrated pixels count as 1 mm. */
    private static double unitToMm(String unit) {
        if (unit == null) {
            return 1;
        }
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "cm" -> 10;
            case "m", "meter", "metre" -> 1000;
            case "µm", "um", "micron", "microns" -> 1e-3;
            case "nm" -> 1e-6;
            default -> 1;
        };
    }

    private static boolean isIdentityDirection(Geometry g) {
        double[][] d = g.direction();
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                if (Math.abs(d[r][c] - (r == c ? 1 : 0)) > 1e-12) {
                    return false;
                }
            }
        }
        return true;
    }

    private static PixelType pixelType(ImagePlus imp, double[] data) {
        String p = imp.getProp(PIXEL_TYPE);
        if (p != null) {
            try {
                PixelType t = PixelType.valueOf(p);
                if (t.canHold(data)) {
                    return t;
                }
            } catch (IllegalArgumentException e) {
                // not one of ours: fall through to the ImageJ type
            }
        }
        PixelType t = switch (imp.getBitDepth()) {
            case 8 -> PixelType.UINT8;
            case 16 -> PixelType.UINT16;
            default -> PixelType.FLOAT32;
        };
        return t.canHold(data) ? t : narrowest(data);
    }

    /** The first of UINT8, INT8, UINT16, INT16, INT32, FLOAT32 that holds every value, else FLOAT64. */
    static PixelType narrowest(double[] data) {
        for (PixelType t : new PixelType[] {PixelType.UINT8, PixelType.INT8, PixelType.UINT16, PixelType.INT16,
                PixelType.INT32, PixelType.FLOAT32}) {
            if (t.canHold(data)) {
                return t;
            }
        }
        return PixelType.FLOAT64;
    }

    private static String title(VolumeMetadata m) {
        if (m.seriesDescription() != null && !m.seriesDescription().isBlank()) {
            return m.seriesDescription();
        }
        if (m.source() != null && !m.source().isBlank()) {
            Path f = Path.of(m.source()).getFileName();
            return f == null ? m.source() : f.toString();
        }
        return "volume";
    }

    private static String orTitle(String s, ImagePlus imp) {
        return s != null ? s : imp.getTitle();
    }

    private static void setIfPresent(ImagePlus imp, String key, String value) {
        if (value != null) {
            imp.setProp(key, value);
        }
    }

    /** Per-slice DICOM headers of an ImagePlus, and the grid they describe. */
    private record DicomStack(Geometry geometry, int[] order, VolumeMetadata metadata) {

        static DicomStack of(ImagePlus imp, String what) {
            int nz = imp.getStackSize();
            List<DicomHeader> headers = new ArrayList<>();
            ImageStack stack = imp.getStack();
            for (int k = 1; k <= nz; k++) {
                String label = stack.getSliceLabel(k);
                DicomHeader h = DicomHeader.parse(label, what + " slice " + k);
                if (!h.has(DicomHeader.IMAGE_POSITION)) {
                    headers.clear();
                    break;
                }
                headers.add(h);
            }
            if (headers.isEmpty()) {
                DicomHeader info = DicomHeader.parse(imp.getInfoProperty(), what);
                if (!info.has(DicomHeader.IMAGE_POSITION) || !info.has(DicomHeader.IMAGE_ORIENTATION)) {
                    return null;
                }
                // One header for the whole stack (a single image, or a multi-frame file): slices step
                // along the normal by Spacing Between Slices, else the calibration's depth.
                DicomSlicePlacement p = DicomSlicePlacement.of(info);
                double spacing = info.number(DicomHeader.SPACING_BETWEEN_SLICES, "Spacing Between Slices",
                        positive(imp.getCalibration().pixelDepth));
                Geometry g = DicomSeriesGeometry.of(List.of(p), imp.getWidth(), imp.getHeight(), spacing, what)
                        .withDims(new long[] {imp.getWidth(), imp.getHeight(), nz});
                return new DicomStack(g, identity(nz), metadata(info, imp));
            }
            List<DicomSlicePlacement> placements = new ArrayList<>();
            for (DicomHeader h : headers) {
                placements.add(DicomSlicePlacement.of(h));
            }
            int[] order = DicomSeriesGeometry.sortedOrder(placements, what);
            List<DicomSlicePlacement> sorted = new ArrayList<>();
            for (int s : order) {
                sorted.add(placements.get(s));
            }
            DicomHeader h0 = headers.get(order[0]);
            double fallback = h0.number(DicomHeader.SPACING_BETWEEN_SLICES, "Spacing Between Slices",
                    h0.number(DicomHeader.SLICE_THICKNESS, "Slice Thickness", 1));
            Geometry g = DicomSeriesGeometry.of(sorted, imp.getWidth(), imp.getHeight(), fallback, what);
            return new DicomStack(g, order, metadata(h0, imp));
        }

        double[] reorder(double[] data, int plane) {
            double[] out = new double[data.length];
            for (int k = 0; k < order.length; k++) {
                System.arraycopy(data, order[k] * plane, out, k * plane, plane);
            }
            return out;
        }

        private static int[] identity(int n) {
            int[] o = new int[n];
            for (int k = 0; k < n; k++) {
                o[k] = k;
            }
            return o;
        }

        private static VolumeMetadata metadata(DicomHeader h, ImagePlus imp) {
            return new VolumeMetadata(h.string(DicomHeader.MODALITY), h.string(DicomHeader.SERIES_DESCRIPTION),
                    h.string(DicomHeader.FRAME_OF_REFERENCE_UID), h.string(DicomHeader.SERIES_INSTANCE_UID), imp.getTitle(),
                    PixelType.FLOAT64);
        }
    }
}
