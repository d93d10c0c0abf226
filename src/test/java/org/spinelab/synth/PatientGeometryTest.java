package org.spinelab.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spinelab.image.Geometry;
import org.spinelab.image.Volume;

/**
 * One patient's views agree in patient coordinates: the index lesion's centre (LPS) falls inside the
 * index-lesion mask of every grid, and every mask voxel's centre lies near the lesion. Reader 2's
 * outline overlaps reader 1's with Dice in [0.8, 0.95].
 */
class PatientGeometryTest {

    private static final PatientGenerator GEN = new PatientGenerator(ImageSize.SMALL, 1.0);

    /** A large (3 cm) lesion at each center, so the centre's voxel is certainly inside at any grid. */
    @Test
    void lesionCentreLandsInsideTheMaskOnEveryGrid() {
        for (Center c : Center.values()) {
            for (int label = 0; label < 2; label++) {
                PatientSpec s = CohortPlan.patient(c.ordinal() * 2 + label, 3, c, label, 99);
                s = s.withClinical(s.clinical().withDiameter(3.0));
                SyntheticPatient p = GEN.generate(s);
                double[] centre = p.phantom().indexLesionCentreLps();
                for (String m : CohortWriter.MASK_COLUMNS) {
                    assertEquals(1, valueAt(p.get(m).volume(), centre), s.id() + " " + m);
                }
            }
        }
    }

    /** In a cohort, wherever the lesion is large enough to cover the centre's voxel it is in the mask. */
    @Test
    void cohortMasksContainTheLesionCentreAndNothingFarAway() {
        int checked = 0;
        for (PatientSpec s : CohortPlan.patients(20, 5)) {
            SyntheticPatient p = GEN.generate(s);
            double[] centre = p.phantom().indexLesionCentreLps();
            Lesion lesion = p.phantom().indexLesion();
            double rMin = lesion.minimumRadius() - lesion.edgeWidthMm() / 2;
            for (String m : CohortWriter.MASK_COLUMNS) {
                Volume v = p.get(m).volume();
                Geometry g = v.geometry();
                double[] sp = g.spacing();
                // the farthest a sample point of the centre's voxel can be from the centre:
                double reach = Math.sqrt(sq(sp[0]) + sq(sp[1]) + sq(Math.max(sp[2], 3.5)));
                if (rMin > reach) {
                    assertEquals(1, valueAt(v, centre), s.id() + " " + m);
                    checked++;
                }
                long n = 0;
                for (int k = 0; k < v.nz(); k++) {
                    for (int j = 0; j < v.ny(); j++) {
                        for (int i = 0; i < v.nx(); i++) {
                            if (v.get(i, j, k) != 0) {
                                n++;
                                double[] q = g.indexToPatient(new double[] {i, j, k});
                                double d = Math.sqrt(sq(q[0] - centre[0]) + sq(q[1] - centre[1]) + sq(q[2] - centre[2]));
                                assertTrue(d <= lesion.boundingRadius() * 2.9 + reach, s.id() + " " + m + " voxel far away");
                            }
                        }
                    }
                }
                assertTrue(n > 0, s.id() + " " + m + " is empty");
            }
        }
        assertTrue(checked >= 10, "too few lesions large enough to check: " + checked);
    }

    @Test
    void seriesShareOneFrameOfReferenceAndHaveTheirOwnUids() {
        SyntheticPatient p = GEN.generate(CohortPlan.patients(3, 8).get(0));
        Set<String> frames = new HashSet<>();
        Set<String> series = new HashSet<>();
        List<SyntheticPatient.NamedVolume> all = new ArrayList<>(p.images());
        all.addAll(p.masks());
        for (SyntheticPatient.NamedVolume v : all) {
            frames.add(v.volume().metadata().frameOfReferenceUid());
            series.add(v.volume().metadata().seriesInstanceUid());
            assertTrue(v.volume().metadata().frameOfReferenceUid().matches("2\\.25\\.[0-9]{1,39}"));
        }
        assertEquals(1, frames.size());
        assertEquals(all.size(), series.size());
        Geometry sag = p.get("t1_sag").volume().geometry();
        Geometry cor = p.get("cet1_cor").volume().geometry();
        Geometry ax = p.get("cet1_ax").volume().geometry();
        assertTrue(sag.sameGridAs(p.get("t2fs_sag").volume().geometry(), 1e-9));
        assertTrue(sag.sameGridAs(p.get("mask_sag_reader2").volume().geometry(), 1e-9));
        assertTrue(ax.sameGridAs(p.get("mask_ax_true").volume().geometry(), 1e-9));
        // slice normals: sagittal ~ ±x, coronal ~ ±y, axial ~ z tilted by 4-12 degrees
        assertTrue(Math.abs(sag.sliceNormal()[0]) > 0.99);
        assertTrue(Math.abs(cor.sliceNormal()[1]) > 0.99);
        double tilt = Math.toDegrees(Math.acos(Math.abs(ax.sliceNormal()[2])));
        assertTrue(tilt > 3.9 && tilt < 13, "axial tilt " + tilt);
        assertNotEquals(sag.spacing()[2], sag.spacing()[0]);
        assertEquals(Center.INTERNAL.scanner().sliceSpacingMm() == sag.spacing()[2]
                || p.spec().center() != Center.INTERNAL, true);
    }

    @Test
    void secondReaderDiceIsRealistic() {
        for (PatientSpec s : CohortPlan.patients(20, 12)) {
            SyntheticPatient p = GEN.generate(s);
            double dice = SecondReader.dice(p.get("mask_sag_reader1").volume().data(),
                    p.get("mask_sag_reader2").volume().data());
            assertTrue(dice >= 0.8 && dice <= 0.95, s.id() + " Dice " + dice + " (diameter " + s.clinical().diameterCm() + ")");
            assertEquals(dice, p.readerDice(), 1e-12);
        }
    }

    @Test
    void diceOfKnownMasks() {
        assertEquals(2.0 * 2 / (3 + 3), SecondReader.dice(new double[] {1, 1, 1, 0}, new double[] {0, 1, 1, 1}), 1e-15);
    }

    private static double valueAt(Volume v, double[] lps) {
        double[] ijk = v.geometry().patientToIndex(lps);
        int i = (int) Math.rint(ijk[0]), j = (int) Math.rint(ijk[1]), k = (int) Math.rint(ijk[2]);
        assertTrue(v.geometry().containsIndex(new double[] {i, j, k}), "centre outside grid " + v.geometry());
        return v.get(i, j, k);
    }

    private static double sq(double x) {
        return x * x;
    }
}
