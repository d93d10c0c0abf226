package org.spinelab.radiomics.preprocess;

import java.util.List;
import java.util.ServiceLoader;
import org.spinelab.image.Geometry;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.RadiomicsSettings;
import org.spinelab.util.InvalidInputException;

/**
 * PyRadiomics' preparation of an image and mask ({@code RadiomicsFeatureExtractor.loadImage} and the
 * first steps of {@code execute}), in its order:
 * <ol>
 *   <li>the label must be present in the mask;</li>
 *   <li>{@code normalize}: (x − μ)/σ over the whole image (σ with n − 1), clipped at ±{@code removeOutliers},
 *       times {@code normalizeScale};</li>
 *   <li>resampling when {@code interpolator} and {@code resampledPixelSpacing} are set;</li>
 *   <li>mask grid = image grid within {@code geometryTolerance}, else nearest-neighbour resampling of
 *       the mask onto the image grid when {@code correctMask} (and the ROI lies inside the image);</li>
 *   <li>ROI bounding box, {@code minimumROIDimensions}, {@code minimumROISize};</li>
 *   <li>{@code resegmentRange}/{@code resegmentMode} re-segmentation and the checks again.</li>
 * </ol>
 * Without image filters the work is done on the ROI's bounding box only (normalisation statistics
 * still come from the whole image), so memory follows the ROI, not the image.
 */
public final class Preprocessor {

    private Preprocessor() {}

    /**
     * @param keepWholeImage keep the whole grid (image filters need the surroundings); otherwise the
     *                       result holds only the ROI's bounding box
     */
    public static PreparedCase prepare(Volume image, LabelVolume mask, RadiomicsSettings s, String imageName,
            String maskName, boolean keepWholeImage) {
        int label = s.label();
        MaskChecks.LabelBox box = MaskChecks.labelBox(mask, label);
        if (box.count() == 0) {
            MaskChecks.requireLabel(mask, label, maskName); // throws, listing the labels present
        }
        double[] norm = s.normalize() ? normalization(image) : null;
        String interp = s.interpolator();
        boolean changed = false;
        if (interp != null && s.resampledPixelSpacing() != null) {
            if (norm != null) {
                image = normalizedCopy(image, norm, s);
                norm = null;
            }
            ImageMaskResampler.Result r = resampler().resample(image, mask, s);
            image = r.image();
            mask = r.mask();
            changed = true;
        }
        Geometry ig = image.geometry();
        if (!MaskChecks.sameSpace(ig, mask.geometry(), s.geometryTolerance())) {
            if (!s.correctMask()) {
                throw new InvalidInputException(maskName + ": mask grid does not match the image grid of " + imageName
                        + " (size/origin/spacing/direction beyond geometryTolerance " + s.geometryTolerance()
                        + "; set correctMask: true to resample the mask onto the image)");
            }
            mask = MaskCorrection.ontoImageGrid(ig, mask, label, maskName);
            changed = true;
        }
        if (changed) {
            box = MaskChecks.labelBox(mask, label);
        }
        int[] bbox = box.box();
        if (bbox == null) {
            throw new InvalidInputException(maskName + ": label " + label + " not present in mask after resampling/correction");
        }
        MaskChecks.checkRoi(bbox, box.count(), s.minimumROIDimensions(), s.minimumROISize(), maskName + " (label " + label + ")");

        // Work on the ROI box from here on unless filters need the whole image.
        Volume region;
        boolean[] regionMask;
        if (keepWholeImage) {
            region = image;
            regionMask = mask.mask(label);
        } else {
            Geometry g = ig.crop(new long[] {bbox[0], bbox[1], bbox[2]}, new long[] {bbox[3], bbox[4], bbox[5]});
            PreparedCase whole = new PreparedCase(image, null, null, bbox);
            region = Volume.wrap(g, whole.cropValues(image.data()), image.metadata());
            double[] labels = whole.cropValues(mask.volume().data());
            regionMask = new boolean[labels.length];
            for (int n = 0; n < labels.length; n++) {
                regionMask[n] = labels[n] == label;
            }
            bbox = new int[] {0, 0, 0, bbox[3], bbox[4], bbox[5]};
        }
        if (norm != null) {
            region = normalizedCopy(region, norm, s);
        }
        boolean[] shapeMask = regionMask;
        boolean[] featureMask = regionMask;
        if (s.resegmentRange() != null) {
            featureMask = Resegmentation.apply(region.data(), regionMask, s.resegmentRange(), s.resegmentMode(),
                    maskName + " (label " + label + ")");
            bbox = MaskChecks.boundingBox(featureMask, region.nx(), region.ny(), region.nz());
            MaskChecks.checkRoi(bbox, count(featureMask), s.minimumROIDimensions(), s.minimumROISize(),
                    maskName + " (label " + label + ", re-segmented)");
            if (s.resegmentShape()) {
                shapeMask = featureMask;
            }
        }
        return new PreparedCase(region, featureMask, shapeMask, bbox);
    }

    static int count(boolean[] m) {
        int n = 0;
        for (boolean b : m) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    private static ImageMaskResampler resampler() {
        List<ImageMaskResampler> all = ServiceLoader.load(ImageMaskResampler.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        if (all.isEmpty()) {
            throw new InvalidInputException("setting 'resampledPixelSpacing': resampling is not available in this build");
        }
        return all.get(0);
    }

    /**
     * {mean, 1/σ} of the whole image as SimpleITK's {@code Normalize} computes them (ITK's
     * StatisticsImageFilter: σ² = (Σx² − (Σx)²/n)/(n − 1)), with compensated sums.
     */
    static double[] normalization(Volume image) {
        double[] d = image.data();
        double sum = 0, c1 = 0, sq = 0, c2 = 0;
        for (double x : d) {
            double y = x - c1;
            double t = sum + y;
            c1 = (t - sum) - y;
            sum = t;
            double y2 = x * x - c2;
            double t2 = sq + y2;
            c2 = (t2 - sq) - y2;
            sq = t2;
        }
        double n = d.length;
        double mean = sum / n;
        double var = (sq - sum * sum / n) / (n - 1);
        return new double[] {mean, 1.0 / Math.sqrt(var)};
    }

    private static Volume normalizedCopy(Volume v, double[] norm, RadiomicsSettings s) {
        double[] d = v.data();
        double[] out = new double[d.length];
        Double outliers = s.removeOutliers();
        double scale = s.normalizeScale();
        for (int n = 0; n < d.length; n++) {
            double x = (d[n] - norm[0]) * norm[1];
            if (outliers != null) {
                x = Math.max(-outliers, Math.min(outliers, x));
            }
            out[n] = x * scale;
        }
        return Volume.wrap(v.geometry(), out, v.metadata());
    }
}
