package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.gui.Overlay;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.log.LogService;
import org.spinelab.image.Geometry;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;

/**
 * The Feature Maps command, headless through a SciJava context, on a ramp image (value 3i + 100) with a
 * box ROI: with a masked kernel of radius 1 the Mean map at (i, j, k) is 3·(mean of the kernel's i-range)
 * + 100, and the GLCM Contrast of a ramp with bin width 3 is the mean squared level step of the pairs.
 */
class FeatureMapCommandTest {

    static Context context;
    static final int NX = 10, NY = 9, NZ = 4;

    @BeforeAll
    static void start() {
        context = new Context(CommandService.class, StatusService.class, LogService.class);
    }

    @AfterAll
    static void stop() {
        context.dispose();
    }

    static boolean inRoi(int i, int j, int k) {
        return i >= 2 && i <= 7 && j >= 2 && j <= 6 && k >= 1 && k <= 2;
    }

    static ImagePlus[] images() {
        Geometry g = Geometry.axisAligned(new long[] {NX, NY, NZ}, new double[] {0.5, 0.5, 3}, new double[] {0, 0, 0});
        double[] img = new double[NX * NY * NZ], lab = new double[img.length];
        for (int k = 0, n = 0; k < NZ; k++) {
            for (int j = 0; j < NY; j++) {
                for (int i = 0; i < NX; i++, n++) {
                    img[n] = 3 * i + 100;
                    lab[n] = inRoi(i, j, k) ? 1 : 0;
                }
            }
        }
        ImagePlus im = ImagePlusBridge.toImagePlus(Volume.wrap(g, img, VolumeMetadata.of("t", PixelType.INT16)));
        im.setTitle("t2");
        ImagePlus m = ImagePlusBridge.toImagePlus(Volume.wrap(g, lab, VolumeMetadata.of("t", PixelType.UINT8)));
        m.setTitle("t2-mask");
        return new ImagePlus[] {im, m};
    }

    static CommandModule run(ImagePlus image, ImagePlus mask, String features) throws Exception {
        return context.service(CommandService.class).run(FeatureMapCommand.class, true, Map.of(
                "image", image, "mask", mask, "features", features, "kernel_radius", 1, "bin_width", 3.0)).get();
    }

    @Test
    void mapsAndHeatMapOverlay() throws Exception {
        ImagePlus[] in = images();
        CommandModule m = run(in[0], in[1], "firstorder_Mean, glcm_Contrast");
        assertFalse(m.isCanceled(), m.getCancelReason());
        ImagePlus maps = (ImagePlus) m.getOutput("maps");
        assertNotNull(maps);
        assertEquals(2, maps.getNChannels());
        assertEquals(NZ, maps.getNSlices());
        for (int k = 0; k < NZ; k++) {
            for (int j = 0; j < NY; j++) {
                for (int i = 0; i < NX; i++) {
                    float mean = maps.getStack().getProcessor(maps.getStackIndex(1, k + 1, 1)).getf(i, j);
                    float contrast = maps.getStack().getProcessor(maps.getStackIndex(2, k + 1, 1)).getf(i, j);
                    if (!inRoi(i, j, k)) {
                        assertTrue(Float.isNaN(mean) && Float.isNaN(contrast), "NaN outside the ROI");
                        continue;
                    }
                    int lo = Math.max(2, i - 1), hi = Math.min(7, i + 1);
                    assertEquals(3 * (lo + hi) / 2.0 + 100, mean, 1e-4);
                    // one gray level per i (bin width 3): pairs along i differ by 1 level, others by 0 or 1
                    assertTrue(contrast > 0 && contrast < 1, "contrast " + contrast);
                }
            }
        }
        Overlay o = in[0].getOverlay();
        assertNotNull(o);
        int heat = 0;
        for (int n = 0; n < o.size(); n++) {
            if (o.get(n) instanceof ImageRoi r && r.getName().startsWith("firstorder_Mean slice")) {
                assertEquals(0.5, r.getOpacity(), 1e-6);
                assertTrue(r.getZeroTransparent());
                heat++;
            }
        }
        assertEquals(2, heat, "one heat map per slice with ROI voxels");
        boolean bar = false;
        for (int n = 0; n < o.size(); n++) {
            bar |= o.get(n).getName() != null && o.get(n).getName().startsWith("colour bar");
        }
        assertTrue(bar, "colour bar");
    }

    @Test
    void unknownFeatureCancelsWithItsName() throws Exception {
        ImagePlus[] in = images();
        CommandModule m = run(in[0], in[1], "glcm_Contrst");
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason().contains("Contrst"), m.getCancelReason());
        assertNull(m.getOutput("maps"));
    }
}
