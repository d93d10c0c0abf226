package org.spinelab.radiomics.ibsi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.util.InvalidInputException;

/**
 * IBSI-1 feature extraction: the processing chain ({@link IbsiPreprocessor}), discretisation
 * ({@link Discretiser}) and every feature family of the reference manual, keyed by IBSI tags
 * ({@code morph_volume}, {@code stat_kurt}, {@code cm_joint_max_3D_avg}, …). Morphology is always
 * 3-D; texture families are 2-D (slice by slice along k) when {@link IbsiSettings#force2D()}, else 3-D.
 */
public final class IbsiExtractor {

    private IbsiExtractor() {}

    /** Features and the chain's diagnostics. */
    public record Result(LinkedHashMap<String, Double> features, Map<String, Double> diagnostics) {}

    /** Features of the ROI with label {@code settings.label()} of {@code mask}. */
    public static LinkedHashMap<String, Double> extract(Volume image, LabelVolume mask, IbsiSettings settings) {
        return extract(image, toMask(image, mask, settings), settings);
    }

    /** Features of the ROI {@code mask} (on the image's grid). */
    public static LinkedHashMap<String, Double> extract(Volume image, boolean[] mask, IbsiSettings settings) {
        return run(image, mask, settings).features();
    }

    /** Features and diagnostics. */
    public static Result run(Volume image, LabelVolume mask, IbsiSettings settings) {
        return run(image, toMask(image, mask, settings), settings);
    }

    /** Features and diagnostics. */
    public static Result run(Volume image, boolean[] mask, IbsiSettings settings) {
        if (mask.length != image.data().length) {
            throw new InvalidInputException("mask: " + mask.length + " voxels, image has " + image.data().length);
        }
        double[] sp = image.geometry().spacing();
        IbsiGrid grid = new IbsiGrid(image.nx(), image.ny(), image.nz(), sp[0], sp[1], sp[2]);
        for (double v : image.data()) {
            if (!Double.isFinite(v)) {
                throw new InvalidInputException("image: contains NaN or infinite intensities");
            }
        }
        IbsiPreprocessor.Result prepared = IbsiPreprocessor.prepare(grid, image.data(), mask, settings);
        return new Result(features(prepared.roi(), settings), prepared.diagnostics());
    }

    /** All feature families of a processed image. */
    public static LinkedHashMap<String, Double> features(RoiImage roi, IbsiSettings settings) {
        boolean planar = settings.force2D();
        LinkedHashMap<String, Double> f = new LinkedHashMap<>();
        f.putAll(MorphologyFeatures.compute(roi));
        f.putAll(LocalIntensityFeatures.compute(roi));
        f.putAll(IntensityStatistics.compute(roi.roiValues(), "stat_", true));
        LevelImage levels = Discretiser.discretise(roi, settings);
        f.putAll(IntensityHistogramFeatures.compute(levels));
        f.putAll(IntensityVolumeHistogram.compute(roi, settings));
        f.putAll(GlcmFeatures.compute(levels, planar));
        f.putAll(GlrlmFeatures.compute(levels, planar));
        f.putAll(ZoneMatrixFeatures.compute(levels, roi.morphMask(), planar));
        f.putAll(NeighbourhoodFeatures.compute(levels, planar));
        return f;
    }

    private static boolean[] toMask(Volume image, LabelVolume mask, IbsiSettings settings) {
        if (!mask.geometry().sameGridAs(image.geometry(), 1e-3)) {
            throw new InvalidInputException("mask: its grid does not match the image grid (image " + image.geometry()
                    + ", mask " + mask.geometry() + ")");
        }
        return mask.mask(settings.label());
    }
}
