package org.spinelab.fiji;

import ij.ImagePlus;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.plugin.filter.ThresholdToSelection;
import ij.process.ByteProcessor;
import java.awt.Color;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;

/** Outlines of a label volume, one selection per label and slice, as an ImageJ overlay. */
public final class LabelOutlines {

    private static final Color[] COLORS = {Color.YELLOW, Color.CYAN, Color.MAGENTA, Color.GREEN, Color.ORANGE, Color.RED};

    private LabelOutlines() {}

    /** Each label's outline on each slice (positioned on that slice), coloured per label. */
    public static Overlay of(LabelVolume labels) {
        Volume v = labels.volume();
        Overlay overlay = new Overlay();
        int colour = 0;
        for (int label : labels.labels()) {
            for (int k = 0; k < v.nz(); k++) {
                ByteProcessor mask = new ByteProcessor(v.nx(), v.ny());
                boolean any = false;
                for (int j = 0; j < v.ny(); j++) {
                    for (int i = 0; i < v.nx(); i++) {
                        if (v.get(i, j, k) == label) {
                            mask.set(i, j, 255);
                            any = true;
                        }
                    }
                }
                if (!any) {
                    continue;
                }
                mask.setThreshold(255, 255, ByteProcessor.NO_LUT_UPDATE);
                Roi roi = ThresholdToSelection.run(new ImagePlus("mask", mask));
                if (roi != null) {
                    roi.setPosition(k + 1);
                    roi.setStrokeColor(COLORS[colour % COLORS.length]);
                    roi.setName("label " + label + " slice " + (k + 1));
                    overlay.add(roi);
                }
            }
            colour++;
        }
        return overlay;
    }
}
