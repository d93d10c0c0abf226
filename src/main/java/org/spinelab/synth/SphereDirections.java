package org.spinelab.synth;

/** Fixed, nearly uniform unit directions (Fibonacci sphere) for extremal searches over directions. */
final class SphereDirections {

    static final double[][] FIBONACCI_2000 = fibonacci(2000);

    private SphereDirections() {}

    static double[][] fibonacci(int n) {
        double[][] d = new double[n][];
        double golden = Math.PI * (3 - Math.sqrt(5));
        for (int i = 0; i < n; i++) {
            double z = 1 - (2 * i + 1) / (double) n;
            double r = Math.sqrt(1 - z * z);
            double phi = golden * i;
            d[i] = new double[] {r * StrictMath.cos(phi), r * StrictMath.sin(phi), z};
        }
        return d;
    }
}
