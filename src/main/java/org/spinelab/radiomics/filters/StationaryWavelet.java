package org.spinelab.radiomics.filters;

import java.util.function.BiConsumer;

/**
 * One level of the stationary (undecimated) wavelet transform of a volume along chosen axes, as
 * PyWavelets' {@code swtn(data, wavelet, level=1, start_level=0, axes=…)}.
 *
 * <p>Along one axis of length {@code N} (even), with a filter {@code h} of length {@code L}, the
 * periodic, non-decimated convolution is {@code y[n] = Σ_k h[k] · x[(n + L/2 − k) mod N]} — the
 * alignment PyWavelets uses for its first level. Filtering every axis with the low-pass ({@code L}) or
 * high-pass ({@code H}) filter gives {@code 2^d} sub-bands for {@code d} axes; a sub-band is named by
 * one letter per axis, in the order the axes are given (e.g. {@code LLH}: low-pass along the first two,
 * high-pass along the third).
 */
final class StationaryWavelet {

    private StationaryWavelet() {}

    /**
     * The sub-bands of {@code data} (dimensions {@code dims}, i fastest; every transformed axis even),
     * transformed along {@code axes} (0 = i, 1 = j, 2 = k) in that order, handed to {@code sink} in
     * PyWavelets' order (all-low first, low before high along each axis, the first axis varying slowest).
     * Depth first, so at most one intermediate image per axis is alive besides what {@code sink} keeps.
     */
    static void decompose(double[] data, int[] dims, int[] axes, WaveletFilter w, boolean single, BiConsumer<String, double[]> sink) {
        descend(data, dims, axes, 0, "", w, single, sink);
    }

    private static void descend(double[] data, int[] dims, int[] axes, int depth, String name, WaveletFilter w, boolean single,
            BiConsumer<String, double[]> sink) {
        if (depth == axes.length) {
            sink.accept(name, data);
            return;
        }
        descend(filter(data, dims, axes[depth], w.decLo(), w.decLoFloat(), single), dims, axes, depth + 1, name + "L", w, single, sink);
        descend(filter(data, dims, axes[depth], w.decHi(), w.decHiFloat(), single), dims, axes, depth + 1, name + "H", w, single, sink);
    }

    /** Only the all-low-pass sub-band (the approximation), computed as in {@link #decompose}. */
    static double[] approximation(double[] data, int[] dims, int[] axes, WaveletFilter w, boolean single) {
        for (int axis : axes) {
            data = filter(data, dims, axis, w.decLo(), w.decLoFloat(), single);
        }
        return data;
    }

    /**
     * The periodic non-decimated convolution of every line along {@code axis} with {@code h}, in double
     * precision or, when {@code single}, in single precision with the taps {@code hf} (as PyWavelets
     * transforms float32 data). Terms are summed in PyWavelets' order: ascending filter index,
     * except for outputs whose window wraps past the end of the line ({@code n + L/2 > N}), which start
     * with the wrapped terms from filter index {@code n + L/2 − N} down to 0.
     */
    static double[] filter(double[] src, int[] dims, int axis, double[] h, float[] hf, boolean single) {
        double[] dst = new double[src.length];
        int len = h.length;
        int shift = len / 2 - (len - 1);
        ThreadLocal<double[]> extended = ThreadLocal.withInitial(() -> new double[dims[axis] + len - 1]);
        Lines.along(src, dst, dims, axis, (in, out, n) -> {
            // ext[u] = x[(u + L/2 − (L−1)) mod N], so x[(t + L/2 − k) mod N] = ext[t + L − 1 − k]: no modulo in the loop.
            double[] ext = extended.get();
            for (int u = 0; u < n + len - 1; u++) {
                ext[u] = in[Math.floorMod(u + shift, n)];
            }
            for (int t = 0; t < n; t++) {
                int wrapped = t + len / 2 - n; // last filter index of the leading wrapped run, < 0 when none
                int last = t + len - 1;
                if (single) {
                    float s = 0;
                    for (int k = wrapped; k >= 0; k--) {
                        s += hf[k] * (float) ext[last - k];
                    }
                    for (int k = Math.max(wrapped + 1, 0); k < len; k++) {
                        s += hf[k] * (float) ext[last - k];
                    }
                    out[t] = s;
                } else {
                    double s = 0;
                    for (int k = wrapped; k >= 0; k--) {
                        s += h[k] * ext[last - k];
                    }
                    for (int k = Math.max(wrapped + 1, 0); k < len; k++) {
                        s += h[k] * ext[last - k];
                    }
                    out[t] = s;
                }
            }
        });
        return dst;
    }
}
