package org.spinelab.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds a patient's lesions so that they agree with the clinical variables: the index lesion has the
 * clinical diameter, is lobulated when the shape is irregular (round/oval otherwise), has a wide
 * margin ramp when the margin is ill-defined, and holds 1–3 necrotic/cystic inclusions when the
 * appearance is heterogeneous. Patients with multiple lesions get 1–4 more, smaller ones
 * (35–75 % of the index diameter) in other vertebral bodies, so the index lesion stays the largest.
 */
final class LesionFactory {

    static final double WELL_DEFINED_EDGE_MM = 0.6;
    static final double ILL_DEFINED_EDGE_MM = 3.0;

    private LesionFactory() {}

    static List<Lesion> lesions(ClinicalVariables cv, SpineAnatomy anatomy, TextureModel texture, SplittableRandom r) {
        List<Lesion> out = new ArrayList<>();
        double d = cv.diameterCm() * 10;
        double[] c0 = anatomy.bodyCentre(0);
        double[] centre = {
            c0[0] + Rng.uniform(r, -0.3, 0.3) * anatomy.bodyHalfX(),
            c0[1] + Rng.uniform(r, -0.3, 0.3) * anatomy.bodyHalfY(),
            c0[2] + Rng.uniform(r, -0.2, 0.2) * anatomy.bodyHeight() / 2};
        double edge = cv.illDefinedMargin() ? ILL_DEFINED_EDGE_MM : WELL_DEFINED_EDGE_MM;
        out.add(lesion(centre, d, cv.irregularShape(), cv.heterogeneous(), edge, texture, r));
        if (cv.multipleLesions()) {
            int extra = 1 + r.nextInt(4);
            for (int e = 0; e < extra; e++) {
                int level = 0;
                while (level == 0) {
                    level = r.nextInt(7) - 3;
                }
                double[] c = anatomy.bodyCentre(level);
                double[] ce = {
                    c[0] + Rng.uniform(r, -0.4, 0.4) * anatomy.bodyHalfX(),
                    c[1] + Rng.uniform(r, -0.4, 0.4) * anatomy.bodyHalfY(),
                    c[2] + Rng.uniform(r, -0.3, 0.3) * anatomy.bodyHeight() / 2};
                double de = Math.max(4, d * Rng.uniform(r, 0.35, 0.75));
                out.add(lesion(ce, de, Rng.bernoulli(r, 0.5), false, edge, texture, r));
            }
        }
        return out;
    }

    static Lesion lesion(double[] centre, double diameterMm, boolean irregular, boolean heterogeneous, double edge,
            TextureModel texture, SplittableRandom r) {
        double[][] axes = randomRotation(r);
        double[] semi = irregular
                ? new double[] {1, Rng.uniform(r, 0.6, 0.95), Rng.uniform(r, 0.55, 0.9)}
                : new double[] {1, Rng.uniform(r, 0.75, 1.0), Rng.uniform(r, 0.7, 1.0)};
        int lobes = irregular ? 4 : 0;
        double[][] dirs = new double[lobes][];
        double[] freq = new double[lobes];
        double[] amp = new double[lobes];
        double[] phase = new double[lobes];
        for (int n = 0; n < lobes; n++) {
            dirs[n] = Rng.unitVector(r);
            freq[n] = Rng.uniform(r, 1.5, 3.5);
            amp[n] = Rng.uniform(r, 0.06, 0.12);
            phase[n] = Rng.uniform(r, 0, 2 * Math.PI);
        }
        int inclusions = heterogeneous ? 1 + r.nextInt(3) : 0;
        double[][] ic = new double[inclusions][];
        double[] ir = new double[inclusions];
        double rMin = diameterMm / 2 * semi[2];
        for (int n = 0; n < inclusions; n++) {
            double[] u = Rng.unitVector(r);
            double off = Rng.uniform(r, 0, 0.45) * rMin;
            ic[n] = new double[] {centre[0] + off * u[0], centre[1] + off * u[1], centre[2] + off * u[2]};
            ir[n] = Math.max(1.2, rMin * Rng.uniform(r, 0.22, 0.4));
        }
        GaussianField field = texture.field(r);
        return new Lesion(centre, axes, semi, dirs, freq, amp, phase, diameterMm, edge, ic, ir, field,
                texture.amplitude());
    }

    /** Columns: an orthonormal, right-handed frame with a uniformly random first axis. */
    static double[][] randomRotation(SplittableRandom r) {
        double[] e1 = Rng.unitVector(r);
        double[] t = Rng.unitVector(r);
        double dot = t[0] * e1[0] + t[1] * e1[1] + t[2] * e1[2];
        double[] e2 = {t[0] - dot * e1[0], t[1] - dot * e1[1], t[2] - dot * e1[2]};
        double n = Math.sqrt(e2[0] * e2[0] + e2[1] * e2[1] + e2[2] * e2[2]);
        if (n < 1e-6) {
            e2 = Math.abs(e1[0]) < 0.9 ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
            dot = e2[0] * e1[0] + e2[1] * e1[1] + e2[2] * e1[2];
            e2 = new double[] {e2[0] - dot * e1[0], e2[1] - dot * e1[1], e2[2] - dot * e1[2]};
            n = Math.sqrt(e2[0] * e2[0] + e2[1] * e2[1] + e2[2] * e2[2]);
        }
        e2 = new double[] {e2[0] / n, e2[1] / n, e2[2] / n};
        double[] e3 = {e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2], e1[0] * e2[1] - e1[1] * e2[0]};
        return new double[][] {{e1[0], e2[0], e3[0]}, {e1[1], e2[1], e3[1]}, {e1[2], e2[2], e3[2]}};
    }
}
