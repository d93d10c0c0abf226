package org.spinelab.radiomics.filters;

import java.util.List;
import java.util.Map;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.RadiomicsSettings;

/**
 * PyRadiomics' {@code LBP2D} image type, named {@code lbp-2D}: {@link LocalBinaryPattern2D} slice by slice
 * across {@code force2Ddimension} (0: i–j slices, rows j; 1: i–k slices, rows k; 2: k–j slices, rows j,
 * columns k — numpy's {@code swapaxes(0, d)}), with {@code lbp2DRadius} (default 1), {@code lbp2DSamples}
 * (default 8) and {@code lbp2DMethod} (default {@code uniform}). As in PyRadiomics this runs whether or
 * not {@code force2D} is set. As PyRadiomics writes the result back into the input array, an image with an
 * integer pixel type gets the values numpy stores there ({@link NumpyCasts}: {@code var} truncated, codes
 * beyond the type's range wrapped).
 */
public final class LBP2DImageType extends FilterImageType {

    @Override
    public String name() {
        return "LBP2D";
    }

    @Override
    public List<Derived> derive(Volume image, boolean[] roiMask, Map<String, Object> customArgs, RadiomicsSettings settings) {
        RadiomicsSettings s = effective(settings, customArgs);
        LocalBinaryPattern2D lbp = new LocalBinaryPattern2D(intSetting(s, "lbp2DSamples", 8), doubleSetting(s, "lbp2DRadius", 1),
                LocalBinaryPattern2D.Method.of(stringSetting(s, "lbp2DMethod", "uniform")));
        return List.of(new Derived("lbp-2D", derivedVolume(image, slices(image, s.force2Ddimension(), lbp)), s));
    }

    /** Applies {@code lbp} to every slice across numpy axis {@code dim}. */
    static double[] slices(Volume image, int dim, LocalBinaryPattern2D lbp) {
        org.spinelab.image.PixelType type = storageType(image);
        int[] n = {image.nx(), image.ny(), image.nz()};
        // (slice axis, row axis, column axis) in our i/j/k numbering.
        int[] axes = switch (dim) {
            case 0 -> new int[] {2, 1, 0};
            case 1 -> new int[] {1, 2, 0};
            default -> new int[] {0, 1, 2};
        };
        int[] stride = {1, n[0], n[0] * n[1]};
        int rows = n[axes[1]], cols = n[axes[2]];
        double[] src = image.data();
        double[] out = new double[src.length];
        double[] slice = new double[rows * cols];
        for (int t = 0; t < n[axes[0]]; t++) {
            int base = t * stride[axes[0]];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    slice[r * cols + c] = src[base + r * stride[axes[1]] + c * stride[axes[2]]];
                }
            }
            double[] res = lbp.apply(slice, rows, cols);
            for (int q = 0; q < res.length; q++) {
                res[q] = NumpyCasts.store(res[q], type);
            }
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    out[base + r * stride[axes[1]] + c * stride[axes[2]]] = res[r * cols + c];
                }
            }
        }
        return out;
    }
}
