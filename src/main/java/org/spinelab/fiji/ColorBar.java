package org.spinelab.fiji;

import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.gui.TextRoi;
import ij.process.ColorProcessor;
import ij.process.LUT;
import java.awt.Color;
import java.awt.Font;

/**
 * The legend of a heat-map overlay: a vertical bar through the LUT (high at the top) with the values of
 * its ends and a title, added to an {@link Overlay} on every slice (position 0) in the image's top-right
 * corner, so a screenshot or a flattened image keeps its scale.
 */
final class ColorBar {

    static final String NAME = "colour bar";

    private ColorBar() {}

    static void add(Overlay overlay, int imageWidth, int imageHeight, LUT lut, String low, String high, String title) {
        int h = Math.max(24, Math.min(120, imageHeight / 3));
        int w = Math.max(4, h / 10);
        int fontSize = Math.max(7, Math.min(12, h / 8));
        int x = imageWidth - w - 2 - fontSize * 2;
        int y = 2 * fontSize + 4;
        ColorProcessor cp = new ColorProcessor(w, h);
        for (int r = 0; r < h; r++) {
            int index = (int) Math.round(255.0 * (h - 1 - r) / (h - 1));
            int rgb = lut.getRGB(index) & 0xffffff;
            for (int c = 0; c < w; c++) {
                cp.set(c, r, rgb == 0 ? 0x010101 : rgb); // pure black would be transparent
            }
        }
        ImageRoi bar = new ImageRoi(x, y, cp);
        bar.setName(NAME);
        bar.setPosition(0);
        overlay.add(bar);
        Font font = new Font("SansSerif", Font.PLAIN, fontSize);
        overlay.add(label(high, x + w + 2, y - 2, font));
        overlay.add(label(low, x + w + 2, y + h - fontSize, font));
        TextRoi t = label(title, 0, 1, font);
        t.setLocation(Math.max(0, imageWidth - t.getBounds().width - 2), 1);
        overlay.add(t);
    }

    private static TextRoi label(String text, int x, int y, Font font) {
        TextRoi t = new TextRoi(x, y, text, font);
        t.setStrokeColor(Color.WHITE);
        t.setName(NAME + " " + text);
        t.setPosition(0);
        return t;
    }

    static boolean isPart(Roi roi) {
        return roi.getName() != null && roi.getName().startsWith(NAME);
    }
}
