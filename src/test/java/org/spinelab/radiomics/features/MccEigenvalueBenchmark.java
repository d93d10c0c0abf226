package org.spinelab.radiomics.features;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * Benchmark (a main, not a test): CPU time per call of the dense MCC eigenvalue, the former
 * commons-math implementation against {@link MccEigenvalue#dense}, on random GLCMs of n = 8…48 levels,
 * symmetric (PyRadiomics' default) and unsymmetrised. CPU time of this thread (ThreadMXBean), so a
 * loaded machine distorts it less than wall time. Prints, asserts nothing.
 */
public final class MccEigenvalueBenchmark {

    private MccEigenvalueBenchmark() {}

    /** The implementation before the eigenvalue-only solver, verbatim in its algorithm. */
    static double formerDense(double[] p, double[] px, double[] py, int n) {
        double[][] s = new double[n][n];
        double[] sx = new double[n];
        double[] sy = new double[n];
        for (int i = 0; i < n; i++) {
            sx[i] = px[i] > 0 ? 1 / Math.sqrt(px[i]) : 0;
            sy[i] = py[i] > 0 ? 1 / Math.sqrt(py[i]) : 0;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double v = 0;
                if (sx[i] != 0 && sx[j] != 0) {
                    for (int k = 0; k < n; k++) {
                        v += p[i * n + k] * p[j * n + k] * sy[k] * sy[k];
                    }
                }
                s[i][j] = v * sx[i] * sx[j];
                s[j][i] = s[i][j];
            }
        }
        double[] ev = new EigenDecomposition(new Array2DRowRealMatrix(s, false)).getRealEigenvalues();
        Arrays.sort(ev);
        return ev[n - 2];
    }

    interface Solver {
        double solve(double[] p, double[] px, double[] py, int n);
    }

    /** Nanoseconds of CPU per call, best of 5 rounds of reps calls over the sample GLCMs. */
    static double cpuNanosPerCall(Solver s, double[][] ps, double[][][] ms, int n, int reps) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        double sink = 0;
        for (int round = 0; round < 5; round++) {
            long t0 = bean.getCurrentThreadCpuTime();
            for (int r = 0; r < reps; r++) {
                int c = r % ps.length;
                sink += s.solve(ps[c], ms[c][0], ms[c][1], n);
            }
            long t1 = bean.getCurrentThreadCpuTime();
            best = Math.min(best, (t1 - t0) / (double) reps);
        }
        if (sink == 42.4242) {
            System.out.println();
        }
        return best;
    }

    public static void main(String[] args) {
        int samples = 64;
        System.out.printf("%-5s %-4s %14s %14s %9s %12s%n", "kind", "n", "former ns/call", "new ns/call",
                "speed-up", "max |diff|");
        for (boolean symmetric : new boolean[] {true, false}) {
            for (int n : new int[] {8, 16, 32, 48}) {
                Random r = new Random(n);
                double[][] ps = new double[samples][];
                double[][][] ms = new double[samples][][];
                double maxDiff = 0;
                for (int c = 0; c < samples; c++) {
                    ps[c] = MccDenseTest.glcm(r, n, 0.3, 1, symmetric, c % 4 == 0 ? n / 4 : 0);
                    ms[c] = MccDenseTest.marginals(ps[c], n);
                    double a = formerDense(ps[c], ms[c][0], ms[c][1], n);
                    double b = MccEigenvalue.dense(ps[c], ms[c][0], ms[c][1], n);
                    maxDiff = Math.max(maxDiff, Math.abs(a - b));
                }
                int reps = Math.max(2000, 4_000_000 / (n * n * n / 8 + 1));
                // warm up both (JIT)
                cpuNanosPerCall(MccEigenvalueBenchmark::formerDense, ps, ms, n, reps / 4);
                cpuNanosPerCall(MccEigenvalue::dense, ps, ms, n, reps / 4);
                double former = cpuNanosPerCall(MccEigenvalueBenchmark::formerDense, ps, ms, n, reps);
                double fast = cpuNanosPerCall(MccEigenvalue::dense, ps, ms, n, reps);
                System.out.printf("%-5s %-4d %14.0f %14.0f %8.1fx %12.2e%n", symmetric ? "sym" : "asym", n, former,
                        fast, former / fast, maxDiff);
            }
        }
    }
}
