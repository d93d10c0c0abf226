package org.spinelab.radiomics.filters;

import java.util.stream.IntStream;

/**
 * Runs a 1-D operation on every line of a flat 3-D array along one axis — the building block of the
 * separable filters (recursive Gaussian, wavelets). Lines are copied into a per-thread buffer, processed,
 * and written back, so the operation sees contiguous memory whatever the axis; lines are independent, so
 * they run in parallel.
 */
final class Lines {

    /** A 1-D operation on {@code n} values: reads {@code in[0..n)}, writes {@code out[0..n)}. */
    @FunctionalInterface
    interface LineOp {
        void apply(double[] in, double[] out, int n);
    }

    private Lines() {}

    /**
     * Applies {@code op} to each line along {@code axis} (0 = i, 1 = j, 2 = k) of {@code src} (dimensions
     * {@code dims}, i fastest), writing into {@code dst} (may be {@code src}).
     */
    static void along(double[] src, double[] dst, int[] dims, int axis, LineOp op) {
        int nx = dims[0], ny = dims[1], nz = dims[2];
        int n = dims[axis];
        int stride = axis == 0 ? 1 : axis == 1 ? nx : nx * ny;
        // The lines along an axis are indexed by the two other coordinates.
        int lines = nx * ny * nz / n;
        IntStream.range(0, lines).parallel().forEach(new java.util.function.IntConsumer() {
            private final ThreadLocal<double[][]> buffers = ThreadLocal.withInitial(() -> new double[][] {new double[n], new double[n]});

            @Override
            public void accept(int line) {
                int start = switch (axis) {
                    case 0 -> line * nx;
                    case 1 -> (line % nx) + (line / nx) * nx * ny;
                    default -> line;
                };
                double[][] b = buffers.get();
                double[] in = b[0], out = b[1];
                for (int t = 0, p = start; t < n; t++, p += stride) {
                    in[t] = src[p];
                }
                op.apply(in, out, n);
                for (int t = 0, p = start; t < n; t++, p += stride) {
                    dst[p] = out[t];
                }
            }
        });
    }
}
