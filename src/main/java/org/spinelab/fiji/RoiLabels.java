package org.spinelab.fiji;

import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.macro.Interpreter;
import ij.plugin.frame.RoiManager;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import java.awt.Rectangle;
import org.spinelab.util.InvalidInputException;

/**
 * A label image built from area ROIs drawn on the slices of a source image (the ROI Manager's, or the
 * source's overlay): each ROI is filled on the slice it is positioned on, with its group number as the
 * label value (1 for ROIs without a group), later ROIs over earlier ones. The result has the source's
 * stack layout, slice labels and properties, so {@link ImagePlusBridge#toVolume} gives it exactly the
 * source's grid — including the re-ordering of DICOM slices by position, which a ROI's slice number
 * (a stack index) does not know about.
 */
final class RoiLabels {

    private RoiLabels() {}

    /** The ROIs of the ROI Manager (in a batch-mode macro, the macro's hidden one). */
    static Roi[] fromRoiManager(String key) {
        RoiManager rm = RoiManager.getInstance();
        if (rm == null && Interpreter.isBatchMode()) {
            rm = Interpreter.getBatchModeRoiManager();
        }
        if (rm == null || rm.getCount() == 0) {
            throw new InvalidInputException(key + ": the ROI Manager is " + (rm == null ? "not open" : "empty")
                    + "; draw the lesion on the source's slices and add each outline with Add [t]");
        }
        return rm.getRoisAsArray();
    }

    /** The ROIs of the source's overlay (added with Image › Overlay › Add Selection [b]). */
    static Roi[] fromOverlay(ImagePlus source, String key) {
        Overlay overlay = source.getOverlay();
        if (overlay == null || overlay.size() == 0) {
            throw new InvalidInputException(key + ": image '" + source.getTitle() + "' has no overlay ROIs"
                    + "; add each outline with Image › Overlay › Add Selection");
        }
        return overlay.toArray();
    }

    /**
     * @param what names the ROIs' origin in error messages, e.g. "labels_from=roi manager"
     */
    static ImagePlus of(ImagePlus source, Roi[] rois, String what) {
        int nx = source.getWidth();
        int ny = source.getHeight();
        int nz = source.getStackSize();
        ImageStack sourceStack = source.getStack();
        ImageStack stack = new ImageStack(nx, ny);
        for (int z = 1; z <= nz; z++) {
            stack.addSlice(sourceStack.getSliceLabel(z), new FloatProcessor(nx, ny));
        }
        boolean any = false;
        for (int n = 0; n < rois.length; n++) {
            Roi roi = rois[n];
            String name = "ROI " + (n + 1) + (roi.getName() == null ? "" : " '" + roi.getName() + "'");
            if (!roi.isArea()) {
                throw new InvalidInputException(what + ": " + name + " is a " + roi.getTypeAsString()
                        + ", not an area; label ROIs must enclose the lesion");
            }
            int z = slice(roi, nz);
            if (z < 1) {
                throw new InvalidInputException(what + ": " + name + " has no slice position; add it while its slice"
                        + " is shown (ROI Manager › More › Options › Associate with slices)");
            }
            if (z > nz) {
                throw new InvalidInputException(what + ": " + name + " is on slice " + z + ", image '" + source.getTitle()
                        + "' has " + nz);
            }
            any |= fill(stack.getProcessor(z), roi, roi.getGroup() > 0 ? roi.getGroup() : 1);
        }
        if (!any) {
            throw new InvalidInputException(what + ": the ROIs cover no pixel of image '" + source.getTitle() + "'");
        }
        ImagePlus out = new ImagePlus(source.getTitle() + "-roi-labels", stack);
        out.setCalibration(source.getCalibration().copy());
        String[] props = source.getPropertiesAsArray();
        if (props != null) {
            out.setProperties(props);
        }
        if (source.getProperty("Info") != null) {
            out.setProperty("Info", source.getProperty("Info"));
        }
        return out;
    }

    /** The ROI's stack slice: its z position in a hyperstack, else its position; 1 for a single image. */
    private static int slice(Roi roi, int nz) {
        int z = roi.hasHyperStackPosition() ? roi.getZPosition() : roi.getPosition();
        return z == 0 && nz == 1 ? 1 : z;
    }

    /** Sets the pixels inside the ROI to {@code value}; whether any pixel of the image was inside. */
    private static boolean fill(ImageProcessor ip, Roi roi, int value) {
        Rectangle b = roi.getBounds();
        ImageProcessor mask = roi.getMask();
        boolean any = false;
        for (int y = Math.max(0, b.y); y < Math.min(ip.getHeight(), b.y + b.height); y++) {
            for (int x = Math.max(0, b.x); x < Math.min(ip.getWidth(), b.x + b.width); x++) {
                if (mask == null || mask.get(x - b.x, y - b.y) != 0) {
                    ip.setf(x, y, value);
                    any = true;
                }
            }
        }
        return any;
    }
}
