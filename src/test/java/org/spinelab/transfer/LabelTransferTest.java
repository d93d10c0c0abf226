package org.spinelab.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinelab.image.Geometry;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;

/** Transfers between analytic grids: identity, axis permutation, an oblique target, several labels. */
class LabelTransferTest {

    static final double[] CENTRE = {3.0, -12.0, 40.0};

    static Geometry sagittal() {
        return TransferPhantom.sagittal(new long[] {48, 52, 15}, new double[] {0.75, 0.75, 4.0}, CENTRE);
    }

    static TransferResult transfer(Interpolation mode, LabelVolume labels, Geometry target) {
        return new LabelTransfer(mode).apply(labels, "labels", target, null, "target");
    }

    @ParameterizedTest
    @EnumSource(Interpolation.class)
    void identityGridGivesTheSameLabel(Interpolation mode) {
        LabelVolume src = TransferPhantom.ellipsoid(sagittal(), CENTRE, new double[] {13, 9, 7}, 1);
        TransferResult r = transfer(mode, src, src.geometry());
        assertArrayEquals(src.volume().data(), r.labels().volume().data(), mode.key());
        assertEquals(0, r.stats().sourceLabelVoxelsOutsideTarget());
        assertEquals(0, r.stats().targetVoxelsOutsideSource());
    }

    /**
     * The target is the source turned by 90° about its i axis, on the same voxel centres: target axes
     * (i, j, k) run along source (i, k, −j), so target(i, j, k) = source(i, ny−1−k, j).
     */
    @ParameterizedTest
    @EnumSource(Interpolation.class)
    void rotatedTargetIsAnExactPermutation(Interpolation mode) {
        Geometry src = TransferPhantom.tiltedAxial(new long[] {20, 24, 9}, new double[] {0.8, 0.6, 3.0},
                CENTRE, 0);
        LabelVolume label = TransferPhantom.ellipsoid(src, CENTRE, new double[] {5, 6, 10}, 1);
        int nx = 20, ny = 24, nz = 9;
        // target axes: i → source i, j → source k, k → −source j; origin at source voxel (0, ny−1, 0)
        double[] s = src.spacing();
        double[][] d = src.direction();
        double[][] dir = new double[3][3];
        for (int r = 0; r < 3; r++) {
            dir[r][0] = d[r][0];
            dir[r][1] = d[r][2];
            dir[r][2] = -d[r][1];
        }
        Geometry target = Geometry.of(new long[] {nx, nz, ny}, new double[] {s[0], s[2], s[1]},
                src.indexToPatient(new double[] {0, ny - 1, 0}), dir);
        Volume out = transfer(mode, label, target).labels().volume();
        for (int k = 0; k < ny; k++) {
            for (int j = 0; j < nz; j++) {
                for (int i = 0; i < nx; i++) {
                    assertEquals(label.volume().get(i, ny - 1 - k, j), out.get(i, j, k),
                            mode.key() + " at target (" + i + ", " + j + ", " + k + ")");
                }
            }
        }
    }

    @Test
    void obliqueTargetOfABallMatchesTheBallSampledOnTheTarget() {
        double[] radii = {9, 9, 9};
        LabelVolume src = TransferPhantom.ellipsoid(sagittal(), CENTRE, radii, 1);
        Geometry target = TransferPhantom.tiltedAxial(new long[] {64, 64, 12}, new double[] {0.7, 0.7, 4.0},
                new double[] {CENTRE[0] + 1.3, CENTRE[1] - 0.7, CENTRE[2] + 1.1}, 12);
        LabelVolume truth = TransferPhantom.ellipsoid(target, CENTRE, radii, 1);
        Map<Interpolation, Double> dice = new EnumMap<>(Interpolation.class);
        for (Interpolation m : Interpolation.values()) {
            dice.put(m, Overlap.dice(transfer(m, src, target).labels(), truth, 1));
        }
        System.out.println("oblique 12° ball, Dice: " + dice);
        assertTrue(dice.get(Interpolation.DEFAULT) >= 0.9, "default mode Dice " + dice);
        assertTrue(dice.get(Interpolation.LINEAR) >= 0.9, "linear Dice " + dice);
        assertTrue(dice.get(Interpolation.NEAREST) >= 0.85, "nearest Dice " + dice);
    }

    /**
     * A label whose thick (slice) axis is j rather than k — a stack re-indexed by another tool —
     * transfers exactly as the same label indexed with the slices last.
     */
    @ParameterizedTest
    @EnumSource(Interpolation.class)
    void theSliceAxisNeedNotBeTheLastIndexAxis(Interpolation mode) {
        LabelVolume slicesLast = TransferPhantom.ellipsoid(sagittal(), CENTRE, new double[] {9, 8, 7}, 1);
        Geometry g = slicesLast.geometry();
        int nx = (int) g.dim(0), ny = (int) g.dim(1), nz = (int) g.dim(2);
        double[][] m = g.indexToLps().matrix();
        double[][] lin = new double[3][3];
        for (int r = 0; r < 3; r++) {
            lin[r][0] = m[r][0];
            lin[r][1] = m[r][2];
            lin[r][2] = m[r][1];
        }
        Volume v = Volume.zeros(new Geometry(new long[] {nx, nz, ny}, org.spinelab.image.Affine.of(lin, g.origin())), null);
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    v.set(i, k, j, slicesLast.volume().get(i, j, k));
                }
            }
        }
        LabelVolume slicesMiddle = LabelVolume.of(v, "reordered");
        Geometry target = TransferPhantom.tiltedAxial(new long[] {40, 40, 10}, new double[] {0.7, 0.7, 3.0}, CENTRE, 12);
        assertArrayEquals(transfer(mode, slicesLast, target).labels().volume().data(),
                transfer(mode, slicesMiddle, target).labels().volume().data(), mode.key());
    }

    /**
     * Two lesions of one label (the paper merges all lesions of a patient into one mask): a small one
     * ends where a large one goes on in the next slices. Each must keep its own shape; the result is
     * split by distance to the two centres and compared with each ball sampled on the target.
     */
    @ParameterizedTest
    @EnumSource(Interpolation.class)
    void aSmallLesionBesideALargeOneKeepsItsOwnShape(Interpolation mode) {
        Geometry sag = TransferPhantom.sagittal(new long[] {96, 96, 15}, new double[] {0.75, 0.75, 4}, CENTRE);
        Geometry ax = TransferPhantom.tiltedAxial(new long[] {96, 96, 16}, new double[] {0.7, 0.7, 4},
                new double[] {CENTRE[0], CENTRE[1], CENTRE[2] + 1.3}, 10);
        double[] big = {CENTRE[0] + 1, CENTRE[1] - 10, CENTRE[2]};
        double[] small = {CENTRE[0] - 1.5, CENTRE[1] + 18, CENTRE[2] + 2};
        Volume s = Volume.zeros(sag, null);
        TransferPhantom.paint(s, big, new double[] {13, 13, 13}, 1);
        TransferPhantom.paint(s, small, new double[] {5, 5, 5}, 1);
        LabelVolume out = transfer(mode, LabelVolume.of(s, "two lesions"), ax).labels();
        Volume nearSmall = Volume.zeros(ax, null);
        Volume nearBig = Volume.zeros(ax, null);
        for (int k = 0; k < ax.dim(2); k++) {
            for (int j = 0; j < ax.dim(1); j++) {
                for (int i = 0; i < ax.dim(0); i++) {
                    if (out.label(i, j, k) != 0) {
                        double[] p = ax.indexToPatient(new double[] {i, j, k});
                        double d = Math.sqrt(Math.pow(p[0] - small[0], 2) + Math.pow(p[1] - small[1], 2)
                                + Math.pow(p[2] - small[2], 2));
                        (d < 9 ? nearSmall : nearBig).set(i, j, k, 1);
                    }
                }
            }
        }
        double diceSmall = Overlap.dice(LabelVolume.of(nearSmall, "small"),
                TransferPhantom.ellipsoid(ax, small, new double[] {5, 5, 5}, 1), 1);
        double diceBig = Overlap.dice(LabelVolume.of(nearBig, "big"),
                TransferPhantom.ellipsoid(ax, big, new double[] {13, 13, 13}, 1), 1);
        System.out.printf("%s two lesions: small %.4f, large %.4f%n", mode.key(), diceSmall, diceBig);
        assertTrue(diceSmall >= 0.85, mode.key() + " small lesion Dice " + diceSmall);
        assertTrue(diceBig >= 0.9, mode.key() + " large lesion Dice " + diceBig);
    }

    /** The default is the most accurate mode on random ellipsoidal lesions (analytic truth). */
    @Test
    void theDefaultModeHasTheBestDiceOnRandomLesions() {
        TransferAccuracy.Result r = TransferAccuracy.run(12, 3);
        System.out.print(r.table());
        for (int t = 0; t < 2; t++) {
            double best = r.meanDice().get(Interpolation.DEFAULT)[t];
            for (Interpolation m : Interpolation.values()) {
                assertTrue(best >= r.meanDice().get(m)[t], r.table());
            }
            assertTrue(best >= 0.9, r.table());
        }
    }

    @ParameterizedTest
    @EnumSource(Interpolation.class)
    void multiLabelVolumesKeepTheirLabelValues(Interpolation mode) {
        Geometry g = sagittal();
        Volume v = Volume.zeros(g, null);
        double[] a = {CENTRE[0] - 4, CENTRE[1], CENTRE[2] + 5};
        double[] b = {CENTRE[0] + 5, CENTRE[1] + 2, CENTRE[2] - 5};
        double[] ra = {7, 6, 5};
        double[] rb = {8, 7, 6};
        TransferPhantom.paint(v, a, ra, 2);
        TransferPhantom.paint(v, b, rb, 7);
        LabelVolume src = LabelVolume.of(v, "two labels");
        Geometry target = TransferPhantom.coronal(new long[] {60, 50, 14}, new double[] {0.8, 0.8, 1.5}, CENTRE);
        LabelVolume out = transfer(mode, src, target).labels();
        assertEquals(java.util.Set.of(2, 7), out.labels(), mode.key());
        Volume t = Volume.zeros(target, null);
        TransferPhantom.paint(t, a, ra, 2);
        TransferPhantom.paint(t, b, rb, 7);
        LabelVolume truth = LabelVolume.of(t, "truth");
        assertTrue(Overlap.dice(out, truth, 2) > 0.8, mode.key() + " label 2: " + Overlap.dice(out, truth, 2));
        assertTrue(Overlap.dice(out, truth, 7) > 0.8, mode.key() + " label 7: " + Overlap.dice(out, truth, 7));
    }

    @Test
    void probabilityMapIsTheLabelOnTheSameGridAndItsSumApproximatesTheVolume() {
        // radius 10 mm: the ball ends half-way between sagittal slices (at ±8 and ±12 mm), where none of
        // the modes is favoured by where the lesion's poles fall
        double[] radii = {10, 10, 10};
        LabelVolume src = TransferPhantom.ellipsoid(sagittal(), CENTRE, radii, 1);
        TransferResult same = new LabelTransfer(Interpolation.LINEAR).withProbability(1)
                .apply(src, "labels", src.geometry(), null, "target");
        assertArrayEquals(src.volume().data(), same.probability().data(), 0);

        Geometry fine = TransferPhantom.tiltedAxial(new long[] {36, 36, 12}, new double[] {0.7, 0.7, 2.0}, CENTRE, 12);
        for (Interpolation m : Interpolation.values()) {
            TransferResult r = new LabelTransfer(m).withProbability(3).apply(src, "labels", fine, null, "target");
            double sum = 0;
            for (double p : r.probability().data()) {
                assertTrue(p >= 0 && p <= 1, "probability " + p);
                sum += p;
            }
            double volume = sum * 0.7 * 0.7 * 2.0;
            double ball = 4.0 / 3 * Math.PI * 1000;
            System.out.printf("%s partial-volume sum %.1f mm³ vs ball %.1f mm³%n", m.key(), volume, ball);
            assertEquals(ball, volume, 0.1 * ball, m.key());
        }
    }
}
