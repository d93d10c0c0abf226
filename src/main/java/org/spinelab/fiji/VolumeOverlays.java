package org.spinelab.fiji;

import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.LUT;
import java.awt.Color;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;

/**
 * Volumes drawn over an image of the same grid as ImageJ {@link Overlay}s: one {@link ImageRoi} per
 * slice (positioned on that slice), so the image underneath stays untouched and the overlay can be
 * hidden, re-coloured or flattened by the user. Labels are filled in a colour per label value;
 * heat maps (e.g. attention maps) go through a lookup table. Both are drawn with an opacity.
 */
public final class VolumeOverlays {

    /** Colours of labels 1, 2, 3, … (repeating). */
    static final Color[] LABEL_COLORS = {Color.YELLOW, Color.CYAN, Color.MAGENTA, Color.GREEN, Color.ORANGE, Color.RED};

    private VolumeOverlays() {}

    /** Every non-zero label filled in its colour; slices without a label get no ROI. */
    public static Overlay labels(LabelVolume labels, double opacity) {
        Volume v = labels.volume();
        Overlay overlay = new Overlay();
        for (int k = 0; k < v.nz(); k++) {
            ColorProcessor cp = new ColorProcessor(v.nx(), v.ny());
            boolean any = false;
            for (int j = 0; j < v.ny(); j++) {
                for (int i = 0; i < v.nx(); i++) {
                    int l = labels.label(i, j, k);
                    if (l != 0) {
                        cp.set(i, j, LABEL_COLORS[(l - 1) % LABEL_COLORS.length].getRGB() & 0xffffff);
                        any = true;
                    }
                }
            }
            if (any) {
                overlay.add(slice(cp, k, opacity, "label slice " + (k + 1)));
            }
        }
        return overlay;
    }

    /**
     * A heat map over every slice: values from {@code min} (transparent) to {@code max} through
     * {@code lut}, e.g. {@code LUT.createLutFromColor} or ImageJ's "Fire"; values at or below
     * {@code min} are not drawn.
     */
    public static Overlay heatmap(Volume map, LUT lut, double min, double max, double opacity) {
        Overlay overlay = new Overlay();
        for (int k = 0; k < map.nz(); k++) {
            float[] px = new float[map.nx() * map.ny()];
            for (int j = 0; j < map.ny(); j++) {
                for (int i = 0; i < map.nx(); i++) {
                    px[j * map.nx() + i] = (float) map.get(i, j, k);
                }
            }
            overlay.add(heatmapSlice(px, map.nx(), map.ny(), k, lut, min, max, opacity));
        }
        return overlay;
    }

    /**
     * One slice of a heat map ({@code pixels[j·width + i]}) as an {@link ImageRoi} on slice {@code k}
     * (0-based) — e.g. a network's attention map, which exists on one slice only.
     */
    public static ImageRoi heatmapSlice(float[] pixels, int width, int height, int k, LUT lut, double min, double max,
            double opacity) {
        FloatProcessor fp = new FloatProcessor(width, height, pixels.clone());
        fp.setLut(lut);
        fp.setMinAndMax(min, max);
        // 8-bit through the LUT, index 0 (≤ min) transparent
        ColorProcessor cp = fp.convertToByteProcessor(true).convertToColorProcessor();
        for (int p = 0; p < fp.getPixelCount(); p++) {
            if (fp.getf(p) <= min) {
                cp.set(p, 0);
            }
        }
        return slice(cp, k, opacity, "heat map slice " + (k + 1));
    }

    private static ImageRoi slice(ColorProcessor cp, int k, double opacity, String name) {
        ImageRoi roi = new ImageRoi(0, 0, cp);
        roi.setZeroTransparent(true);
        roi.setOpacity(opacity);
        roi.setPosition(k + 1);
        roi.setName(name);
        return roi;
    }
}
