package org.spinelab.fiji;

import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.TextRoi;
import ij.plugin.LutLoader;
import ij.process.ByteProcessor;
import ij.process.LUT;
import java.awt.Color;
import java.awt.Font;
import org.spinelab.image.Volume;

/**
 * A scalar map shown over an image: one {@link ImageRoi} per slice (values scaled to the LUT between the
 * map's minimum and maximum, NaN transparent) with the given opacity, and a colour bar with the range at
 * the right edge on every slice.
 */
public final class HeatMapOverlay {

    private HeatMapOverlay() {}

    /** The overlay of {@code map} with ImageJ's LUT {@code lutName} (e.g. {@code fire}). */
    public static Overlay of(Volume map, String title, String lutName, double opacity) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : map.data()) {
            if (!Double.isNaN(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        LUT lut = new LUT(LutLoader.getLut(lutName), 0, 255);
        Overlay overlay = new Overlay();
        if (lo > hi) {
            return overlay; // nothing computed
        }
        double scale = hi > lo ? 254 / (hi - lo) : 0;
        for (int k = 0; k < map.nz(); k++) {
            ByteProcessor bp = new ByteProcessor(map.nx(), map.ny());
            boolean any = false;
            for (int j = 0; j < map.ny(); j++) {
                for (int i = 0; i < map.nx(); i++) {
                    double v = map.get(i, j, k);
                    if (!Double.isNaN(v)) {
                        bp.set(i, j, 1 + (int) Math.round((v - lo) * scale)); // 0 stays transparent
                        any = true;
                    }
                }
            }
            if (!any) {
                continue;
            }
            bp.setLut(lut);
            ImageRoi roi = new ImageRoi(0, 0, bp);
            roi.setZeroTransparent(true);
            roi.setOpacity(opacity);
            roi.setPosition(k + 1);
            roi.setName(title + " slice " + (k + 1));
            overlay.add(roi);
        }
        addColourBar(overlay, map.nx(), map.ny(), lut, lo, hi, title);
        return overlay;
    }

    private static void addColourBar(Overlay overlay, int nx, int ny, LUT lut, double lo, double hi, String title) {
        int h = Math.max(16, ny / 2), w = Math.max(4, nx / 32);
        ByteProcessor bar = new ByteProcessor(w, h);
        for (int y = 0; y < h; y++) {
            int v = 255 - (int) Math.round(254.0 * y / (h - 1));
            for (int x = 0; x < w; x++) {
                bar.set(x, y, v);
            }
        }
        bar.setLut(lut);
        int x0 = nx - w - 2, y0 = (ny - h) / 2;
        ImageRoi barRoi = new ImageRoi(x0, y0, bar);
        barRoi.setName("colour bar " + title);
        overlay.add(barRoi);
        Font font = new Font("SansSerif", Font.PLAIN, Math.max(8, ny / 40));
        TextRoi top = new TextRoi(x0, y0 - font.getSize() - 2, String.format("%.4g", hi), font);
        TextRoi bottom = new TextRoi(x0, y0 + h + 1, String.format("%.4g", lo), font);
        TextRoi name = new TextRoi(2, 2, title, font);
        for (TextRoi t : new TextRoi[] {top, bottom, name}) {
            t.setStrokeColor(Color.WHITE);
            overlay.add(t);
        }
    }
}
