package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import java.io.File;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.log.LogMessage;
import org.scijava.log.LogService;
import org.spinelab.image.Geometry;

/** Open Medical Volume through SciJava's CommandService, on brain1 against its NRRD header and PyRadiomics. */
class OpenMedicalVolumeCommandTest {

    static Context context;
    static LogCapture log = new LogCapture();

    @BeforeAll
    static void start() {
        context = new Context(CommandService.class, StatusService.class, LogService.class);
        context.service(LogService.class).addLogListener(log);
    }

    @AfterAll
    static void stop() {
        context.dispose();
    }

    static CommandModule open(File path) throws Exception {
        return context.service(CommandService.class).run(OpenMedicalVolumeCommand.class, true, Map.of("path", path)).get();
    }

    @Test
    void opensBrain1WithTheGeometryOfItsHeaderAndPyRadiomicsIntensities() throws Exception {
        Brain1Reference ref = new Brain1Reference();
        CommandModule m = open(ref.image.toFile());
        assertFalse(m.isCanceled(), m.getCancelReason());
        ImagePlus imp = (ImagePlus) m.getOutput("image");
        assertEquals(ref.sizes[0], imp.getWidth());
        assertEquals(ref.sizes[1], imp.getHeight());
        assertEquals(ref.sizes[2], imp.getStackSize());
        // ImageJ's own calibration carries the spacing, the property the full LPS affine
        assertEquals(Math.abs(ref.directions[0][0]), imp.getCalibration().pixelWidth, 1e-12);
        assertEquals(Math.abs(ref.directions[2][2]), imp.getCalibration().pixelDepth, 1e-12);
        Geometry g = ImagePlusBridge.toVolume(imp).geometry();
        for (int axis = 0; axis < 3; axis++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(ref.directions[axis][c], g.indexToLps().get(c, axis), 1e-9, "direction " + axis + "," + c);
            }
            assertEquals(ref.origin[axis], g.indexToLps().get(axis, 3), 1e-9, "origin " + axis);
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        ImageStack stack = imp.getStack();
        for (int z = 1; z <= stack.getSize(); z++) {
            float[] px = (float[]) stack.getPixels(z);
            for (float v : px) {
                sum += v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        assertEquals(ref.mean, sum / ((double) imp.getWidth() * imp.getHeight() * imp.getStackSize()), 1e-9 * ref.mean);
        assertEquals(ref.min, min);
        assertEquals(ref.max, max);
    }

    @Test
    void aMissingFileCancelsWithOneErrorNamingIt() throws Exception {
        int before = log.errors().size();
        File missing = new File("/nonexistent/case7/t1.nii.gz");
        CommandModule m = open(missing);
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason().contains(missing.getPath()), m.getCancelReason());
        assertNull(m.getOutput("image"));
        var errors = log.errors().subList(before, log.errors().size());
        assertEquals(1, errors.size(), "one error line");
        LogMessage e = errors.get(0);
        assertTrue(e.text().startsWith("Open Medical Volume: ") && e.text().contains(missing.getPath()), e.text());
        assertNull(e.throwable(), "no stack trace for an input error");
    }

    @Test
    void aVolumeThatIsNotAnImageFileIsRefusedByName() throws Exception {
        File notAnImage = File.createTempFile("notes", ".txt");
        notAnImage.deleteOnExit();
        CommandModule m = open(notAnImage);
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason().contains(notAnImage.getPath()), m.getCancelReason());
        assertNull(m.getOutput("image"));
    }
}
