package org.spinelab.radiomics.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.ImageType;
import org.spinelab.radiomics.RadiomicsSettings;
import org.spinelab.util.InvalidInputException;

/**
 * LBP3D against PyRadiomics' getLBP3DImage procedure run with SciPy (map_coordinates order 3, sph_harm,
 * stats.kurtosis) by {@code make_lbp3d_references.py}, on a ROI that touches the image border, for a
 * double and an int16 image (SciPy then rounds the samples), to 1e-9.
 */
class LBP3DImageTypeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "default, volume_b.nrrd, , , , 'lbp-3D-m1,lbp-3D-m2,lbp-3D-k'",
        "int16-l3-r1.5-s2, volume_b_int16.nrrd, 3, 1.5, 2, 'lbp-3D-m1,lbp-3D-m2,lbp-3D-m3,lbp-3D-k'",
        "r0.8-s0, volume_b.nrrd, 2, 0.8, 0, 'lbp-3D-m1,lbp-3D-m2,lbp-3D-k'",
    })
    void matchesScipyProcedure(String id, String volume, Integer levels, Double radius, Integer subdivision, String names) {
        Volume image = FilterReferences.read(volume);
        double[] m = FilterReferences.read("lbp3d_mask_b.nrrd").data();
        boolean[] roi = new boolean[m.length];
        for (int p = 0; p < m.length; p++) {
            roi[p] = m[p] == 1;
        }
        Map<String, Object> args = new LinkedHashMap<>();
        if (levels != null) {
            args.put("lbp3DLevels", levels);
            args.put("lbp3DIcosphereRadius", radius);
            args.put("lbp3DIcosphereSubdivision", subdivision);
        }
        List<ImageType.Derived> out = new LBP3DImageType().derive(image, roi, args, RadiomicsSettings.defaults());
        assertEquals(List.of(names.split(",")), out.stream().map(ImageType.Derived::name).toList());
        for (ImageType.Derived d : out) {
            double worst = FilterReferences.assertClose(FilterReferences.read("lbp3d_" + id + "_" + d.name() + ".nrrd"),
                    d.image().data(), 1e-9, id + " " + d.name());
            System.out.println("LBP3D " + id + " " + d.name() + ": largest relative difference " + worst);
        }
    }

    @Test
    void oneLevelIsRejectedAsPyRadiomicsCannotComputeIt() {
        Volume image = FilterReferences.read("volume_c.nrrd");
        assertThrows(InvalidInputException.class, () -> FilterReferences.derive(new LBP3DImageType(), image, Map.of("lbp3DLevels", 1)));
    }
}
