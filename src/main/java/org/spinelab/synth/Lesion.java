package org.spinelab.synth;

/**
 * One lesion of the phantom, in the phantom's frame (LPS mm relative to the patient offset).
 *
 * <p>Surface: in the lesion's own frame (rotation {@code axes}, columns = lesion axes) a point q at
 * distance ρ = |q| in direction u = q/ρ is inside when ρ ≤ r(u), with
 *
 * <pre>  r(u) = k · r_E(u) · (1 + Σₙ εₙ cos(fₙ π (u·vₙ) + φₙ)),   r_E(u) = (Σᵢ uᵢ² / aᵢ²)^(−1/2)</pre>
 *
 * r_E is the ellipsoid with semi-axes a (round/oval lesions have no lobes), the cosine sum makes an
 * irregular lesion lobulated, and k scales the shape so that its largest diameter is the clinical
 * diameter. The margin is a linear ramp of width w across the surface (membership 1 − 0 from
 * r − w/2 to r + w/2): narrow for a well-defined margin, wide for an ill-defined one.
 *
 * <p>Inside, the signal is the tumour's times (1 + amplitude · G(x)) with G a {@link GaussianField}
 * (the class-dependent texture), replaced by fluid-like necrosis inside the spherical inclusions of a
 * heterogeneous lesion.
 */
public final class Lesion {

    private final double[] centre;
    private final double[][] axes;
    private final double[] semiAxes;
    private final double[][] lobeDirections;
    private final double[] lobeFrequency;
    private final double[] lobeAmplitude;
    private final double[] lobePhase;
    private final double scale;
    private final double edgeWidthMm;
    private final double[][] inclusionCentres;
    private final double[] inclusionRadii;
    private final GaussianField texture;
    private final double textureAmplitude;
    private final double boundingRadius;

    Lesion(double[] centre, double[][] axes, double[] semiAxes, double[][] lobeDirections, double[] lobeFrequency,
            double[] lobeAmplitude, double[] lobePhase, double diameterMm, double edgeWidthMm,
            double[][] inclusionCentres, double[] inclusionRadii, GaussianField texture, double textureAmplitude) {
        this.centre = centre;
        this.axes = axes;
        this.semiAxes = semiAxes;
        this.lobeDirections = lobeDirections;
        this.lobeFrequency = lobeFrequency;
        this.lobeAmplitude = lobeAmplitude;
        this.lobePhase = lobePhase;
        this.edgeWidthMm = edgeWidthMm;
        this.inclusionCentres = inclusionCentres;
        this.inclusionRadii = inclusionRadii;
        this.texture = texture;
        this.textureAmplitude = textureAmplitude;
        double maxUnscaled = 0;
        for (double[] u : SphereDirections.FIBONACCI_2000) {
            maxUnscaled = Math.max(maxUnscaled, unscaledRadius(u[0], u[1], u[2]));
        }
        this.scale = diameterMm / 2 / maxUnscaled;
        this.boundingRadius = diameterMm / 2 + edgeWidthMm;
    }

    public double[] centre() {
        return centre.clone();
    }

    /** Radius of a sphere about the centre outside which the lesion has no effect, mm. */
    public double boundingRadius() {
        return boundingRadius;
    }

    public double edgeWidthMm() {
        return edgeWidthMm;
    }

    public double textureAmplitude() {
        return textureAmplitude;
    }

    public double correlationLengthMm() {
        return texture.correlationLengthMm();
    }

    public int inclusionCount() {
        return inclusionRadii.length;
    }

    /** Smallest surface radius over directions, mm (a sphere of this radius lies inside). */
    public double minimumRadius() {
        double min = Double.POSITIVE_INFINITY;
        for (double[] u : SphereDirections.FIBONACCI_2000) {
            min = Math.min(min, surfaceRadius(u[0], u[1], u[2]));
        }
        return min;
    }

    /** r(u) for a unit direction u given in the lesion's own frame. */
    public double surfaceRadius(double ux, double uy, double uz) {
        return scale * unscaledRadius(ux, uy, uz);
    }

    private double unscaledRadius(double ux, double uy, double uz) {
        double inv = ux * ux / (semiAxes[0] * semiAxes[0]) + uy * uy / (semiAxes[1] * semiAxes[1])
                + uz * uz / (semiAxes[2] * semiAxes[2]);
        double r = 1 / Math.sqrt(inv);
        double lobes = 1;
        for (int n = 0; n < lobeAmplitude.length; n++) {
            double[] v = lobeDirections[n];
            lobes += lobeAmplitude[n] * FastCos.cos(lobeFrequency[n] * Math.PI * (ux * v[0] + uy * v[1] + uz * v[2])
                    + lobePhase[n]);
        }
        return r * lobes;
    }

    /**
     * The point in the lesion frame: {q, ρ} where q (3 values, unit direction; arbitrary when ρ = 0)
     * and ρ = |p − centre|, as a 4-array {ux, uy, uz, ρ}.
     */
    public double[] localPolar(double x, double y, double z) {
        double dx = x - centre[0], dy = y - centre[1], dz = z - centre[2];
        double qx = axes[0][0] * dx + axes[1][0] * dy + axes[2][0] * dz;
        double qy = axes[0][1] * dx + axes[1][1] * dy + axes[2][1] * dz;
        double qz = axes[0][2] * dx + axes[1][2] * dy + axes[2][2] * dz;
        double rho = Math.sqrt(qx * qx + qy * qy + qz * qz);
        if (rho == 0) {
            return new double[] {1, 0, 0, 0};
        }
        return new double[] {qx / rho, qy / rho, qz / rho, rho};
    }

    /** True when (x, y, z) is within the bounding sphere (cheap pre-test). */
    public boolean near(double x, double y, double z) {
        double dx = x - centre[0], dy = y - centre[1], dz = z - centre[2];
        return dx * dx + dy * dy + dz * dz <= boundingRadius * boundingRadius;
    }

    /** ρ − r(u): negative inside, mm. */
    public double excess(double x, double y, double z) {
        double[] q = localPolar(x, y, z);
        return q[3] - surfaceRadius(q[0], q[1], q[2]);
    }

    /** True inside the surface (the true delineation). */
    public boolean contains(double x, double y, double z) {
        return near(x, y, z) && excess(x, y, z) <= 0;
    }

    /** Soft membership in [0, 1]: the margin ramp of width w. */
    public double membership(double x, double y, double z) {
        if (!near(x, y, z)) {
            return 0;
        }
        double t = excess(x, y, z);
        return clamp01(0.5 - t / edgeWidthMm);
    }

    /** Fraction of necrosis at the point: a ramp of 0.8 mm across each inclusion's surface. */
    public double necrosis(double x, double y, double z) {
        double f = 0;
        for (int n = 0; n < inclusionRadii.length; n++) {
            double[] c = inclusionCentres[n];
            double dx = x - c[0], dy = y - c[1], dz = z - c[2];
            double d = Math.sqrt(dx * dx + dy * dy + dz * dz) - inclusionRadii[n];
            f = Math.max(f, clamp01(0.5 - d / 0.8));
        }
        return f;
    }

    /** Multiplicative texture 1 + amplitude · G, kept above 0.2 so signal stays positive. */
    public double textureGain(double x, double y, double z) {
        return Math.max(0.2, 1 + textureAmplitude * texture.value(x, y, z));
    }

    static double clamp01(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }
}
