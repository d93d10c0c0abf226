package org.spinelab.radiomics.features;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spinelab.radiomics.Angles;
import org.spinelab.radiomics.FeatureClass;
import org.spinelab.radiomics.FeatureInput;
import org.spinelab.radiomics.Roi;
import org.spinelab.radiomics.shape.Shape2DFeatures;
import org.spinelab.util.InvalidInputException;

/**
 * The {@code shape2D} family as a {@link FeatureClass}: a thin adapter over {@link Shape2DFeatures}.
 * As in PyRadiomics it needs {@code force2D} and a ROI one slice thick along {@code force2Ddimension};
 * it is not enabled by default. The deprecated SphericalDisproportion is not offered.
 */
public final class Shape2DFamily implements FeatureClass {

    private static final List<String> NAMES = GlcmFeatures.sorted(List.of("Elongation", "MajorAxisLength",
            "MaximumDiameter", "MeshSurface", "MinorAxisLength", "Perimeter", "PerimeterSurfaceRatio", "PixelSurface",
            "Sphericity"));

    @Override
    public String name() {
        return "shape2D";
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
        return 1;
    }

    @Override
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public Map<String, Double> compute(FeatureInput input, Set<String> enabled) {
        if (!input.settings().force2D()) {
            throw new InvalidInputException("feature class shape2D needs setting force2D: true");
        }
        Roi r = input.roi();
        int axis = Angles.sliceAxis(input.settings());
        if (r.size(axis) != 1) {
            throw new InvalidInputException("feature class shape2D needs a ROI one slice thick along force2Ddimension "
                    + input.settings().force2Ddimension() + "; this one spans " + r.size(axis));
        }
        // the two in-plane axes, in (i, j, k) order
        int a = axis == 0 ? 1 : 0;
        int b = axis == 2 ? 1 : 2;
        int na = r.size(a), nb = r.size(b);
        boolean[] m = new boolean[na * nb];
        int[] idx = new int[3];
        for (int q = 0; q < nb; q++) {
            for (int p = 0; p < na; p++) {
                idx[a] = p;
                idx[b] = q;
                idx[axis] = 0;
                m[p + na * q] = r.mask()[idx[0] + r.nx() * (idx[1] + r.ny() * idx[2])];
            }
        }
        Map<String, Double> all = Shape2DFeatures.compute(m, na, nb, new double[] {r.spacing()[a], r.spacing()[b]});
        return EnabledFeatures.compute(NAMES, enabled, n -> all.get(n));
    }
}
