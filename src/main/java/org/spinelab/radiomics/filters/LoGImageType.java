package org.spinelab.radiomics.filters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.RadiomicsSettings;
import org.spinelab.util.InvalidInputException;

/**
 * PyRadiomics' {@code LoG} image type ({@code getLoGImage}): one {@link LaplacianOfGaussian} image per value
 * of {@code sigma} (mm), named {@code log-sigma-<σ>-mm-3D} with σ written as Python's {@code str} writes it
 * and {@code .} replaced by {@code -} ({@code 1.0} → {@code log-sigma-1-0-mm-3D}, an integer {@code 2} →
 * {@code log-sigma-2-mm-3D}).
 *
 * <p>PyRadiomics' checks: no image at all when any axis has fewer than 4 voxels (a single-slice image
 * included); a σ ≤ 0, or one with {@code size < ceil(σ / spacing) + 1} along some axis, is skipped (with a
 * warning). The filter is always 3-D: {@code force2D} does not change it, as in PyRadiomics. No
 * {@code sigma}: no image.
 */
public final class LoGImageType extends FilterImageType {

    private static final System.Logger LOG = System.getLogger(LoGImageType.class.getName());

    @Override
    public String name() {
        return "LoG";
    }

    @Override
    public List<Derived> derive(Volume image, boolean[] roiMask, Map<String, Object> customArgs, RadiomicsSettings settings) {
        RadiomicsSettings s = effective(settings, customArgs);
        List<Derived> out = new ArrayList<>();
        Object raw = customArgs.containsKey("sigma") ? customArgs.get("sigma") : settings.get("sigma");
        if (raw == null) {
            return out;
        }
        if (!(raw instanceof List<?> sigmas)) {
            throw new InvalidInputException("imageType LoG: setting 'sigma' must be a list of numbers, found '" + raw + "'");
        }
        int[] size = {image.nx(), image.ny(), image.nz()};
        double[] spacing = image.geometry().spacing();
        if (Math.min(size[0], Math.min(size[1], size[2])) < 4) {
            LOG.log(System.Logger.Level.WARNING, "Image too small to apply LoG filter, size: {0}×{1}×{2}", size[0], size[1], size[2]);
            return out;
        }
        for (Object o : sigmas) {
            double sigma = ((Number) o).doubleValue();
            if (!(sigma > 0)) {
                LOG.log(System.Logger.Level.WARNING, "applyLoG: sigma must be greater than 0.0: {0}", sigma);
                continue;
            }
            if (!fits(sigma, size, spacing)) {
                LOG.log(System.Logger.Level.WARNING, "applyLoG: sigma({0})/spacing + 1 must be greater than the size of the inputImage", sigma);
                continue;
            }
            out.add(new Derived(imageName(o), derivedVolume(image, LaplacianOfGaussian.of(image, sigma)), s));
        }
        return out;
    }

    /** PyRadiomics' condition {@code all(size ≥ ceil(σ / spacing) + 1)}. */
    static boolean fits(double sigma, int[] size, double[] spacing) {
        for (int a = 0; a < 3; a++) {
            if (size[a] < Math.ceil(sigma / spacing[a]) + 1) {
                return false;
            }
        }
        return true;
    }

    /** {@code log-sigma-<str(σ) with . → ->-mm-3D}. */
    static String imageName(Object sigma) {
        return "log-sigma-" + PythonNumbers.str(sigma).replace('.', '-') + "-mm-3D";
    }
}
