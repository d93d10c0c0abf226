package org.spinelab.synth;

import java.util.SplittableRandom;

/**
 * Random draws that give the same bits on every JVM and platform: uniform numbers come from
 * {@link SplittableRandom} (its algorithm is specified), Gaussians from the Marsaglia polar method
 * written here with {@link StrictMath} (the JDK's {@code nextGaussian} algorithm is not specified and
 * {@code Math.log} may differ between platforms).
 */
public final class Rng {

    private Rng() {}

    /**
     * The seed of patient {@code index} in a cohort with seed {@code cohortSeed}: SplitMix64's finaliser
     * applied to (seed, index), so any one patient can be regenerated alone.
     */
    public static long patientSeed(long cohortSeed, int index) {
        return mix64(mix64(cohortSeed) + 0x9E3779B97F4A7C15L * (index + 1L));
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A standard normal draw (polar method; consumes a varying number of uniforms). */
    public static double gaussian(SplittableRandom r) {
        while (true) {
            double u = 2 * r.nextDouble() - 1;
            double v = 2 * r.nextDouble() - 1;
            double s = u * u + v * v;
            if (s > 0 && s < 1) {
                return u * Math.sqrt(-2 * StrictMath.log(s) / s);
            }
        }
    }

    /** Uniform in [lo, hi). */
    public static double uniform(SplittableRandom r, double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }

    /** True with probability p. */
    public static boolean bernoulli(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }

    /** A uniformly distributed unit vector. */
    public static double[] unitVector(SplittableRandom r) {
        double z = uniform(r, -1, 1);
        double phi = uniform(r, 0, 2 * Math.PI);
        double s = Math.sqrt(1 - z * z);
        return new double[] {s * StrictMath.cos(phi), s * StrictMath.sin(phi), z};
    }
}
