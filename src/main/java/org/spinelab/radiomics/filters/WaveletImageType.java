package org.spinelab.radiomics.filters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.RadiomicsSettings;

/**
 * PyRadiomics' {@code Wavelet} image type ({@code getWaveletImage} / {@code _swt3}).
 *
 * <p>Settings: {@code wavelet} (default {@code coif1}), {@code start_level} (default 0), {@code level}
 * (default 1), and {@code force2D}/{@code force2Ddimension} (the slice axis is then not transformed).
 * Procedure, as PyRadiomics: every odd-sized axis is padded by one voxel, wrapping around (the first
 * voxel of the line is appended); the one-level stationary transform ({@link StationaryWavelet}) is applied
 * {@code start_level} times keeping only the approximation, then {@code level} more times, each time
 * yielding every detail sub-band and continuing with the approximation; the filter is not dilated between
 * levels. Outputs are cropped back to the image. A float32 image is transformed in single precision, as
 * PyWavelets does. The axes are taken in PyRadiomics' numpy order
 * reversed — x (i), y (j), z (k) — so {@code wavelet-LLH} is low-pass along i and j and high-pass along k.
 *
 * <p>Names: {@code wavelet-<bands>} for the first yielded level, {@code wavelet<n>-<bands>} for the
 * n-th, then the last approximation {@code wavelet-LLL} (or {@code wavelet<level>-LLL} when
 * {@code level > 1}), in PyRadiomics' order.
 */
public final class WaveletImageType extends FilterImageType {

    @Override
    public String name() {
        return "Wavelet";
    }

    @Override
    public List<Derived> derive(Volume image, boolean[] roiMask, Map<String, Object> customArgs, RadiomicsSettings settings) {
        RadiomicsSettings s = effective(settings, customArgs);
        WaveletFilter w = WaveletFilter.named(stringSetting(s, "wavelet", "coif1"));
        int startLevel = intSetting(s, "start_level", 0);
        int level = intSetting(s, "level", 1);
        if (startLevel < 0 || level < 1) {
            throw new org.spinelab.util.InvalidInputException("imageType Wavelet: 'start_level' must be ≥ 0 and 'level' ≥ 1, found "
                    + startLevel + " and " + level);
        }
        int[] axes = axes(s);
        int[] dims = {image.nx(), image.ny(), image.nz()};
        int[] padded = dims.clone();
        for (int a : axes) {
            padded[a] += dims[a] % 2;
        }
        double[] data = pad(image.data(), dims, padded);
        String approxName = "L".repeat(axes.length);
        // PyWavelets keeps float32 data in float32 (integer data becomes float64).
        boolean single = storageType(image) == PixelType.FLOAT32;
        List<Derived> out = new ArrayList<>();
        for (int l = 0; l < startLevel; l++) {
            data = StationaryWavelet.approximation(data, padded, axes, w, single);
        }
        for (int idx = 1; idx <= level; idx++) {
            String prefix = idx == 1 ? "wavelet-" : "wavelet" + idx + "-";
            double[][] approx = new double[1][];
            StationaryWavelet.decompose(data, padded, axes, w, single, (band, bandImage) -> {
                if (band.equals(approxName)) {
                    approx[0] = bandImage; // kept padded: the next level starts from it
                } else {
                    out.add(derived(prefix + band, crop(bandImage, padded, dims), image, s));
                }
            });
            data = approx[0];
        }
        out.add(derived((level == 1 ? "wavelet-" : "wavelet" + level + "-") + approxName, crop(data, padded, dims), image, s));
        return out;
    }

    private static Derived derived(String name, double[] data, Volume image, RadiomicsSettings s) {
        return new Derived(name, derivedVolume(image, data), s);
    }

    /** Our axes (0 = i, 1 = j, 2 = k) in PyRadiomics' order: numpy axes 2, 1, 0 without the force2D axis. */
    static int[] axes(RadiomicsSettings s) {
        if (!s.force2D()) {
            return new int[] {0, 1, 2};
        }
        int skip = 2 - s.force2Ddimension(); // numpy axis d (z, y, x) is our axis 2 - d
        int[] a = new int[2];
        int n = 0;
        for (int axis = 0; axis < 3; axis++) {
            if (axis != skip) {
                a[n++] = axis;
            }
        }
        return a;
    }

    /** {@code src} on the larger grid {@code padded}, the extra voxel of an axis wrapping to index 0 (numpy 'wrap'). */
    static double[] pad(double[] src, int[] dims, int[] padded) {
        double[] dst = new double[padded[0] * padded[1] * padded[2]];
        for (int k = 0; k < padded[2]; k++) {
            int sk = k % dims[2];
            for (int j = 0; j < padded[1]; j++) {
                int sj = j % dims[1];
                for (int i = 0; i < padded[0]; i++) {
                    dst[i + padded[0] * (j + padded[1] * k)] = src[(i % dims[0]) + dims[0] * (sj + dims[1] * sk)];
                }
            }
        }
        return dst;
    }

    /** The {@code dims} corner (from index 0) of an image on the grid {@code padded}. */
    static double[] crop(double[] src, int[] padded, int[] dims) {
        double[] dst = new double[dims[0] * dims[1] * dims[2]];
        for (int k = 0; k < dims[2]; k++) {
            for (int j = 0; j < dims[1]; j++) {
                System.arraycopy(src, padded[0] * (j + padded[1] * k), dst, dims[0] * (j + dims[1] * k), dims[0]);
            }
        }
        return dst;
    }
}
