package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.Overlay;
import ij.gui.OvalRoi;
import ij.gui.Roi;
import ij.plugin.FolderOpener;
import ij.plugin.filter.ThresholdToSelection;
import ij.process.ByteProcessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.log.LogService;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.testing.SharedData;
import org.spinelab.transfer.Overlap;

/**
 * Transfer Labels with the label drawn as ROIs on the sagittal slices, headless through a SciJava
 * context, on the synthetic DICOM study of the conformance data: one polygon ROI per slice of
 * {@code sagittal_label.nii.gz}, transferred onto the oblique axial and the coronal series at once, and
 * compared with the TRUE lesion sampled on those grids ({@code truth_*.nii.gz}, from the continuous
 * phantom; its README gives Dice ≈ 0.89 for a linear transfer with gap interpolation).
 */
class TransferLabelsFromRoisTest {

    static Context context;

    @BeforeAll
    static void start() {
        context = new Context(CommandService.class, StatusService.class, LogService.class);
    }

    @AfterAll
    static void stop() {
        context.dispose();
    }

    static ImagePlus series(String name, boolean reversed) {
        ImagePlus imp = FolderOpener.open(SharedData.conformance("dicom/dicom/" + name).toString());
        imp.setTitle(name);
        if (!reversed) {
            return imp;
        }
        // slices in the opposite order: a ROI's slice number then differs from the volume's k
        ImageStack s = imp.getStack();
        ImageStack r = new ImageStack(imp.getWidth(), imp.getHeight());
        for (int z = s.getSize(); z >= 1; z--) {
            r.addSlice(s.getSliceLabel(z), s.getProcessor(z));
        }
        ImagePlus out = new ImagePlus(name, r);
        out.setCalibration(imp.getCalibration());
        return out;
    }

    /**
     * The outline of each slice k of the reference label as a traced polygon on stack slice
     * {@code slice(k)} (NIfTI i = DICOM column = x, j = row = y, k = InstanceNumber − 1).
     */
    static List<Roi> roisOfReferenceLabel(boolean reversed) throws Exception {
        Volume ref = VolumeIO.read(SharedData.conformance("dicom/sagittal_label.nii.gz"));
        List<Roi> rois = new ArrayList<>();
        for (int k = 0; k < ref.nz(); k++) {
            ByteProcessor mask = new ByteProcessor(ref.nx(), ref.ny());
            boolean any = false;
            for (int j = 0; j < ref.ny(); j++) {
                for (int i = 0; i < ref.nx(); i++) {
                    if (ref.get(i, j, k) != 0) {
                        mask.set(i, j, 255);
                        any = true;
                    }
                }
            }
            if (!any) {
                continue;
            }
            mask.setThreshold(255, 255, ByteProcessor.NO_LUT_UPDATE);
            Roi roi = ThresholdToSelection.run(new ImagePlus("m", mask));
            roi.setPosition(reversed ? ref.nz() - k : k + 1);
            roi.setName("lesion " + (k + 1));
            rois.add(roi);
        }
        assertTrue(rois.size() >= 3, "the reference label spans several sagittal slices");
        return rois;
    }

    static CommandModule run(Map<String, Object> inputs) throws Exception {
        return context.service(CommandService.class).run(TransferLabelsCommand.class, true, inputs).get();
    }

    static LabelVolume truth(String name) throws Exception {
        return LabelVolume.of(VolumeIO.read(SharedData.conformance("dicom/truth_" + name + ".nii.gz")), name);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void roisOnSagittalSlicesTransferOntoAxialAndCoronalAtOnce(boolean reversed) throws Exception {
        ImagePlus sag = series("sagittal", reversed);
        Overlay overlay = new Overlay();
        roisOfReferenceLabel(reversed).forEach(overlay::add);
        sag.setOverlay(overlay);

        // the ROIs rebuild the reference label exactly, on the sagittal grid
        ImagePlus fromRois = RoiLabels.of(sag, overlay.toArray(), "test");
        Volume rebuilt = ImagePlusBridge.toVolume(fromRois);
        Volume ref = VolumeIO.read(SharedData.conformance("dicom/sagittal_label.nii.gz"));
        assertTrue(rebuilt.geometry().sameGridAs(ref.geometry(), 1e-3), rebuilt.geometry() + " vs " + ref.geometry());
        assertArrayEquals(ref.data(), rebuilt.data(), 0.0);

        ImagePlus ax = series("axial", false);
        ImagePlus cor = series("coronal", false);
        Map<String, Object> in = new HashMap<>(Map.of("source", sag, "labels_from", "overlay", "target", ax,
                "target2", cor, "interpolation", "linear"));
        CommandModule m = run(in);
        assertFalse(m.isCanceled(), m.getCancelReason());
        ImagePlus axLabels = (ImagePlus) m.getOutput("transferred");
        ImagePlus corLabels = (ImagePlus) m.getOutput("transferred2");
        assertEquals("axial-labels", axLabels.getTitle());
        assertEquals("coronal-labels", corLabels.getTitle());
        for (Object[] c : new Object[][] {{"axial", axLabels, ax}, {"coronal", corLabels, cor}}) {
            String name = (String) c[0];
            LabelVolume got = LabelVolume.of(ImagePlusBridge.toVolume((ImagePlus) c[1]), name);
            LabelVolume truth = truth(name);
            assertTrue(got.geometry().sameGridAs(truth.geometry(), 1e-3), name + ": " + got.geometry());
            double dice = Overlap.diceForeground(got, truth);
            System.out.printf("ROI transfer (%s sagittal stack) -> %s: Dice vs truth = %.4f%n",
                    reversed ? "reversed" : "file-order", name, dice);
            assertTrue(dice >= 0.85, name + " Dice " + dice);
            Overlay outlines = ((ImagePlus) c[2]).getOverlay();
            assertNotNull(outlines, name + " outlined");
            assertTrue(outlines.size() > 0, name + " outlined");
        }
    }

    @Test
    void aRoiWithoutASlicePositionIsAnErrorNamingIt() throws Exception {
        ImagePlus sag = series("sagittal", false);
        Roi placed = new OvalRoi(100, 100, 20, 20);
        placed.setPosition(8);
        Roi loose = new OvalRoi(100, 100, 20, 20);
        loose.setName("drawn on no slice");
        Overlay overlay = new Overlay(placed);
        overlay.add(loose);
        sag.setOverlay(overlay);
        ImagePlus ax = series("axial", false);
        CommandModule m = run(Map.of("source", sag, "labels_from", "overlay", "target", ax));
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason().contains("ROI 2 'drawn on no slice' has no slice position"), m.getCancelReason());
        assertNull(m.getOutput("transferred"));
        assertNull(ax.getOverlay(), "no outline drawn after an error");
    }

    @Test
    void roiManagerNotOpenAndMissingLabelImageAreErrors() throws Exception {
        ImagePlus sag = series("sagittal", false);
        ImagePlus ax = series("axial", false);
        CommandModule m = run(Map.of("source", sag, "labels_from", "roi manager", "target", ax));
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason().contains("labels_from=roi manager: the ROI Manager is not open"), m.getCancelReason());
        m = run(Map.of("source", sag, "target", ax));
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason().startsWith("labels: no label image given"), m.getCancelReason());
    }
}
