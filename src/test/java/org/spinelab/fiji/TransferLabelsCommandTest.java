package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.gui.Overlay;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;
import org.scijava.log.LogService;
import org.spinelab.image.Geometry;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.transfer.Interpolation;
import org.spinelab.transfer.LabelTransfer;
import org.spinelab.transfer.TransferPhantom;

/** The Fiji command, headless through a SciJava context, on analytic images. */
class TransferLabelsCommandTest {

    static final double[] CENTRE = {3, -12, 40};
    static Context context;

    @BeforeAll
    static void start() {
        context = new Context(CommandService.class, StatusService.class, LogService.class);
    }

    @AfterAll
    static void stop() {
        context.dispose();
    }

    static Geometry sagittal() {
        return TransferPhantom.sagittal(new long[] {40, 44, 9}, new double[] {0.75, 0.75, 4.0}, CENTRE);
    }

    static Geometry axial() {
        return TransferPhantom.tiltedAxial(new long[] {48, 48, 8}, new double[] {0.7, 0.7, 4.0}, CENTRE, 12);
    }

    static ImagePlus image(Geometry g, String title, String frame) {
        Volume v = Volume.wrap(g, new double[Math.toIntExact(g.voxelCount())],
                new VolumeMetadata("MR", title, frame, null, null, PixelType.INT16));
        ImagePlus imp = ImagePlusBridge.toImagePlus(v);
        imp.setTitle(title);
        return imp;
    }

    static CommandModule run(ImagePlus source, ImagePlus labels, ImagePlus target, String interpolation) throws Exception {
        return context.service(CommandService.class).run(TransferLabelsCommand.class, true, Map.of(
                "source", source, "labels", labels, "target", target, "interpolation", interpolation)).get();
    }

    @Test
    void transfersOntoTheTargetGridAndOutlinesTheTarget() throws Exception {
        LabelVolume ball = TransferPhantom.ellipsoid(sagittal(), CENTRE, new double[] {8, 7, 6}, 1);
        ImagePlus labels = ImagePlusBridge.toImagePlus(ball.volume());
        labels.setTitle("sag-mask");
        ImagePlus target = image(axial(), "ax", "1.2.3");
        CommandModule m = run(image(sagittal(), "sag", "1.2.3"), labels, target, "linear");
        assertTrue(!m.isCanceled(), m.getCancelReason());
        ImagePlus out = (ImagePlus) m.getOutput("transferred");
        assertNotNull(out);
        assertEquals("ax-labels", out.getTitle());
        Volume got = ImagePlusBridge.toVolume(out);
        assertTrue(got.geometry().equalsWithin(axial(), 1e-9), got.geometry().toString());
        LabelVolume expected = new LabelTransfer(Interpolation.LINEAR).apply(ball, "b", axial(), null, "ax").labels();
        assertArrayEquals(expected.volume().data(), got.data());
        Overlay overlay = target.getOverlay();
        assertNotNull(overlay);
        assertTrue(overlay.size() > 0);
        for (int n = 0; n < overlay.size(); n++) {
            int slice = overlay.get(n).getPosition();
            // every outline sits on a slice that has label voxels
            boolean any = false;
            for (int j = 0; j < got.ny(); j++) {
                for (int i = 0; i < got.nx(); i++) {
                    any |= got.get(i, j, slice - 1) != 0;
                }
            }
            assertTrue(any, "outline on slice " + slice);
        }
    }

    @Test
    void badInputCancelsWithTheMessage() throws Exception {
        LabelVolume ball = TransferPhantom.ellipsoid(sagittal(), CENTRE, new double[] {8, 7, 6}, 1);
        ImagePlus labels = ImagePlusBridge.toImagePlus(ball.volume());
        labels.setTitle("sag-mask");
        CommandModule m = run(image(sagittal(), "sag", "1.2.3"), labels, image(axial(), "ax", "9.9.9"), "shape");
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason().contains("different frames of reference"), m.getCancelReason());
        assertNull(m.getOutput("transferred"));
    }
}
