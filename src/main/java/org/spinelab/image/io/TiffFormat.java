package org.spinelab.image.io;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileInfo;
import ij.io.FileSaver;
import ij.io.Opener;
import ij.measure.Calibration;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import ij.process.ByteProcessor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.spinelab.image.Geometry;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.util.AtomicOutput;
import org.spinelab.util.InvalidInputException;

/**
 * TIFF images and stacks ({@code .tif}, {@code .tiff}) through ImageJ 1.x's TIFF reader and encoder
 * (headless: no {@code ij.gui}).
 *
 * <h2>Coordinates — TIFF has no patient orientation</h2>
 * A TIFF file knows its voxel size (ImageJ's {@link Calibration}: {@code pixelWidth}, {@code pixelHeight},
 * {@code pixelDepth} and a unit) and at most an offset ({@code xOrigin}, {@code yOrigin}, {@code zOrigin},
 * in pixels, so that calibrated x = (i − xOrigin) · pixelWidth), but not how the image lies in the
 * patient. The geometry read is therefore axis-aligned by convention: i along +x (L), j along +y (P),
 * k along +z (S) of LPS, spacing in mm (converted from cm, µm, nm, m or inch; 1 per pixel when
 * uncalibrated), origin {@code −xOrigin · pixelWidth} etc. Do not combine a TIFF with DICOM or NIfTI
 * images of the same patient as if the coordinates were comparable.
 *
 * <h2>Types</h2>
 * 8-bit → uint8, 16-bit → uint16 (or int16 when ImageJ flags it signed), 32-bit → float32 (ImageJ
 * opens 32-bit integer TIFFs as float). Colour (RGB) images and hyperstacks with several channels or
 * time points are refused. Writing uses 8-bit, 16-bit or 32-bit float, whichever holds every voxel
 * exactly; volumes that only float64 can hold, and volumes whose axes are not aligned with LPS (whose
 * orientation a TIFF would silently drop), are refused: write NIfTI or NRRD instead.
 */
public final class TiffFormat implements VolumeFormat {

    @Override
    public String name() {
        return "TIFF";
    }

    @Override
    public boolean accepts(Path path) {
        String n = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".tif") || n.endsWith(".tiff");
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    @Override
    public Volume read(Path path) throws IOException {
        Path abs = path.toAbsolutePath();
        FileInfo[] info = Opener.getTiffFileInfo(abs.toString());
        if (info == null || info.length == 0) {
            throw new InvalidInputException(path + ": not a readable TIFF file");
        }
        Opener opener = new Opener();
        opener.setSilentMode(true);
        ImagePlus imp = opener.openTiff(abs.getParent().toString() + java.io.File.separator, abs.getFileName().toString());
        if (imp == null) {
            throw new InvalidInputException(path + ": not a readable TIFF file");
        }
        if (imp.getNChannels() > 1 || imp.getNFrames() > 1) {
            throw new InvalidInputException(path + ": TIFF hyperstack with " + imp.getNChannels() + " channels and "
                    + imp.getNFrames() + " time points; a single-channel 3-D image is required");
        }
        if (imp.getType() == ImagePlus.COLOR_RGB) {
            throw new InvalidInputException(path + ": RGB colour TIFF; a greyscale image is required");
        }
        Calibration cal = imp.getCalibration();
        boolean signed16 = imp.getBitDepth() == 16 && cal.isSigned16Bit();
        PixelType type = switch (imp.getBitDepth()) {
            case 8 -> PixelType.UINT8;
            case 16 -> signed16 ? PixelType.INT16 : PixelType.UINT16;
            case 32 -> PixelType.FLOAT32;
            default -> throw new InvalidInputException(path + ": TIFF of " + imp.getBitDepth() + " bits per pixel is not supported");
        };
        int nx = imp.getWidth(), ny = imp.getHeight(), nz = imp.getStackSize();
        double[] data = new double[Math.multiplyExact(Math.multiplyExact(nx, ny), nz)];
        ImageStack stack = imp.getStack();
        int plane = nx * ny;
        for (int z = 0; z < nz; z++) {
            ImageProcessor ip = stack.getProcessor(z + 1);
            for (int n = 0; n < plane; n++) {
                double v = ip.getf(n);
                data[z * plane + n] = signed16 ? v - 32768 : v;
            }
        }
        double mm = unitToMm(cal.getUnit());
        double[] spacing = {cal.pixelWidth * mm, cal.pixelHeight * mm, cal.pixelDepth * mm};
        for (int a = 0; a < 3; a++) {
            if (!(spacing[a] > 0) || !Double.isFinite(spacing[a])) {
                spacing[a] = 1;
            }
        }
        double[] origin = {-cal.xOrigin * spacing[0], -cal.yOrigin * spacing[1], -cal.zOrigin * spacing[2]};
        Geometry g = Geometry.axisAligned(new long[] {nx, ny, nz}, spacing, origin);
        String title = imp.getTitle();
        return Volume.wrap(g, data, new VolumeMetadata(null, title, null, null, path.toString(), type));
    }

    /** Millimetres per calibration unit; 1 when the unit is unknown or "pixel". */
    static double unitToMm(String unit) {
        if (unit == null) {
            return 1;
        }
        return switch (unit.trim().toLowerCase(Locale.ROOT)) {
            case "mm", "millimeter", "millimetre" -> 1;
            case "cm", "centimeter", "centimetre" -> 10;
            case "m", "meter", "metre" -> 1000;
            case "micron", "microns", "um", "\u00b5m", "\u03bcm", "micrometer", "micrometre" -> 1e-3;
            case "nm", "nanometer", "nanometre" -> 1e-6;
            case "inch", "inches", "in" -> 25.4;
            default -> 1;
        };
    }

    @Override
    public void write(Volume volume, Path path) throws IOException {
        Geometry g = volume.geometry();
        double[][] d = g.direction();
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                if (Math.abs(d[r][c] - (r == c ? 1 : 0)) > 1e-6) {
                    throw new InvalidInputException(path + ": TIFF cannot store an image orientation and this"
                            + " image is not axis-aligned; write .nii or .nrrd instead");
                }
            }
        }
        double[] v = volume.data();
        PixelType own = volume.metadata().pixelType();
        int bits;
        if (own == PixelType.UINT8 && PixelType.UINT8.canHold(v)) {
            bits = 8;
        } else if (own != null && own.isInteger() && PixelType.UINT16.canHold(v)) {
            bits = 16;
        } else if (PixelType.FLOAT32.canHold(v)) {
            bits = 32;
        } else {
            throw new InvalidInputException(path + ": TIFF (8/16-bit or 32-bit float) cannot hold these voxel values"
                    + " exactly; write .nii or .nrrd instead");
        }
        int nx = volume.nx(), ny = volume.ny(), nz = volume.nz();
        int plane = nx * ny;
        ImageStack stack = new ImageStack(nx, ny);
        for (int z = 0; z < nz; z++) {
            ImageProcessor ip = switch (bits) {
                case 8 -> new ByteProcessor(nx, ny);
                case 16 -> new ShortProcessor(nx, ny);
                default -> new FloatProcessor(nx, ny);
            };
            for (int n = 0; n < plane; n++) {
                ip.setf(n, (float) v[z * plane + n]);
            }
            stack.addSlice(ip);
        }
        ImagePlus imp = new ImagePlus(path.getFileName().toString(), stack);
        Calibration cal = imp.getCalibration();
        double[] s = g.spacing();
        double[] o = g.origin();
        cal.setUnit("mm");
        cal.pixelWidth = s[0];
        cal.pixelHeight = s[1];
        cal.pixelDepth = s[2];
        cal.xOrigin = -o[0] / s[0];
        cal.yOrigin = -o[1] / s[1];
        cal.zOrigin = -o[2] / s[2];
        byte[] tiff = new FileSaver(imp).serialize();
        if (tiff == null) {
            throw new IOException("ImageJ could not encode the TIFF");
        }
        AtomicOutput.write(path, out -> out.write(tiff));
    }
}
