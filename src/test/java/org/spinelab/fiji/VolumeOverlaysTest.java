package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.process.ImageProcessor;
import ij.process.LUT;
import java.awt.Color;
import org.junit.jupiter.api.Test;
import org.spinelab.image.Geometry;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;

/** Label and heat-map overlays on analytic volumes. */
class VolumeOverlaysTest {

    static Volume volume(double[] d) {
        return Volume.wrap(Geometry.axisAligned(new long[] {3, 2, 3}, new double[] {1, 1, 2}, new double[] {0, 0, 0}), d,
                new VolumeMetadata(null, null, null, null, null, PixelType.FLOAT64));
    }

    @Test
    void labelsAreFilledPerSliceInTheirColourWithZeroTransparent() {
        double[] d = new double[18];
        d[1 + 3 * 0 + 6 * 0] = 1; // (1,0,0)
        d[2 + 3 * 1 + 6 * 2] = 2; // (2,1,2)
        Overlay o = VolumeOverlays.labels(LabelVolume.of(volume(d), "test"), 0.4);
        assertEquals(2, o.size(), "slice 2 has no label, so no ROI");
        ImageRoi first = (ImageRoi) o.get(0);
        assertEquals(1, first.getPosition());
        assertEquals(0.4, first.getOpacity(), 1e-6);
        assertEquals(Color.YELLOW.getRGB() & 0xffffff, first.getProcessor().get(1, 0) & 0xffffff);
        assertEquals(0, first.getProcessor().get(0, 0) & 0xffffff, "background is transparent (zero)");
        ImageRoi second = (ImageRoi) o.get(1);
        assertEquals(3, second.getPosition());
        assertEquals(Color.CYAN.getRGB() & 0xffffff, second.getProcessor().get(2, 1) & 0xffffff);
    }

    @Test
    void heatMapsGoThroughTheLutAndLeaveLowValuesTransparent() {
        double[] d = new double[18];
        for (int p = 0; p < 18; p++) {
            d[p] = p / 17.0;
        }
        Overlay o = VolumeOverlays.heatmap(volume(d), LUT.createLutFromColor(Color.RED), 0, 1, 0.5);
        assertEquals(3, o.size());
        ImageProcessor last = ((ImageRoi) o.get(2)).getProcessor();
        assertEquals(0xff0000, last.get(2, 1) & 0xffffff, "the maximum is the LUT's top colour");
        ImageProcessor first = ((ImageRoi) o.get(0)).getProcessor();
        assertEquals(0, first.get(0, 0) & 0xffffff, "the minimum is not drawn");
        int mid = first.get(2, 1) & 0xffffff; // 5/17 of the way: a dark red
        assertEquals(Math.round(255 * 5 / 17.0), (mid >> 16) & 0xff, 1);
    }
}
