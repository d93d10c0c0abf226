package org.spinelab.radiomics.features;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spinelab.radiomics.FeatureClass;
import org.spinelab.radiomics.FeatureInput;
import org.spinelab.radiomics.Roi;
import org.spinelab.radiomics.shape.ShapeFeatures;

/**
 * The {@code shape} family as a {@link FeatureClass}: a thin adapter over {@link ShapeFeatures}
 * (where the formulas are), computed once per case on the ROI's box. PyRadiomics' deprecated shape
 * features (Compactness1, Compactness2, SphericalDisproportion) are not offered, as PyRadiomics 3 does
 * not compute them.
 */
public final class ShapeFamily implements FeatureClass {

    private static final List<String> NAMES = GlcmFeatures.sorted(List.of("Elongation", "Flatness",
            "LeastAxisLength", "MajorAxisLength", "Maximum2DDiameterColumn", "Maximum2DDiameterRow",
            "Maximum2DDiameterSlice", "Maximum3DDiameter", "MeshVolume", "MinorAxisLength", "Sphericity",
            "SurfaceArea", "SurfaceVolumeRatio", "VoxelVolume"));

    @Override
    public String name() {
        return "shape";
    }

    @Override
    public List<String> featureNames() {
        return NAMES;
    }

    @Override
    public Scope scope() {
        return Scope.SHAPE;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Map<String, Double> compute(FeatureInput input, Set<String> enabled) {
        Roi r = input.roi();
        Map<String, Double> all = ShapeFeatures.compute(r.mask(), r.nx(), r.ny(), r.nz(), r.spacing());
        return EnabledFeatures.compute(NAMES, enabled, n -> all.get(n));
    }
}
