package org.spinelab.radiomics.filters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinelab.util.InvalidInputException;

/**
 * The decomposition filter pair of a discrete wavelet (low-pass {@code decLo}, high-pass {@code decHi}),
 * as PyWavelets defines them, with the single-precision taps PyWavelets uses on float32 data
 * ({@code decLoFloat}, {@code decHiFloat}; for the Coiflets not always the rounded doubles). The coefficients of the supported families — Haar, Daubechies
 * {@code db1}–{@code db10}, Symlets {@code sym2}–{@code sym10}, Coiflets {@code coif1}–{@code coif5} — are
 * read from the resource {@code wavelet-filters.txt}, generated from PyWavelets by
 * {@code src/test/python/filters/make_wavelet_coefficients.py}.
 */
public record WaveletFilter(String name, double[] decLo, double[] decHi, float[] decLoFloat, float[] decHiFloat) {

    private static final String RESOURCE = "wavelet-filters.txt";

    private static final class Table {
        static final Map<String, WaveletFilter> FILTERS = load();
    }

    /** The filters of {@code name} (e.g. {@code coif1}); an unsupported name is an {@link InvalidInputException}. */
    public static WaveletFilter named(String name) {
        WaveletFilter f = Table.FILTERS.get(name);
        if (f == null) {
            throw new InvalidInputException("imageType Wavelet: setting 'wavelet' names an unsupported wavelet '" + name
                    + "' (supported: " + String.join(", ", Table.FILTERS.keySet()) + ")");
        }
        return f;
    }

    /** The supported wavelet names, in resource order. */
    public static List<String> supported() {
        return new ArrayList<>(Table.FILTERS.keySet());
    }

    private static Map<String, WaveletFilter> load() {
        try (InputStream in = WaveletFilter.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.trim());
                }
            }
            Map<String, WaveletFilter> m = new LinkedHashMap<>();
            if (lines.size() % 5 != 0) {
                throw new IllegalStateException(RESOURCE + ": expected name, dec_lo, dec_hi, float dec_lo, float dec_hi lines");
            }
            for (int t = 0; t < lines.size(); t += 5) {
                String name = lines.get(t);
                m.put(name, new WaveletFilter(name, numbers(lines.get(t + 1)), numbers(lines.get(t + 2)),
                        floats(numbers(lines.get(t + 3))), floats(numbers(lines.get(t + 4)))));
            }
            return Collections.unmodifiableMap(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float[] floats(double[] v) {
        float[] f = new float[v.length];
        for (int q = 0; q < v.length; q++) {
            f[q] = (float) v[q]; // exact: the values were written from float32
        }
        return f;
    }

    private static double[] numbers(String line) {
        String[] parts = line.split("\\s+");
        double[] v = new double[parts.length];
        for (int q = 0; q < parts.length; q++) {
            v[q] = Double.parseDouble(parts[q]);
        }
        return v;
    }
}
