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
 * The legend of a heat-map overlay: a thin vertical bar through the LUT (high at the top) in the image's
 * top-left corner, the values of its ends beside it and a title under it, on every slice (position 0),
 * so a screenshot or a flattened image keeps its scale. Sizes follow the image (a bar a quarter of its
 * height, text of 1/16 of its width), so the legend zooms with the image and keeps its place on it
 * (ImageJ's non-scaling text would keep an unzoomed position too, and slide under the bar).
 */
final class ColorBar {

    static final String NAME = "colour bar";
    private ColorBar() {}

    static void add(Overlay overlay, int imageWidth, int imageHeight, LUT lut, String low, String high, String title) {
        int h = Math.max(8, imageHeight / 4);
        int w = Math.max(2, imageWidth / 32);
        int x = 1;
        int y = 1;
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
        int size = Math.max(4, imageWidth / 16);
        Font font = new Font("SansSerif", Font.PLAIN, size);
        overlay.add(label(high, x + w + 1, y - size / 4.0, font));
        overlay.add(label(low, x + w + 1, y + h - size, font));
        overlay.add(label(title, x, y + h + 1, font));
    }

    private static TextRoi label(String text, double x, double y, Font font) {
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
