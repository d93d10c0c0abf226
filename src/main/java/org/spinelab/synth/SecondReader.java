package org.spinelab.synth;

import java.util.SplittableRandom;
import org.spinelab.image.Geometry;

/**
 * The second radiologist's delineation of the index lesion on the sagittal grid: the same lesion, but
 * its outline drawn a little wider or tighter and wobbling around the true surface,
 *
 * <pre>  inside₂ ⇔ ρ ≤ r(u) · (1 + κ (β + δ(u))),   δ(u) = Σₙ bₙ cos(gₙ π (u·wₙ) + ψₙ) / Σ|bₙ|</pre>
 *
 * with a systematic bias β (|β| in 0.3–0.7, sign at random: some readers draw generously) and a
 * smooth direction-dependent wobble δ. The amplitude κ is chosen so that the Dice coefficient against
 * reader 1 (the true mask) lands near a target drawn in [0.82, 0.93] — inter-reader Dice of manually
 * drawn bone lesions typically lies in 0.8–0.95 — and always within [0.8, 0.95] when the grid allows
 * it (a lesion of one or two voxels cannot change by less than 1/3).
 */
final class SecondReader {

    static final double MIN_DICE = 0.8;
    static final double MAX_DICE = 0.95;

    /** Reader 2's mask and its Dice against reader 1. */
    record Result(double[] mask, double dice) {}

    private SecondReader() {}

    static Result delineate(PatientPhantom phantom, SeriesPlan plan, ImageSize size, double[] reader1,
            SplittableRandom r) {
        int terms = 4;
        double[][] w = new double[terms][];
        double[] g = new double[terms];
        double[] b = new double[terms];
        double[] psi = new double[terms];
        double sumB = 0;
        for (int n = 0; n < terms; n++) {
            w[n] = Rng.unitVector(r);
            g[n] = Rng.uniform(r, 1, 3);
            b[n] = Rng.uniform(r, 0.5, 1);
            psi[n] = Rng.uniform(r, 0, 2 * Math.PI);
            sumB += b[n];
        }
        double beta = Rng.uniform(r, 0.3, 0.7);
        double sign = r.nextBoolean() ? 1 : -1;
        double target = Rng.uniform(r, 0.82, 0.93);
        Outline outline = new Outline(phantom, plan, size, w, g, b, psi, sumB);

        Result best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (double s : new double[] {sign, -sign}) {
            for (int m = 0; m < 36; m++) {
                double kappa = 0.02 * StrictMath.pow(1.12, m);
                double[] mask = outline.mask(reader1.length, kappa, s * beta);
                double dice = dice(reader1, mask);
                double score = dice >= MIN_DICE && dice <= MAX_DICE ? Math.abs(dice - target)
                        : 1 + Math.max(MIN_DICE - dice, dice - MAX_DICE);
                if (score < bestScore) {
                    bestScore = score;
                    best = new Result(mask, dice);
                }
            }
            if (bestScore < 1) {
                break;
            }
        }
        return best;
    }

    /** Dice = 2 |A ∩ B| / (|A| + |B|) of two 0/1 masks (1 when both are empty). */
    static double dice(double[] a, double[] b) {
        long inter = 0, na = 0, nb = 0;
        for (int n = 0; n < a.length; n++) {
            boolean x = a[n] != 0, y = b[n] != 0;
            if (x) {
                na++;
            }
            if (y) {
                nb++;
            }
            if (x && y) {
                inter++;
            }
        }
        return na + nb == 0 ? 1 : 2.0 * inter / (na + nb);
    }

    /**
     * The perturbed outline, sampled with the same partial-volume points as the images. Direction,
     * distance, true radius and wobble of every sample point near the lesion do not depend on κ or β,
     * so they are computed once and each trial amplitude costs only arithmetic.
     */
    private static final class Outline {
        private final int[] voxel;
        private final double[] rho;
        private final double[] radius;
        private final double[] wobble;
        private final int samplesPerVoxel;
        private final int voxels;

        Outline(PatientPhantom phantom, SeriesPlan plan, ImageSize size, double[][] w, double[] g, double[] b,
                double[] psi, double sumB) {
            Geometry geo = plan.geometry();
            int nx = (int) geo.dim(0), ny = (int) geo.dim(1);
            Lesion lesion = phantom.indexLesion();
            double[] off = phantom.offset();
            // Reach of the widest outline tried: κ ≤ 1.1, |β| ≤ 0.7, |δ| ≤ 1.
            double reach = lesion.boundingRadius() * 2.9 + 1;
            int[][] box = indexBox(geo, phantom.indexLesionCentreLps(), reach);
            double[][] pts = PartialVolumeSampler.offsets(geo, plan.sliceThicknessMm(), size.inPlaneSamples(),
                    size.throughSamples());
            samplesPerVoxel = pts.length;
            int count = 1;
            for (int a = 0; a < 3; a++) {
                count *= Math.max(0, box[1][a] - box[0][a] + 1);
            }
            voxels = count;
            voxel = new int[count];
            rho = new double[count * pts.length];
            radius = new double[count * pts.length];
            wobble = new double[count * pts.length];
            int v = 0, n = 0;
            for (int k = box[0][2]; k <= box[1][2]; k++) {
                for (int j = box[0][1]; j <= box[1][1]; j++) {
                    for (int i = box[0][0]; i <= box[1][0]; i++) {
                        voxel[v++] = i + nx * (j + ny * k);
                        double[] p = geo.indexToPatient(new double[] {i, j, k});
                        for (double[] o : pts) {
                            double[] q = lesion.localPolar(p[0] + o[0] - off[0], p[1] + o[1] - off[1],
                                    p[2] + o[2] - off[2]);
                            rho[n] = q[3];
                            radius[n] = lesion.surfaceRadius(q[0], q[1], q[2]);
                            double s = 0;
                            for (int t = 0; t < b.length; t++) {
                                s += b[t] * FastCos.cos(g[t] * Math.PI * (q[0] * w[t][0] + q[1] * w[t][1] + q[2] * w[t][2])
                                        + psi[t]);
                            }
                            wobble[n] = s / sumB;
                            n++;
                        }
                    }
                }
            }
        }

        double[] mask(int length, double kappa, double beta) {
            double[] out = new double[length];
            int n = 0;
            for (int v = 0; v < voxels; v++) {
                int inside = 0;
                for (int s = 0; s < samplesPerVoxel; s++, n++) {
                    if (rho[n] <= radius[n] * (1 + kappa * (beta + wobble[n]))) {
                        inside++;
                    }
                }
                if (2 * inside >= samplesPerVoxel) {
                    out[voxel[v]] = 1;
                }
            }
            return out;
        }
    }

    /** Index-space box {min, max} (inclusive, clipped to the grid) holding a sphere of radius {@code reach}. */
    static int[][] indexBox(Geometry g, double[] centreLps, double reach) {
        int[] lo = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        int[] hi = {Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        for (int c = 0; c < 8; c++) {
            double[] p = {centreLps[0] + ((c & 1) == 0 ? -reach : reach), centreLps[1] + ((c & 2) == 0 ? -reach : reach),
                centreLps[2] + ((c & 4) == 0 ? -reach : reach)};
            double[] ijk = g.patientToIndex(p);
            for (int a = 0; a < 3; a++) {
                lo[a] = Math.min(lo[a], (int) Math.floor(ijk[a]));
                hi[a] = Math.max(hi[a], (int) Math.ceil(ijk[a]));
            }
        }
        for (int a = 0; a < 3; a++) {
            lo[a] = Math.max(0, lo[a]);
            hi[a] = Math.min((int) g.dim(a) - 1, hi[a]);
        }
        return new int[][] {lo, hi};
    }
}
