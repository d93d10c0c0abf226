package org.spinelab.synth;

import java.util.SplittableRandom;

/**
 * Normal anatomy of the phantom around a segment of the spine, as closed-form shapes in the phantom
 * frame (x → patient left, y → posterior, z → superior, mm; vertebral body of level 0 centred at the
 * origin).
 *
 * <p>Vertebral levels repeat every H = h + d along z (body height h, disc height d). A body is a
 * rounded elliptic cylinder (x/aₓ)² + (y/a_y)² = ρ², ρ⁶ + (z/(h/2))⁸ ≤ 1, wrapped in a 1.5 mm cortex;
 * discs fill the space between endplates (nucleus pulposus inside the annulus); behind the body run the
 * spinal canal (CSF) with the cord, a bony ring of laminae/pedicles and a spinous process per level;
 * paraspinal and psoas muscles, the aorta (left, anterior), viscera and a subcutaneous fat layer fill
 * an elliptic trunk. A gentle curvature y₀(z) = c (z/100)² bends the column.
 */
public final class SpineAnatomy {

    private final double bodyHalfX;
    private final double bodyHalfY;
    private final double bodyHeight;
    private final double discHeight;
    private final double curvature;
    private final double canalY;
    private final double[] marrowSignal;
    private final GaussianField marrowTexture;

    SpineAnatomy(SplittableRandom r, int age) {
        double size = Rng.uniform(r, 0.9, 1.1);
        bodyHalfX = 21 * size;
        bodyHalfY = 16 * size;
        bodyHeight = 25 * size * Rng.uniform(r, 0.95, 1.05);
        discHeight = 8 * size * Rng.uniform(r, 0.85, 1.15);
        curvature = Rng.uniform(r, -6, 6);
        canalY = bodyHalfY + 10;
        // Marrow fat rises with age: brighter T1, a little brighter CE-T1 (no fat suppression).
        double fat = 1 + 0.004 * (age - 60) + 0.05 * Rng.gaussian(r);
        marrowSignal = new double[] {Tissue.MARROW.signal(Contrast.T1) * fat, Tissue.MARROW.signal(Contrast.T2FS),
                Tissue.MARROW.signal(Contrast.CET1) * fat};
        marrowTexture = new GaussianField(3.0, 12, r);
    }

    /** Distance between the centres of neighbouring vertebral bodies, mm. */
    public double levelSpacing() {
        return bodyHeight + discHeight;
    }

    public double bodyHalfX() {
        return bodyHalfX;
    }

    public double bodyHalfY() {
        return bodyHalfY;
    }

    public double bodyHeight() {
        return bodyHeight;
    }

    /** Posterior offset of the column's centre line at height z. */
    public double centreY(double z) {
        double t = z / 100;
        return curvature * t * t;
    }

    /** Centre of the vertebral body of {@code level} (0 = the index lesion's vertebra). */
    public double[] bodyCentre(int level) {
        double z = level * levelSpacing();
        return new double[] {0, centreY(z), z};
    }

    /** Which tissue occupies (x, y, z). */
    public Tissue tissueAt(double x, double y, double z) {
        double yc = y - centreY(z);
        // Trunk outline and subcutaneous fat.
        double tx = x / 150, ty = (yc + 40) / 125;
        double trunk = tx * tx + ty * ty;
        if (trunk > 1) {
            return Tissue.AIR;
        }
        double H = levelSpacing();
        double level = Math.rint(z / H);
        double zl = z - level * H;
        double bx = x / bodyHalfX, by = yc / bodyHalfY;
        double rho2 = bx * bx + by * by;
        if (rho2 <= 1) {
            double hz = zl / (bodyHeight / 2);
            double body = rho2 * rho2 * rho2 + pow8(hz);
            if (body <= 1) {
                double ix = x / (bodyHalfX - 1.5), iy = yc / (bodyHalfY - 1.5), iz = zl / (bodyHeight / 2 - 1.5);
                double r2 = ix * ix + iy * iy;
                return r2 * r2 * r2 + pow8(iz) <= 1 ? Tissue.MARROW : Tissue.CORTEX;
            }
            double dz = H / 2 - Math.abs(zl);
            double nx = x / (0.55 * bodyHalfX), ny = (yc + 1) / (0.55 * bodyHalfY), nz = dz / (0.38 * discHeight);
            return nx * nx + ny * ny + nz * nz <= 1 ? Tissue.DISC_NUCLEUS : Tissue.DISC_ANNULUS;
        }
        double cy = yc - canalY;
        double cx = x / 5.5, cyy = cy / 4.5;
        if (cx * cx + cyy * cyy <= 1) {
            return Tissue.CORD;
        }
        double ax = x / 10, ay = cy / 8;
        if (ax * ax + ay * ay <= 1) {
            return Tissue.CSF;
        }
        // Bony ring (pedicles + laminae) and spinous process, present over most of each level's height.
        if (Math.abs(zl) < bodyHeight * 0.36) {
            double rx = x / 17, ry = cy / 14;
            if (rx * rx + ry * ry <= 1 && cy > -9) {
                return Tissue.POSTERIOR_BONE;
            }
            double sx = x / 4, sy = (cy - 24) / 14, sz = (zl + 3) / (bodyHeight * 0.3);
            if (sx * sx + sy * sy + sz * sz <= 1) {
                return Tissue.POSTERIOR_BONE;
            }
        }
        double vx = (x - 18) / 11, vy = (yc + bodyHalfY + 14) / 11;
        if (vx * vx + vy * vy <= 1) {
            return Tissue.VESSEL;
        }
        double px = (Math.abs(x) - 32) / 20, py = (cy - 20) / 19;
        if (px * px + py * py <= 1) {
            return Tissue.MUSCLE;
        }
        double sx = (Math.abs(x) - 40) / 15, sy = (yc + 2) / 14;
        if (sx * sx + sy * sy <= 1) {
            return Tissue.MUSCLE;
        }
        double fx = x / 135, fy = (yc + 40) / 110;
        if (fx * fx + fy * fy > 1) {
            return Tissue.FAT;
        }
        return Tissue.VISCERA;
    }

    /** Signal of {@code t} at (x, y, z) on contrast ordinal {@code c}, with the marrow's own texture. */
    double signal(Tissue t, int c, double marrowGain) {
        if (t == Tissue.MARROW) {
            return marrowSignal[c] * marrowGain;
        }
        return t.signal(c);
    }

    /** The mild, class-independent texture of normal marrow: 1 + 0.06 · G(x), ℓ = 3 mm. */
    double marrowGain(double x, double y, double z) {
        return 1 + 0.06 * marrowTexture.value(x, y, z);
    }

    private static double pow8(double v) {
        double v2 = v * v;
        double v4 = v2 * v2;
        return v4 * v4;
    }
}
