package org.spinelab.synth;

import org.spinelab.image.Geometry;

/**
 * Samples the continuous phantom on a scanner grid the way an MR acquisition averages it: each voxel's
 * value is the mean over an n × n grid of points across the pixel and m points across the slice
 * <em>thickness</em> (not the spacing: the gap between thick slices is never seen). The same points
 * give the fraction of the voxel inside the index lesion, from which the true mask is thresholded.
 */
final class PartialVolumeSampler {

    /** Noise-free signals per contrast and the index-lesion fraction per voxel (i fastest). */
    record Sampled(double[][] signal, double[] lesionFraction) {}

    private PartialVolumeSampler() {}

    /** Offsets (mm, LPS) of the sample points of one voxel relative to its centre. */
    static double[][] offsets(Geometry g, double thicknessMm, int inPlane, int through) {
        double[][] dir = g.direction();
        double[] sp = g.spacing();
        double[][] out = new double[inPlane * inPlane * through][3];
        int n = 0;
        for (int c = 0; c < through; c++) {
            double t = ((c + 0.5) / through - 0.5) * thicknessMm;
            for (int b = 0; b < inPlane; b++) {
                double v = ((b + 0.5) / inPlane - 0.5) * sp[1];
                for (int a = 0; a < inPlane; a++) {
                    double u = ((a + 0.5) / inPlane - 0.5) * sp[0];
                    for (int r = 0; r < 3; r++) {
                        out[n][r] = u * dir[r][0] + v * dir[r][1] + t * dir[r][2];
                    }
                    n++;
                }
            }
        }
        return out;
    }

    static Sampled sample(PatientPhantom phantom, SeriesPlan plan, ImageSize size) {
        Geometry g = plan.geometry();
        int nx = (int) g.dim(0), ny = (int) g.dim(1), nz = (int) g.dim(2);
        double[][] off = offsets(g, plan.sliceThicknessMm(), size.inPlaneSamples(), size.throughSamples());
        int contrasts = PatientPhantom.CONTRASTS;
        double[][] signal = new double[contrasts][nx * ny * nz];
        double[] fraction = new double[nx * ny * nz];
        double[] buf = new double[contrasts];
        double[] acc = new double[contrasts];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    double[] p = g.indexToPatient(new double[] {i, j, k});
                    java.util.Arrays.fill(acc, 0);
                    int inside = 0;
                    for (double[] o : off) {
                        if (phantom.sample(p[0] + o[0], p[1] + o[1], p[2] + o[2], buf)) {
                            inside++;
                        }
                        for (int c = 0; c < contrasts; c++) {
                            acc[c] += buf[c];
                        }
                    }
                    int idx = i + nx * (j + ny * k);
                    for (int c = 0; c < contrasts; c++) {
                        signal[c][idx] = acc[c] / off.length;
                    }
                    fraction[idx] = inside / (double) off.length;
                }
            }
        }
        return new Sampled(signal, fraction);
    }

    /**
     * The true mask from voxel fractions: voxels at least half inside; when a small lesion covers no
     * voxel by half (it fell mostly into a slice gap), the voxels covered at least half as much as the
     * best one, so a lesion that shows in the image always has a mask.
     */
    static double[] mask(double[] fraction) {
        double max = 0;
        for (double f : fraction) {
            max = Math.max(max, f);
        }
        double cut = max >= 0.5 ? 0.5 : Math.max(max / 2, 1e-12);
        double[] m = new double[fraction.length];
        for (int n = 0; n < m.length; n++) {
            m[n] = max > 0 && fraction[n] >= cut ? 1 : 0;
        }
        return m;
    }
}
