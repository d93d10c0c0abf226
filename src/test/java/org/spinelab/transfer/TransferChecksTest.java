package org.spinelab.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinelab.image.Geometry;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.Progress;

/** Bad inputs give one clear error naming the input; lesser problems give a warning. */
class TransferChecksTest {

    static final double[] CENTRE = LabelTransferTest.CENTRE;

    /** Collects messages. */
    static final class Messages implements Progress {
        final List<String> lines = new ArrayList<>();

        @Override
        public void update(String task, long done, long total) {}

        @Override
        public void message(String text) {
            lines.add(text);
        }
    }

    static Volume image(Geometry g, String frame) {
        return Volume.wrap(g, new double[Math.toIntExact(g.voxelCount())],
                new VolumeMetadata("MR", "test", frame, null, null, PixelType.INT16));
    }

    static LabelVolume ball(Geometry g) {
        return TransferPhantom.ellipsoid(g, CENTRE, new double[] {8, 7, 6}, 1);
    }

    static TransferResult run(Volume src, LabelVolume labels, Volume target, TransferOptions o, Progress p) {
        return TransferJob.transfer(src, "sag.nii.gz", labels, "sag_label.nii.gz", target, "axial_dir", o, false, p);
    }

    static Geometry axial() {
        return TransferPhantom.tiltedAxial(new long[] {40, 40, 8}, new double[] {0.7, 0.7, 4}, CENTRE, 8);
    }

    @Test
    void differentFramesOfReferenceAreAnErrorUnlessForced() {
        Geometry sag = LabelTransferTest.sagittal();
        Volume src = image(sag, "1.2.3");
        Volume target = image(axial(), "1.2.4");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> run(src, ball(sag), target, TransferOptions.defaults(), Progress.NONE));
        assertTrue(e.getMessage().contains("frames of reference") && e.getMessage().contains("1.2.3")
                && e.getMessage().contains("1.2.4") && e.getMessage().contains("axial_dir"), e.getMessage());

        Messages m = new Messages();
        TransferOptions forced = new TransferOptions(Interpolation.LINEAR, false, true, 1);
        TransferResult r = run(src, ball(sag), target, forced, m);
        assertTrue(r.stats().resultLabelVoxels() > 0);
        assertTrue(m.lines.stream().anyMatch(l -> l.startsWith("warning: different frames of reference")), m.lines.toString());
        // unknown on one side (NIfTI carries none): nothing to compare, no error
        run(src, ball(sag), image(axial(), null), TransferOptions.defaults(), Progress.NONE);
    }

    @Test
    void aLabelOffItsImageGridIsAnError() {
        Geometry sag = LabelTransferTest.sagittal();
        Geometry shifted = TransferPhantom.sagittal(new long[] {48, 52, 15}, new double[] {0.75, 0.75, 4.0},
                new double[] {CENTRE[0], CENTRE[1] + 0.75, CENTRE[2]});
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> run(image(sag, null), ball(shifted), image(axial(), null), TransferOptions.defaults(), Progress.NONE));
        assertTrue(e.getMessage().startsWith("sag_label.nii.gz: the label's grid does not match its image sag.nii.gz"),
                e.getMessage());
        Geometry smaller = TransferPhantom.sagittal(new long[] {48, 52, 14}, new double[] {0.75, 0.75, 4.0}, CENTRE);
        assertThrows(InvalidInputException.class,
                () -> run(image(sag, null), ball(smaller), image(axial(), null), TransferOptions.defaults(), Progress.NONE));
    }

    @Test
    void aNonBinaryLabelInBinaryModeIsAnErrorNamingTheFile() {
        Geometry sag = LabelTransferTest.sagittal();
        Volume v = ball(sag).volume().copy();
        TransferPhantom.paint(v, new double[] {CENTRE[0], CENTRE[1] + 10, CENTRE[2]}, new double[] {3, 3, 3}, 2);
        LabelVolume two = LabelVolume.of(v, "two");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> run(image(sag, null), two, image(axial(), null), TransferOptions.defaults(), Progress.NONE));
        assertTrue(e.getMessage().startsWith("sag_label.nii.gz: the label is not binary (values 1, 2)"), e.getMessage());
        TransferOptions multi = new TransferOptions(Interpolation.DEFAULT, true, false, 1);
        assertEquals(java.util.Set.of(1, 2),
                run(image(sag, null), two, image(axial(), null), multi, Progress.NONE).labels().labels());
    }

    @Test
    void anEmptyLabelOrAnEmptyResultIsAnError() {
        Geometry sag = LabelTransferTest.sagittal();
        LabelVolume empty = LabelVolume.empty(sag, null);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> run(image(sag, null), empty, image(axial(), null), TransferOptions.defaults(), Progress.NONE));
        assertTrue(e.getMessage().startsWith("sag_label.nii.gz: the label is empty"), e.getMessage());

        Geometry far = TransferPhantom.tiltedAxial(new long[] {40, 40, 8}, new double[] {0.7, 0.7, 4},
                new double[] {CENTRE[0] + 200, CENTRE[1], CENTRE[2]}, 8);
        Messages m = new Messages();
        e = assertThrows(InvalidInputException.class,
                () -> run(image(sag, null), ball(sag), image(far, null), TransferOptions.defaults(), m));
        assertTrue(e.getMessage().startsWith("axial_dir: the transferred label is empty")
                && e.getMessage().contains("outside the target's field of view"), e.getMessage());
        assertTrue(m.lines.stream().anyMatch(l -> l.contains("100.0% of the label")), m.lines.toString());
    }

    @Test
    void aLabelPartlyOutsideTheTargetIsTransferredWithAWarningSayingHowMuch() {
        Geometry sag = LabelTransferTest.sagittal();
        LabelVolume ball = ball(sag);
        // a one-slice axial target: its slab, 4 mm thick and centred on the ellipsoid, holds only part of it
        Geometry slab = TransferPhantom.tiltedAxial(new long[] {60, 60, 1}, new double[] {0.7, 0.7, 4}, CENTRE, 0);
        Messages m = new Messages();
        TransferResult r = run(image(sag, null), ball, image(slab, null), TransferOptions.defaults(), m);
        // analytic: the part of the ellipsoid (semi-axis 6 along S) within |z| ≤ 2 mm
        double inside = (3 * (2.0 / 6) - Math.pow(2.0 / 6, 3)) / 2;
        double outside = 1 - inside;
        assertEquals(outside, r.stats().fractionOfLabelOutsideTarget(), 0.05);
        String expected = String.format(java.util.Locale.ROOT, "%.1f%% of the label sag_label.nii.gz",
                100 * r.stats().fractionOfLabelOutsideTarget());
        assertTrue(m.lines.stream().anyMatch(l -> l.startsWith("warning: " + expected)), m.lines.toString());
        assertTrue(r.stats().resultLabelVoxels() > 0);
    }
}
