package org.spinelab.radiomics.filters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.RadiomicsSettings;
import org.spinelab.util.InvalidInputException;

/**
 * PyRadiomics' {@code LBP3D} image type: {@link LocalBinaryPattern3D} with {@code lbp3DLevels} (default 2),
 * {@code lbp3DIcosphereRadius} (default 1) and {@code lbp3DIcosphereSubdivision} (default 1), yielding
 * {@code lbp-3D-m1} … {@code lbp-3D-m<levels>} and {@code lbp-3D-k} (kurtosis). Values are computed on the ROI
 * voxels only, as in PyRadiomics (0 outside, where PyRadiomics leaves memory uninitialised).
 */
public final class LBP3DImageType extends FilterImageType {

    @Override
    public String name() {
        return "LBP3D";
    }

    @Override
    public List<Derived> derive(Volume image, boolean[] roiMask, Map<String, Object> customArgs, RadiomicsSettings settings) {
        RadiomicsSettings s = effective(settings, customArgs);
        int levels = intSetting(s, "lbp3DLevels", 2);
        double radius = doubleSetting(s, "lbp3DIcosphereRadius", 1);
        int subdivisions = intSetting(s, "lbp3DIcosphereSubdivision", 1);
        if (levels < 2 || !(radius > 0) || subdivisions < 0 || subdivisions > 4) {
            throw new InvalidInputException("imageType LBP3D: 'lbp3DLevels' must be ≥ 2 (PyRadiomics fails with 1), 'lbp3DIcosphereRadius' > 0 and "
                    + "'lbp3DIcosphereSubdivision' between 0 and 4, found " + levels + ", " + radius + ", " + subdivisions);
        }
        LocalBinaryPattern3D.Result r = LocalBinaryPattern3D.of(image, storageType(image), roiMask, levels, radius, subdivisions);
        List<Derived> out = new ArrayList<>();
        for (int n = 0; n < levels; n++) {
            out.add(new Derived("lbp-3D-m" + (n + 1), derivedVolume(image, r.levels()[n]), s));
        }
        out.add(new Derived("lbp-3D-k", derivedVolume(image, r.kurtosis()), s));
        return out;
    }
}
